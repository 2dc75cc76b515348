using LearningLoop.Analytics.Partnership;

namespace LearningLoop.Analytics.Tests.Partnership;

/// <summary>The warning signs of tokenism, each raised by its own fact and only by it.</summary>
public sealed class TokenismSignsTests
{
    private static readonly PartnerEngagementFacts Real = new(1, JoinedAfterPlan: false, MeetingsSinceJoining: 10, MeetingsAttended: 9, Decisions: 3, DecisionsCoMade: 3);

    [Fact]
    public void A_real_partnership_raises_no_sign() => Assert.Empty(TokenismSigns.Assess([Real, Real with { PartnerId = 2 }], teamSize: 10));

    [Theory]
    [InlineData(true, 10, 9, 3, 3, TokenismSign.JoinedAfterPlan)]
    [InlineData(false, 10, 4, 3, 3, TokenismSign.AttendsUnderHalf)]
    [InlineData(false, 10, 9, 3, 0, TokenismSign.NoDecisionCoMade)]
    public void Each_fact_raises_its_sign(bool late, int meetings, int attended, int decisions, int coMade, TokenismSign expected)
    {
        var warnings = TokenismSigns.Assess([new PartnerEngagementFacts(5, late, meetings, attended, decisions, coMade), Real], teamSize: 6);
        Assert.Equal([expected], warnings.Select(w => w.Sign).ToArray());
        Assert.Equal(5, warnings[0].PartnerId);
    }

    [Fact]
    public void Half_the_meetings_is_enough_and_one_meeting_is_not_a_pattern()
    {
        Assert.Empty(TokenismSigns.Assess([Real with { MeetingsSinceJoining = 6, MeetingsAttended = 3 }, Real], 4));
        Assert.Empty(TokenismSigns.Assess([Real with { MeetingsSinceJoining = 1, MeetingsAttended = 0 }, Real], 4));
        Assert.Single(TokenismSigns.Assess([Real with { MeetingsSinceJoining = 2, MeetingsAttended = 0 }, Real], 4));
    }

    [Fact]
    public void No_decision_recorded_is_not_held_against_the_partner() =>
        Assert.Empty(TokenismSigns.Assess([Real with { Decisions = 0, DecisionsCoMade = 0 }, Real], 4));

    [Fact]
    public void A_lone_partner_is_flagged_on_a_large_team_only()
    {
        Assert.Equal(TokenismSign.AloneOnLargeTeam, Assert.Single(TokenismSigns.Assess([Real], TokenismSigns.LargeTeam)).Sign);
        Assert.Empty(TokenismSigns.Assess([Real], TokenismSigns.LargeTeam - 1));
    }
}
