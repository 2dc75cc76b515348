using FsCheck;
using FsCheck.Xunit;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>Properties of the Making Data Count rules that hold for any series, checked on generated monthly series.</summary>
public sealed class MdcPropertyTests
{
    private static readonly DateOnly Start = new(2020, 1, 1);

    [Property(MaxTest = 300)]
    public bool Rebasing_at_the_first_point_changes_nothing(int[] raw, bool screen)
    {
        var rows = Series(raw);
        if (rows.Count == 0)
            return true;

        var plain = MdcRules.Analyse(rows, new MdcOptions(ScreenOutliers: screen));
        var rebased = MdcRules.Analyse(rows, new MdcOptions(ScreenOutliers: screen, Rebase: [Start]));

        return plain.Points.SequenceEqual(rebased.Points) && plain.Variation == rebased.Variation;
    }

    [Property(MaxTest = 300)]
    public bool Adding_a_constant_moves_mean_and_limits_by_it_and_keeps_every_type(int[] raw, short shift, byte rebaseAt)
    {
        var rows = Series(raw);
        if (rows.Count == 0)
            return true;
        double c = shift;
        var options = new MdcOptions(ImprovementDirection.Down, Target: 10, Rebase: [Start.AddMonths(rebaseAt % (rows.Count + 1))]);

        var plain = MdcRules.Analyse(rows, options);
        var moved = MdcRules.Analyse([.. rows.Select(r => r with { Y = r.Y + c })], options with { Target = 10 + c });

        return plain.Points.Zip(moved.Points).All(p =>
                Close(p.First.Mean + c, p.Second.Mean) && Close(p.First.Lpl + c, p.Second.Lpl) && Close(p.First.Upl + c, p.Second.Upl)
                && p.First.SpecialCause == p.Second.SpecialCause && p.First.PointType == p.Second.PointType)
            && plain.Variation == moved.Variation && plain.Assurance == moved.Assurance;
    }

    [Property(MaxTest = 200)]
    public bool Turning_the_direction_round_swaps_improvement_and_concern_and_keeps_the_special_causes(int[] raw)
    {
        var rows = Series(raw);
        if (rows.Count == 0)
            return true;

        var up = MdcRules.Analyse(rows, new MdcOptions(ImprovementDirection.Up));
        var down = MdcRules.Analyse(rows, new MdcOptions(ImprovementDirection.Down));

        return up.Points.Zip(down.Points).All(p => p.First.SpecialCause == p.Second.SpecialCause && p.First.PointType switch
        {
            MdcPointType.SpecialCauseImprovement => p.Second.PointType == MdcPointType.SpecialCauseConcern,
            MdcPointType.SpecialCauseConcern => p.Second.PointType == MdcPointType.SpecialCauseImprovement,
            var same => p.Second.PointType == same,
        });
    }

    [Property(MaxTest = 200)]
    public bool Fixing_after_as_many_points_as_the_series_has_changes_nothing(int[] raw, PositiveInt extra)
    {
        var rows = Series(raw);
        if (rows.Count == 0)
            return true;

        var plain = MdcRules.Analyse(rows, new MdcOptions());
        var fixedAfter = MdcRules.Analyse(rows, new MdcOptions(FixAfterPoints: rows.Count + (extra.Get % 5)));

        return plain.Points.SequenceEqual(fixedAfter.Points);
    }

    [Property(MaxTest = 200)]
    public bool The_order_of_the_rows_does_not_matter(int[] raw, int seed)
    {
        var rows = Series(raw);
        var shuffled = rows.ToArray();
        new Random(seed).Shuffle(shuffled);
        if (rows.Count == 0)
            return true;

        return MdcRules.Analyse(rows, new MdcOptions()).Points.SequenceEqual(MdcRules.Analyse(shuffled, new MdcOptions()).Points);
    }

    /// <summary>Monthly values from small integers, so that shifting them keeps every comparison exact.</summary>
    private static List<MdcObservation> Series(int[] raw) =>
        [.. raw.Take(60).Select((v, i) => new MdcObservation(Start.AddMonths(i), v % 100, i + 2))];

    private static bool Close(double? expected, double? actual) =>
        expected is null ? actual is null : actual is { } a && Math.Abs(expected.Value - a) <= 1e-9 * Math.Max(1, Math.Abs(a));
}
