using FsCheck;
using FsCheck.Xunit;
using LearningLoop.Analytics.Capability;

namespace LearningLoop.Analytics.Tests.Capability;

public sealed class CapabilityProfileTests
{
    private const string Data = "analysing-data";
    private const string Engaging = "engaging-stakeholders";

    private static CapabilityRespondent Respondent(string group, params (string Domain, string Level, int? Score, int? Importance)[] ratings) =>
        new(group, ratings.Select(r => new CapabilityRating(r.Domain, r.Level, r.Score, r.Importance)).ToList());

    [Fact]
    public void Mean_spread_and_importance_are_those_of_the_ratings()
    {
        int[] scores = [2, 3, 3, 4, 5];
        var respondents = scores.Select(s => Respondent("staff", (Data, CapabilityFramework.Team, s, 6 - s))).ToList();

        var cell = CapabilityProfile.Compute(respondents, 5).Cell(Data, CapabilityFramework.Team)!;

        var mean = scores.Average();
        var variance = scores.Sum(s => (s - mean) * (s - mean)) / (scores.Length - 1);
        Assert.False(cell.Suppressed);
        Assert.Equal(5, cell.N);
        Assert.Equal(mean, cell.Mean!.Value, 12);
        Assert.Equal(Math.Sqrt(variance), cell.StandardDeviation!.Value, 12);
        Assert.Equal(1 - variance / 2.0, cell.Agreement!.Value, 12); // uniform null variance on 5 points is 2
        Assert.Equal(scores.Average(s => 6.0 - s), cell.Importance!.Value, 12);
    }

    [Fact]
    public void A_cell_rated_by_fewer_than_the_minimum_shows_nothing()
    {
        var respondents = Enumerable.Range(0, 6).Select(i =>
            Respondent("staff", (Data, CapabilityFramework.Team, 4, 5), (Engaging, CapabilityFramework.Team, i < 4 ? 2 : null, 5))).ToList();

        var profile = CapabilityProfile.Compute(respondents, 5);

        Assert.False(profile.Cell(Data, CapabilityFramework.Team)!.Suppressed);
        var few = profile.Cell(Engaging, CapabilityFramework.Team)!;
        Assert.True(few.Suppressed);
        Assert.Null(few.Mean);
        Assert.Null(few.StandardDeviation);
        Assert.Null(few.Importance);
    }

    [Fact]
    public void External_environment_is_rated_only_for_the_organisation()
    {
        var profile = CapabilityProfile.Compute([], 3);
        Assert.NotNull(profile.Cell("partnerships", CapabilityFramework.Organisation));
        Assert.Null(profile.Cell("partnerships", CapabilityFramework.Team));
        Assert.Equal(9 * 4 + 2, profile.Cells.Count);
    }

    [Property(MaxTest = 200)]
    public bool No_statistic_is_ever_shown_for_fewer_than_the_minimum_cell_size(PositiveInt seed, PositiveInt minimum)
    {
        var min = 3 + minimum.Get % 6;
        var random = new Random(seed.Get);
        var respondents = Enumerable.Range(0, random.Next(0, 15)).Select(_ =>
            Respondent(random.Next(2) == 0 ? "staff" : "executive",
                CapabilityFramework.Cells.Where(_ => random.NextDouble() < 0.7)
                    .Select(c => (c.Domain.Key, c.Level.Key, (int?)random.Next(1, 6), random.NextDouble() < 0.8 ? (int?)random.Next(1, 6) : null))
                    .ToArray())).ToList();

        var profile = CapabilityProfile.Compute(respondents, min);
        var groups = CapabilityGroups.Compute(respondents, min);

        return profile.Cells.Concat(groups.Profiles.Values.SelectMany(p => p.Cells)).All(c =>
            (c.Mean is null || (c.N >= min && c.N is var _))
            && (c.Importance is null || c.ImportanceN >= min)
            && (c.Suppressed == (c.Mean is null)))
            && groups.Profiles.Values.All(p => p.Respondents >= min || p.Cells.All(c => c.Suppressed));
    }

    [Property(MaxTest = 200)]
    public bool Means_stay_on_the_scale_and_agreement_between_zero_and_one(PositiveInt seed)
    {
        var random = new Random(seed.Get);
        var respondents = Enumerable.Range(0, 5 + random.Next(20)).Select(_ =>
            Respondent("staff", (Data, CapabilityFramework.Organisation, random.Next(1, 6), random.Next(1, 6)))).ToList();
        var cell = CapabilityProfile.Compute(respondents, 5).Cell(Data, CapabilityFramework.Organisation)!;
        return cell.Mean is >= 1 and <= 5 && cell.Agreement is >= 0 and <= 1 && cell.StandardDeviation >= 0;
    }

    [Fact]
    public void Groups_are_suppressed_on_their_own_and_compared_only_where_both_show()
    {
        var respondents = Enumerable.Range(0, 5).Select(_ => Respondent("executive", (Data, CapabilityFramework.Organisation, 5, 5)))
            .Concat(Enumerable.Range(0, 6).Select(_ => Respondent("staff", (Data, CapabilityFramework.Organisation, 2, 5))))
            .Concat(Enumerable.Range(0, 2).Select(_ => Respondent("partner", (Data, CapabilityFramework.Organisation, 1, 5)))).ToList();

        var groups = CapabilityGroups.Compute(respondents, 5);

        var difference = Assert.Single(groups.Compare("executive", "staff"));
        Assert.Equal(3, difference.Difference, 12);
        Assert.Empty(groups.Compare("executive", "partner"));
        Assert.All(groups.Profiles["partner"].Cells, c => Assert.True(c.Suppressed));
    }
}
