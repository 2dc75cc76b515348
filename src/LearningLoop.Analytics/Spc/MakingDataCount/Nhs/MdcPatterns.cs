namespace LearningLoop.Analytics.Spc;

/// <summary>
/// The special-cause tests of NHSRplotthedots 0.2.2 (<c>R/ptd_calculate_point_type.R</c>), one function each, applied
/// to one rebase group. Each writes 1 into <c>flags</c> for every point that is <em>part of</em> a pattern.
/// </summary>
internal static class MdcPatterns
{
    private const int Run = 7;

    /// <summary><c>ptd_part_of_seven_trend(ptd_seven_point_trend(y))</c>: points in seven strictly rising or falling
    /// values in a row (a tie breaks the trend).</summary>
    public static void PartOfSevenPointTrend(ReadOnlySpan<double> y, Span<bool> flags)
    {
        flags.Clear();
        for (var end = Run - 1; end < y.Length; end++)
        {
            var up = true;
            var down = true;
            for (var k = end - Run + 2; k <= end; k++)
            {
                var s = Math.Sign(y[k] - y[k - 1]);
                up &= s == 1;
                down &= s == -1;
            }

            if (up || down)
                flags[(end - Run + 1)..(end + 1)].Fill(true);
        }
    }

    /// <summary><c>ptd_part_of_seven_trend(ptd_seven_point_one_side_mean(relative_to_mean))</c>: points in seven values
    /// in a row on the same side of the mean (a value on the mean breaks the run).</summary>
    public static void PartOfSevenOneSide(ReadOnlySpan<int> side, Span<bool> flags)
    {
        flags.Clear();
        for (var end = Run - 1; end < side.Length; end++)
        {
            var same = side[end] != 0;
            for (var k = end - Run + 1; same && k < end; k++)
                same = side[k] == side[end];
            if (same)
                flags[(end - Run + 1)..(end + 1)].Fill(true);
        }
    }

    /// <summary><c>ptd_part_of_two_in_three(ptd_two_in_three(close, relative_to_mean), close)</c>: a point close to a
    /// limit (between the two-sigma line and the process limit) in a window of three consecutive points, all on the
    /// same side of the mean, of which at least two are close.</summary>
    public static void PartOfTwoInThree(ReadOnlySpan<bool> close, ReadOnlySpan<int> side, Span<bool> flags)
    {
        flags.Clear();
        for (var i = 0; i < close.Length; i++)
        {
            if (!close[i])
                continue;
            for (var start = i - 2; start <= i && !flags[i]; start++)
                flags[i] = start >= 0 && start + 2 < close.Length && TwoOfThree(close, side, start);
        }
    }

    private static bool TwoOfThree(ReadOnlySpan<bool> close, ReadOnlySpan<int> side, int start)
    {
        var closeCount = 0;
        var sideSum = 0;
        for (var k = start; k < start + 3; k++)
        {
            closeCount += close[k] ? 1 : 0;
            sideSum += side[k];
        }

        return closeCount >= 2 && Math.Abs(sideSum) == 3;
    }
}
