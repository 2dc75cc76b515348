using System.Globalization;
using System.Text;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Benchmarks;

/// <summary>
/// Deterministic synthetic relational coordination survey of any size: every respondent rates every workgroup on the
/// seven items. Workgroups differ in size (so small surveys have suppressed cells), ties to one's own workgroup are
/// stronger, each later wave is a little better, some answers are missing and some ties have fewer than four answers.
/// </summary>
public sealed record RcSyntheticSurvey(
    int RespondentsPerWave,
    int Workgroups,
    IReadOnlyList<string> Waves,
    double MissingRate = 0.03,
    double PartialTieRate = 0.02,
    bool Shuffled = false,
    int Seed = 20250301)
{
    private const int K = RcItems.Count;

    public long AnswerCount => (long)RespondentsPerWave * Waves.Count * Workgroups * K;

    public string WorkgroupName(int w) => string.Create(CultureInfo.InvariantCulture, $"workgroup_{(char)('a' + (w % 26))}{w / 26}");

    /// <summary>All answers in memory, rows grouped by respondent unless <see cref="Shuffled"/>; labels are shared instances.</summary>
    public RcAnswer[] ToArray()
    {
        var answers = new RcAnswer[checked((int)AnswerCount)];
        var names = Enumerable.Range(0, Workgroups).Select(WorkgroupName).ToArray();
        long line = 2;
        int next = 0;
        Generate((wave, respondent, from, to, item, value) =>
        {
            answers[next] = new RcAnswer(
                Waves[wave], respondent, names[from], names[to], RcItems.Keys[item], value == 0 ? null : value, line++);
            next++;
        });
        if (Shuffled)
        {
            new Random(Seed + 1).Shuffle(answers);
        }

        return answers;
    }

    /// <summary>Writes the long-format CSV; rows grouped by respondent (shuffling needs <see cref="ToArray"/>).</summary>
    public void WriteCsv(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (Shuffled)
        {
            using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            writer.Write("wave,respondent,workgroup,target,item,value\n");
            foreach (var a in ToArray())
            {
                writer.Write(string.Create(
                    CultureInfo.InvariantCulture, $"{a.Wave},{a.Respondent},{a.Workgroup},{a.Target},{a.Item},{a.Value}\n"));
            }

            return;
        }

        // Rows are built from preformatted byte pieces: the 1M-respondent file has 84 million rows.
        var buffer = new byte[1 << 20];
        int used = 0;
        Append("wave,respondent,workgroup,target,item,value\n"u8);
        var names = Enumerable.Range(0, Workgroups).Select(WorkgroupName).ToArray();
        var targetItem = new byte[Workgroups * K][];
        for (int t = 0; t < Workgroups; t++)
        {
            for (int i = 0; i < K; i++)
            {
                targetItem[(t * K) + i] = Encoding.UTF8.GetBytes($"{names[t]},{RcItems.Keys[i]},");
            }
        }

        string? lastRespondent = null;
        byte[] prefix = [];
        Generate((wave, respondent, from, to, item, value) =>
        {
            if (!ReferenceEquals(respondent, lastRespondent))
            {
                prefix = Encoding.UTF8.GetBytes($"{Waves[wave]},{respondent},{names[from]},");
                lastRespondent = respondent;
            }

            Append(prefix);
            Append(targetItem[(to * K) + item]);
            if (buffer.Length - used < 16)
            {
                Flush();
            }

            if (value != 0)
            {
                buffer[used++] = (byte)('0' + value);
            }

            buffer[used++] = (byte)'\n';
        });
        Flush();

        void Append(ReadOnlySpan<byte> bytes)
        {
            if (buffer.Length - used < bytes.Length)
            {
                Flush();
            }

            bytes.CopyTo(buffer.AsSpan(used));
            used += bytes.Length;
        }

        void Flush()
        {
            output.Write(buffer, 0, used);
            used = 0;
        }
    }

    /// <summary>Calls <paramref name="emit"/>(wave, respondent, from, to, item, value 0..5; 0 = missing) per answer.</summary>
    private void Generate(Action<int, string, int, int, int, int> emit)
    {
        var random = new Random(Seed);
        var pairEffect = new double[Workgroups * Workgroups];
        for (int from = 0; from < Workgroups; from++)
        {
            for (int to = 0; to < Workgroups; to++)
            {
                pairEffect[(from * Workgroups) + to] = (from == to ? 0.8 : 0) + (0.45 * Normal(random));
            }
        }

        // Workgroup sizes fall off like 1/(w + 1): the last groups of a small survey are below the minimum cell size.
        var cumulative = new double[Workgroups];
        double total = 0;
        for (int w = 0; w < Workgroups; w++)
        {
            total += 1.0 / (w + 1);
            cumulative[w] = total;
        }

        for (int wave = 0; wave < Waves.Count; wave++)
        {
            for (int r = 0; r < RespondentsPerWave; r++)
            {
                // Every workgroup gets at least one respondent; the rest are drawn by size.
                int from = r < Workgroups ? r : DrawWorkgroup(random, cumulative);
                string respondent = string.Create(CultureInfo.InvariantCulture, $"r{r + 1:D7}");
                double person = 0.35 * Normal(random);
                for (int to = 0; to < Workgroups; to++)
                {
                    double mean = 3.0 + (0.2 * wave) + person + pairEffect[(from * Workgroups) + to];
                    bool partial = random.NextDouble() < PartialTieRate;
                    for (int item = 0; item < K; item++)
                    {
                        bool missing = partial ? item >= 3 : random.NextDouble() < MissingRate;
                        int value = missing ? 0 : Math.Clamp((int)Math.Round(mean + (0.7 * Normal(random))), 1, 5);
                        emit(wave, respondent, from, to, item, value);
                    }
                }
            }
        }
    }

    private static int DrawWorkgroup(Random random, double[] cumulative)
    {
        int i = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(i < 0 ? ~i : i, cumulative.Length - 1);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
