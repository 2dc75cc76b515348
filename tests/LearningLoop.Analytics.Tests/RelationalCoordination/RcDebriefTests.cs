using FsCheck;
using FsCheck.Xunit;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

public sealed class RcDebriefTests
{
    [Fact]
    public void Strengths_come_from_the_top_and_questions_from_the_bottom_of_the_shown_ties()
    {
        foreach (var wave in ReferenceCases.AnalyseCsv("sample_rc", 5).Waves)
        {
            var debrief = RcDebrief.Prepare(wave);
            var shown = wave.Cells.Where(c => !c.Suppressed && c.Score is not null && c.From != c.To).ToList();
            Assert.Equal(Math.Min(3, shown.Count), debrief.StrongestTies.Count);
            Assert.Equal(shown.Max(c => c.Score), debrief.StrongestTies[0].Score);
            Assert.Equal(debrief.StrongestTies.Select(c => c.Score).OrderDescending(), debrief.StrongestTies.Select(c => c.Score));
            Assert.Equal(shown.Except(debrief.StrongestTies).Min(c => c.Score), debrief.TiesToExplore[0].Score);
            Assert.Equal(wave.Dimensions.Max(d => d.Mean), debrief.StrongestDimensions[0].Mean);
            Assert.Equal(wave.Dimensions.Min(d => d.Mean), debrief.DimensionsToExplore[0].Mean);
        }
    }

    [Property(MaxTest = 200)]
    public bool Nothing_suppressed_and_nothing_both_a_strength_and_a_question(PositiveInt seed, byte suppressEvery)
    {
        var random = new Random(seed.Get);
        string[] groups = ["nurses", "physicians", "pharmacists", "therapists"];
        var cells = (from f in groups from t in groups
                     let suppressed = suppressEvery > 0 && random.Next(suppressEvery + 1) == 0
                     select new Cell(f, t, 6, suppressed, suppressed ? null : Math.Round(1 + 4 * random.NextDouble(), 1), null)).ToList();
        var dimensions = RcItems.Keys.Select(k => new DimensionScore(k, random.Next(4) == 0 ? null : Math.Round(1 + 4 * random.NextDouble(), 1))).ToList();
        var wave = new RelationalCoordinationWave("w", 30, 100, 3, null, null, null, dimensions, cells, []);

        var debrief = RcDebrief.Prepare(wave);
        var ties = debrief.StrongestTies.Concat(debrief.TiesToExplore).ToList();
        var dims = debrief.StrongestDimensions.Concat(debrief.DimensionsToExplore).ToList();
        return ties.All(c => !c.Suppressed && c.From != c.To)
                && ties.Distinct().Count() == ties.Count
                && dims.All(d => d.Mean is not null)
                && dims.Distinct().Count() == dims.Count
                && debrief.StrongestTies.Concat(debrief.TiesToExplore).Count() <= 6
                && (debrief.TiesToExplore.Count == 0 || debrief.StrongestTies.Count == 0
                    || debrief.TiesToExplore.Max(c => c.Score) <= debrief.StrongestTies.Min(c => c.Score));
    }
}
