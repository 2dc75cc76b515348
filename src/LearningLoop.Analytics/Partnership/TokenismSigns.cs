namespace LearningLoop.Analytics.Partnership;

/// <summary>A warning sign that a patient partner's place on a team is token rather than real. The signs are those the
/// partnership literature names (Arnstein's ladder of participation, 1969; the Montreal model, Pomey et al. 2015): a
/// voice that arrives after the decisions, an empty chair at meetings, decisions made without the partner, and a
/// lone partner among many professionals.</summary>
public enum TokenismSign
{
    /// <summary>Joined after the plan was set (after the planning phase).</summary>
    JoinedAfterPlan,
    /// <summary>Attended under half of the meetings held since joining.</summary>
    AttendsUnderHalf,
    /// <summary>No decision of the initiative was co-made with the partner.</summary>
    NoDecisionCoMade,
    /// <summary>The only partner on a large team.</summary>
    AloneOnLargeTeam,
}

/// <summary>One partner's engagement on one initiative, as the warning signs need it. <paramref name="JoinedAfterPlan"/>
/// is decided by the caller from the phase at which the partner joined; meetings and decisions count from the day
/// the partner joined (nobody co-makes a decision taken before they came).</summary>
public sealed record PartnerEngagementFacts(
    int PartnerId, bool JoinedAfterPlan, int MeetingsSinceJoining, int MeetingsAttended, int Decisions, int DecisionsCoMade);

/// <summary>A sign raised for a partner, with the figures that raised it.</summary>
public sealed record TokenismWarning(int PartnerId, TokenismSign Sign, string Reason);

/// <summary>Computes the warning signs of tokenism for the partners of one initiative. Thresholds are our judgement,
/// named so they can be argued with: half the meetings; a team of eight or more with a single partner (INVOLVE's
/// guidance recommends at least two public members per group, so no one is alone).</summary>
public static class TokenismSigns
{
    /// <summary>Below this share of meetings a partner cannot follow the work.</summary>
    public const double MinimumAttendance = 0.5;

    /// <summary>Attendance is judged only once this many meetings were held: one missed meeting is not a pattern.</summary>
    public const int MeetingsBeforeJudging = 2;

    /// <summary>A team of this many members or more is large for a single partner.</summary>
    public const int LargeTeam = 8;

    public static IReadOnlyList<TokenismWarning> Assess(IReadOnlyList<PartnerEngagementFacts> partners, int teamSize)
    {
        ArgumentNullException.ThrowIfNull(partners);
        var warnings = new List<TokenismWarning>();
        foreach (var p in partners)
        {
            if (p.JoinedAfterPlan)
            {
                warnings.Add(new(p.PartnerId, TokenismSign.JoinedAfterPlan, "Joined after the plan was set"));
            }
            if (p.MeetingsSinceJoining >= MeetingsBeforeJudging && p.MeetingsAttended < MinimumAttendance * p.MeetingsSinceJoining)
            {
                warnings.Add(new(p.PartnerId, TokenismSign.AttendsUnderHalf,
                    $"Attended {p.MeetingsAttended} of {p.MeetingsSinceJoining} meetings since joining"));
            }
            if (p.Decisions > 0 && p.DecisionsCoMade == 0)
            {
                var decisions = p.Decisions == 1 ? "the one decision" : $"the {p.Decisions} decisions";
                warnings.Add(new(p.PartnerId, TokenismSign.NoDecisionCoMade, $"Co-made none of {decisions} made since joining"));
            }
        }
        if (partners.Count == 1 && teamSize >= LargeTeam)
        {
            warnings.Add(new(partners[0].PartnerId, TokenismSign.AloneOnLargeTeam, $"The only patient partner on a team of {teamSize}"));
        }
        return warnings;
    }
}
