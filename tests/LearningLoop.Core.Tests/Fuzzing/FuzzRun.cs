namespace LearningLoop.Core.Tests.Fuzzing;

/// <summary>
/// Runs one fuzz target over mutated inputs, bounded by a number of inputs (<c>LEARNINGLOOP_FUZZ_INPUTS</c>, default
/// 1,500 per target in the test command) and a per-input time limit that catches hangs. A target returns normally for
/// an input it accepts or refuses with a clear error, and throws for anything else; failures are reported with the
/// input in base64 and the seed (<c>LEARNINGLOOP_FUZZ_SEED</c>) that replays them.
/// </summary>
internal static class FuzzRun
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(30);

    public static int Inputs => int.TryParse(Environment.GetEnvironmentVariable("LEARNINGLOOP_FUZZ_INPUTS"), out var n) && n > 0 ? n : 1500;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("LEARNINGLOOP_FUZZ_SEED"), out var s) ? s : 20261201;

    /// <returns>How many inputs were tried (asserted by callers, so that a target that silently ran nothing fails).</returns>
    public static int Run(string target, IReadOnlyList<byte[]> seeds, Action<byte[]> attempt)
    {
        var fuzzer = new MutationFuzzer(HashCode.Combine(Seed, StableHash(target)));
        var failures = new List<string>();
        var tried = 0;
        foreach (var input in seeds.Concat(Enumerable.Range(0, Inputs).Select(_ => fuzzer.Mutate(seeds))))
        {
            tried++;
            var outcome = Attempt(attempt, input);
            if (outcome is not null)
            {
                failures.Add($"{outcome}\n  input (base64, {input.Length} bytes): {Convert.ToBase64String(input.AsSpan(0, Math.Min(input.Length, 4096)))}");
                if (failures.Count == 3)
                {
                    break;
                }
            }
        }
        Assert.True(failures.Count == 0,
            $"{target}: {failures.Count} input(s) failed (LEARNINGLOOP_FUZZ_SEED={Seed} replays them):\n" + string.Join("\n", failures));
        return tried;
    }

    // Each input runs on a thread of its own, not the thread pool: with the test classes running in parallel on two cores,
    // a pool task can wait longer than the time limit to start, and a starved pool looked like a hang (seen in CI).
    private static string? Attempt(Action<byte[]> attempt, byte[] input)
    {
        string? outcome = null;
        var thread = new Thread(() =>
        {
            try
            {
                attempt(input);
            }
            catch (Exception e)
            {
                outcome = $"{e.GetType().Name}: {e.Message}\n{e.StackTrace}";
            }
        }) { IsBackground = true };
        thread.Start();
        return thread.Join(PerInput) ? outcome : $"no answer after {PerInput.TotalSeconds} s (a hang)";
    }

    // string.GetHashCode is randomised per process; the seed must not be.
    private static int StableHash(string text) => text.Aggregate(17, (h, c) => unchecked(h * 31 + c));
}
