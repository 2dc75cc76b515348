namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// A tie score (the mean of the 4..7 items a respondent answered about one workgroup) held exactly as an integer:
/// score * 420, because 420 = lcm(4, 5, 6, 7) makes every such mean a whole number. Sums of tie scores then add
/// without rounding, and each reported mean is rounded once, when divided.
/// </summary>
internal static class TieScore
{
    public const int Scale = 420;

    /// <summary>420 * (<paramref name="sumOfAnswers"/> / <paramref name="answered"/>); exact for answered in 4..7.</summary>
    public static long Scaled(int sumOfAnswers, int answered) => (long)sumOfAnswers * Scale / answered;

    public static double Mean(long scaledSum, long ties) => ties == 0 ? double.NaN : scaledSum / ((double)Scale * ties);
}
