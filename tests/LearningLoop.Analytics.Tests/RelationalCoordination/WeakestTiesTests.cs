using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

public sealed class WeakestTiesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(1000)]
    public void Weakest_ties_are_the_lowest_shown_cells_between_different_workgroups(int count)
    {
        foreach (var wave in ReferenceCases.AnalyseCsv("sample_rc", 5).Waves)
        {
            var weakest = WeakestTies.Find(wave, count);
            var candidates = wave.Cells.Where(c => !c.Suppressed && c.From != c.To).ToList();

            Assert.Equal(Math.Min(count, candidates.Count), weakest.Count);
            Assert.All(weakest, c => Assert.True(!c.Suppressed && c.From != c.To));
            Assert.Equal(weakest.Select(c => c.Score).Order(), weakest.Select(c => c.Score));
            var worstShown = weakest[^1].Score!.Value;
            Assert.DoesNotContain(candidates.Except(weakest), c => c.Score < worstShown);
        }
    }

    [Fact]
    public void Suppressed_and_own_workgroup_cells_are_never_suggested()
    {
        var wave = ReferenceCases.AnalyseCsv("sample_rc", 5).Waves[0];
        Assert.Contains(wave.Cells, c => c.Suppressed);
        var all = WeakestTies.Find(wave, int.MaxValue);
        Assert.Equal(wave.Cells.Count(c => !c.Suppressed && c.From != c.To), all.Count);
    }
}
