using System.Text;

namespace LearningLoop.Core.Tests.Fuzzing;

/// <summary>
/// A seeded, coverage-blind mutation fuzzer (docs/decisions/0032-fuzzing.md): it takes valid seed
/// files and damages them the ways real files get damaged (a flipped byte, a cut, a pasted run, a quote or newline in
/// the wrong place, a number no parser expects), so that every importer sees thousands of near-valid inputs per run.
/// The same seed gives the same inputs, so a failure in CI can be replayed exactly.
/// </summary>
internal sealed class MutationFuzzer(int seed)
{
    // Tokens that have broken parsers before: separators, quoting, line ends, BOMs, non-finite and huge numbers,
    // out-of-range dates, formula prefixes, JSON structure, bidi override and a long run.
    private static readonly byte[][] Tokens =
    [
        .. new[]
        {
            ",", ";", "\"", "\"\"", "\r\n", "\n", "\r", "\t", "\0", "\uFEFF", "é", "\u202E", "𝄞",
            "NaN", "Infinity", "-Infinity", "1e309", "-1e309", "-0", "0", "-1", "2147483648", "-2147483649", "4.9e-324",
            "9999-12", "0001-01", "2024-02-30", "2024-13", "9999-12-31T23:59:59Z", "=cmd|'/c calc'!A1", "+1", "@SUM(1)",
            "{", "}", "[", "]", ":", "null", "true", "{\"resourceType\":", "\\u0000", "\\ud800",
        }.Select(Encoding.UTF8.GetBytes),
        Enumerable.Repeat((byte)'9', 400).ToArray(),
        Enumerable.Repeat((byte)'"', 64).ToArray(),
    ];

    private readonly Random _random = new(seed);

    public byte[] Mutate(IReadOnlyList<byte[]> seeds)
    {
        var input = new List<byte>(seeds[_random.Next(seeds.Count)]);
        var operations = 1 + _random.Next(4);
        for (var i = 0; i < operations; i++)
        {
            Apply(input, seeds);
        }
        return [.. input];
    }

    private void Apply(List<byte> input, IReadOnlyList<byte[]> seeds)
    {
        var at = input.Count == 0 ? 0 : _random.Next(input.Count);
        switch (_random.Next(8))
        {
            case 0 when input.Count > 0:
                input[at] ^= (byte)(1 << _random.Next(8));
                break;
            case 1 when input.Count > 0:
                input[at] = (byte)_random.Next(256);
                break;
            case 2:
                input.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                break;
            case 3 when input.Count > 0:
                input.RemoveRange(at, Math.Min(input.Count - at, 1 + _random.Next(32)));
                break;
            case 4 when input.Count > 0:
                var length = Math.Min(input.Count - at, 1 + _random.Next(64));
                input.InsertRange(_random.Next(input.Count), input.GetRange(at, length));
                break;
            case 5 when input.Count > 0:
                input.RemoveRange(at, input.Count - at);
                break;
            case 6:
                var other = seeds[_random.Next(seeds.Count)];
                var from = other.Length == 0 ? 0 : _random.Next(other.Length);
                input.InsertRange(at, other.Skip(from).Take(1 + _random.Next(128)));
                break;
            default:
                input.InsertRange(at, Tokens[_random.Next(Tokens.Length)]);
                break;
        }
    }
}
