using System.Security.Cryptography;
using System.Text;

namespace LearningLoop.Core.Safety;

/// <summary>The code a reporter keeps to follow a report: 20 characters of Crockford base32 (100 random bits), shown in
/// groups of five. Only its SHA-256 is stored; 100 bits cannot be guessed or enumerated, so a fast hash suffices (as for
/// API keys). Crockford's alphabet has no I, L, O or U, and reading normalises the look-alikes a person may type.</summary>
public static class ReceiptCode
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public const int Length = 20;

    public static string Create()
    {
        Span<byte> random = stackalloc byte[Length];
        RandomNumberGenerator.Fill(random);
        var code = new StringBuilder(Length + 3);
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % 5 == 0) code.Append('-');
            code.Append(Alphabet[random[i] & 31]);
        }
        return code.ToString();
    }

    /// <summary>The code as typed, upper-cased, without spaces or dashes, look-alikes mapped; null when it cannot be a code.</summary>
    public static string? Normalise(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed)) return null;
        var code = new StringBuilder(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (mapped is '-' or ' ') continue;
            if (!Alphabet.Contains(mapped, StringComparison.Ordinal)) return null;
            code.Append(mapped);
        }
        return code.Length == Length ? code.ToString() : null;
    }

    public static string? Hash(string? typed) =>
        Normalise(typed) is { } code ? Convert.ToHexString(SHA256.HashData(Encoding.ASCII.GetBytes(code))) : null;
}
