using FsCheck;
using FsCheck.Xunit;
using LearningLoop.Analytics.Improvement;

namespace LearningLoop.Analytics.Tests.Improvement;

public sealed class InitiativeProgressTests
{
    private static readonly InitiativeEvidence Nothing = new(false, false, 0, false, 0, 0, AimSignal.Unknown, 0, 0);
    private static readonly InitiativeEvidence Everything = new(true, true, 3, true, 4, 4, AimSignal.Improving, 2, 1);

    [Fact]
    public void No_evidence_scores_zero_and_full_evidence_one_hundred()
    {
        Assert.Equal(0, InitiativeProgress.From(Nothing).Score);
        var full = InitiativeProgress.From(Everything);
        Assert.Equal(100, full.Score);
        Assert.All(full.Reasons, r => Assert.True(r.Met, r.Key));
    }

    [Fact]
    public void A_decided_cycle_and_an_adoption_raise_the_score_and_change_the_reasons()
    {
        var before = InitiativeProgress.From(Nothing with { AimStated = true, Cycles = 1 });
        var after = InitiativeProgress.From(Nothing with { AimStated = true, Cycles = 2, CyclesDecided = 1, AdoptingUnits = 1 });

        Assert.True(after.Score > before.Score);
        Assert.Equal("No other unit has taken the practice up.", before.Reasons.Single(r => r.Key == "adoption").Why);
        Assert.Equal("1 other unit has adopted it.", after.Reasons.Single(r => r.Key == "adoption").Why);
        Assert.Equal("1 of 2 cycles reached a decision (adopt, adapt or abandon).", after.Reasons.Single(r => r.Key == "decisions").Why);
    }

    [Fact]
    public void Only_a_signal_in_the_aims_direction_counts()
    {
        var concerning = InitiativeProgress.From(Everything with { Signal = AimSignal.Concerning });
        Assert.Equal(100 - InitiativeProgress.SignalPoints, concerning.Score);
        Assert.False(concerning.Reasons.Single(r => r.Key == "signal").Met);
    }

    [Property(MaxTest = 300)]
    public bool Score_is_the_sum_of_its_reasons_within_0_and_100_and_never_falls_when_evidence_grows(
        bool aim, bool measured, NonNegativeInt measures, bool baseline, NonNegativeInt cycles, NonNegativeInt decided,
        NonNegativeInt adopting, NonNegativeInt lessons)
    {
        var c = cycles.Get % 10;
        var e = new InitiativeEvidence(aim, measured, measures.Get % 5, baseline, c, Math.Min(c, decided.Get % 10), AimSignal.None,
            adopting.Get % 5, lessons.Get % 3);
        var p = InitiativeProgress.From(e);
        var more = InitiativeProgress.From(e with { Cycles = c + 1, CyclesDecided = e.CyclesDecided + 1, AdoptingUnits = e.AdoptingUnits + 1 });
        return p.Score == p.Reasons.Sum(r => r.Points) && p.Score is >= 0 and <= 100
            && p.Reasons.All(r => r.Points >= 0 && r.Points <= r.OutOf) && more.Score >= p.Score;
    }
}
