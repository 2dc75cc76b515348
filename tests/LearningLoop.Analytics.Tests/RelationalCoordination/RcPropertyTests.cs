using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

/// <summary>Properties that hold for any survey; FsCheck draws the surveys (by seed) and the permutations.</summary>
public sealed class RcPropertyTests
{
    private const double Tolerance = 1e-9;

    private static RelationalCoordinationAnalysis Analyse(IReadOnlyList<RcAnswer> answers, int minCell = 5)
    {
        var outcome = RelationalCoordinationAnalyser.Analyse(answers, new RcOptions { MinCellSize = minCell });
        Assert.Empty(outcome.Errors);
        return outcome.Analysis!;
    }

    private static void Close(double? expected, double? actual, double shift = 0)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is double e && actual is double a)
        {
            Assert.True(Math.Abs(e + shift - a) <= Tolerance * Math.Max(1, Math.Abs(e)), $"expected {e + shift}, got {a}");
        }
    }

    [Property(MaxTest = 25)]
    public void Permuting_the_answers_changes_nothing(int surveySeed, int shuffleSeed)
    {
        var answers = RandomSurvey.Create(surveySeed);
        // Keep first appearance of each target in place: the workgroups' output order is defined by it.
        var shuffled = answers.Skip(35).ToArray();
        new Random(shuffleSeed).Shuffle(shuffled);
        var permuted = answers.Take(35).Concat(shuffled).ToList();

        var a = Analyse(answers);
        var b = Analyse(permuted);
        for (int w = 0; w < a.Waves.Count; w++)
        {
            var (x, y) = (a.Waves[w], b.Waves[w]);
            Assert.Equal((x.Wave, x.Respondents, x.Ties), (y.Wave, y.Respondents, y.Ties));
            Close(x.Overall, y.Overall);
            Close(x.Alpha, y.Alpha);
            Close(x.Icc1, y.Icc1);
            Close(x.Icc2, y.Icc2);
            Assert.Equal(x.Cells.Select(c => (c.From, c.To, c.N, c.Suppressed)), y.Cells.Select(c => (c.From, c.To, c.N, c.Suppressed)));
            for (int c = 0; c < x.Cells.Count; c++)
            {
                Close(x.Cells[c].Score, y.Cells[c].Score);
                Close(x.Cells[c].Rwg, y.Cells[c].Rwg);
            }

            for (int p = 0; p < x.Workgroups.Count; p++)
            {
                Close(x.Workgroups[p].Within, y.Workgroups[p].Within);
                Close(x.Workgroups[p].Between, y.Workgroups[p].Between);
            }
        }

        for (int c = 0; c < a.Changes.Count; c++)
        {
            Close(a.Changes[c].Difference, b.Changes[c].Difference);
            Close(a.Changes[c].P, b.Changes[c].P);
        }
    }

    [Property(MaxTest = 25)]
    public Property Adding_a_constant_shifts_scores_and_leaves_agreement_and_reliability_alone() =>
        Prop.ForAll(Arb.From(Gen.Choose(1, 2)), Arb.From(Gen.Choose(0, int.MaxValue)), (shift, seed) =>
        {
            var answers = RandomSurvey.Create(seed, low: 1, high: 5 - shift);
            var shifted = answers.Select(a => a with { Value = a.Value + shift }).ToList();
            var x = Analyse(answers);
            var y = Analyse(shifted);
            for (int w = 0; w < x.Waves.Count; w++)
            {
                var (p, q) = (x.Waves[w], y.Waves[w]);
                Close(p.Overall, q.Overall, shift);
                for (int d = 0; d < p.Dimensions.Count; d++)
                {
                    Close(p.Dimensions[d].Mean, q.Dimensions[d].Mean, shift);
                }

                for (int c = 0; c < p.Cells.Count; c++)
                {
                    Close(p.Cells[c].Score, q.Cells[c].Score, shift);
                    Close(p.Cells[c].Rwg, q.Cells[c].Rwg);
                }

                Close(p.Alpha, q.Alpha);
                Close(p.Icc1, q.Icc1);
                Close(p.Icc2, q.Icc2);
            }

            for (int c = 0; c < x.Changes.Count; c++)
            {
                Close(x.Changes[c].Difference, y.Changes[c].Difference);
                Close(x.Changes[c].P, y.Changes[c].P);
            }
        });

    [Property(MaxTest = 25)]
    public Property Suppression_never_shows_a_score_below_the_minimum_cell_size() =>
        Prop.ForAll(Arb.From(Gen.Choose(3, 12)), Arb.From(Gen.Choose(0, int.MaxValue)), (minCell, seed) =>
        {
            var analysis = Analyse(RandomSurvey.Create(seed), minCell);
            foreach (var wave in analysis.Waves)
            {
                foreach (var cell in wave.Cells)
                {
                    Assert.Equal(cell.N < minCell, cell.Suppressed);
                    Assert.Equal(cell.Suppressed, cell.Score is null);
                    Assert.True(!cell.Suppressed || cell.Rwg is null);
                }

                foreach (var profile in wave.Workgroups)
                {
                    Assert.Equal(profile.N < minCell, profile.Suppressed);
                    Assert.True(!profile.Suppressed || (profile.Within is null && profile.Between is null));
                }
            }
        });

    [Property(MaxTest = 25)]
    public void Minimum_cell_3_shows_everything_5_shows_with_the_same_numbers_and_more(int seed)
    {
        var answers = RandomSurvey.Create(seed);
        var three = Analyse(answers, 3);
        var five = Analyse(answers, 5);
        for (int w = 0; w < three.Waves.Count; w++)
        {
            var cells3 = three.Waves[w].Cells;
            var cells5 = five.Waves[w].Cells;
            Assert.Equal(cells3.Select(c => c.N), cells5.Select(c => c.N));
            for (int c = 0; c < cells3.Count; c++)
            {
                Assert.Equal(cells3[c].N is >= 3 and < 5, cells5[c].Suppressed && !cells3[c].Suppressed);
                if (!cells5[c].Suppressed)
                {
                    Assert.Equal(cells5[c].Score, cells3[c].Score);
                    Assert.Equal(cells5[c].Rwg, cells3[c].Rwg);
                }
            }

            Close(three.Waves[w].Overall, five.Waves[w].Overall);
            Close(three.Waves[w].Icc1, five.Waves[w].Icc1);
        }
    }

    [Property(MaxTest = 15)]
    public void Streaming_the_csv_gives_the_in_memory_result(int seed)
    {
        var answers = RandomSurvey.Create(seed, respondentsPerWave: 25);
        var lines = new List<string> { Csv.Header };
        lines.AddRange(answers.Select(a => $"{a.Wave},{a.Respondent},{a.Workgroup},{a.Target},{a.Item},{a.Value}"));
        using var stream = Csv.Stream([.. lines]);
        var streamed = RelationalCoordinationAnalyser.AnalyseCsv(stream).Analysis!;
        var inMemory = Analyse(answers);
        Assert.Equal(inMemory.Waves.Count, streamed.Waves.Count);
        for (int w = 0; w < inMemory.Waves.Count; w++)
        {
            Assert.Equal(inMemory.Waves[w].Cells, streamed.Waves[w].Cells);
            Assert.Equal(inMemory.Waves[w].Workgroups, streamed.Waves[w].Workgroups);
            Assert.Equal(inMemory.Waves[w].Overall, streamed.Waves[w].Overall);
        }
    }
}
