using System.Globalization;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

/// <summary>A small random survey for property tests: answers grouped by respondent, values in [low, high], some missing.</summary>
public static class RandomSurvey
{
    public static List<RcAnswer> Create(int seed, int respondentsPerWave = 40, int workgroups = 5, int waves = 2, int low = 1, int high = 5)
    {
        var random = new Random(seed);
        var names = Enumerable.Range(0, workgroups).Select(w => "group_" + w.ToString(CultureInfo.InvariantCulture)).ToArray();
        var answers = new List<RcAnswer>();
        long line = 2;
        for (int wave = 0; wave < waves; wave++)
        {
            var waveLabel = "2025-" + (wave + 1).ToString("D2", CultureInfo.InvariantCulture);
            for (int r = 0; r < respondentsPerWave; r++)
            {
                // Skewed group sizes so some cells fall below any minimum cell size.
                int from = Math.Min(workgroups - 1, (int)(workgroups * random.NextDouble() * random.NextDouble() * 1.6));
                var respondent = "r" + r.ToString(CultureInfo.InvariantCulture);
                var bias = random.Next(low, high + 1);
                foreach (var target in names)
                {
                    int missing = random.NextDouble() < 0.1 ? random.Next(1, 5) : random.NextDouble() < 0.2 ? 1 : 0;
                    for (int item = 0; item < RcItems.Count; item++)
                    {
                        int? value = item < missing ? null : Math.Clamp(bias + random.Next(-1, 2), low, high);
                        answers.Add(new RcAnswer(waveLabel, respondent, names[from], target, RcItems.Keys[item], value, line++));
                    }
                }
            }
        }

        return answers;
    }
}
