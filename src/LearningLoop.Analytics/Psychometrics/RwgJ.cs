namespace LearningLoop.Analytics.Psychometrics;

/// <summary>
/// rwg(J), within-group agreement on a scale of J parallel items (James, Demaree &amp; Wolf 1984, J Appl Psychol 69:85).
/// </summary>
public static class RwgJ
{
    /// <summary>
    /// Expected variance of a rectangular (no agreement) null distribution on an A-point scale, (A^2 - 1)/12
    /// (James, Demaree &amp; Wolf 1984, eq. 3): 2 for a 5-point scale.
    /// </summary>
    public static double UniformNullVariance(int scalePoints)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scalePoints, 2);
        return ((scalePoints * (double)scalePoints) - 1) / 12.0;
    }

    /// <summary>
    /// rwg(J) = J(1 - s2/sigma2) / (J(1 - s2/sigma2) + s2/sigma2) (James, Demaree &amp; Wolf 1984, eq. 4), where s2 is the
    /// mean of the J items' observed variances. Truncated to 0 when s2 &gt;= sigma2, as the authors recommend,
    /// because larger variances mean no agreement rather than "negative" agreement.
    /// </summary>
    public static double Compute(double meanItemVariance, int items, double nullVariance)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 1);
        if (double.IsNaN(meanItemVariance))
        {
            return double.NaN;
        }

        if (meanItemVariance >= nullVariance)
        {
            return 0;
        }

        var agreement = 1 - (meanItemVariance / nullVariance);
        return items * agreement / ((items * agreement) + (meanItemVariance / nullVariance));
    }

    /// <summary>rwg(J) of complete ratings: <paramref name="ratings"/>[rater, item], on a <paramref name="scalePoints"/>-point scale.</summary>
    public static double Compute(double[,] ratings, int scalePoints)
    {
        ArgumentNullException.ThrowIfNull(ratings);
        int raters = ratings.GetLength(0);
        int items = ratings.GetLength(1);
        if (raters < 2)
        {
            return double.NaN;
        }

        double sumOfVariances = 0;
        var column = new double[raters];
        for (int i = 0; i < items; i++)
        {
            for (int r = 0; r < raters; r++)
            {
                column[r] = ratings[r, i];
            }

            sumOfVariances += RunningMoments.Of(column).Variance;
        }

        return Compute(sumOfVariances / items, items, UniformNullVariance(scalePoints));
    }
}
