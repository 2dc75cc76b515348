namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Sample variance from exact integer sums. Answers are integers 1..5, so the sums and sums of squares are exact and
/// n*sum(x^2) - (sum x)^2 is computed without cancellation error (in 128 bits), then divided once.
/// </summary>
internal static class ItemStatistics
{
    public static double Variance(long count, long sum, long sumOfSquares)
    {
        if (count < 2)
        {
            return double.NaN;
        }

        Int128 numerator = ((Int128)count * sumOfSquares) - ((Int128)sum * sum);
        return (double)numerator / ((double)count * (count - 1));
    }
}
