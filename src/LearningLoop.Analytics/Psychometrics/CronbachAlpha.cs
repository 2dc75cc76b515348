namespace LearningLoop.Analytics.Psychometrics;

/// <summary>Cronbach's coefficient alpha, the internal consistency of a scale of k items (Cronbach 1951).</summary>
public static class CronbachAlpha
{
    /// <summary>
    /// Raw alpha = k/(k-1) * (1 - sum of item variances / variance of the total score) (Cronbach 1951, eq. 2);
    /// the same as psych::alpha's raw_alpha. NaN when k &lt; 2 or the total score does not vary.
    /// </summary>
    public static double FromVariances(ReadOnlySpan<double> itemVariances, double totalScoreVariance)
    {
        int k = itemVariances.Length;
        if (k < 2 || !(totalScoreVariance > 0))
        {
            return double.NaN;
        }

        double sumOfItemVariances = 0;
        foreach (var variance in itemVariances)
        {
            sumOfItemVariances += variance;
        }

        return k / (k - 1.0) * (1 - (sumOfItemVariances / totalScoreVariance));
    }

    /// <summary>Alpha of complete responses: <paramref name="scores"/>[respondent, item]. NaN for fewer than two respondents.</summary>
    public static double Compute(double[,] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        int respondents = scores.GetLength(0);
        int items = scores.GetLength(1);
        var perItem = new RunningMoments[items];
        var total = new RunningMoments();
        for (int r = 0; r < respondents; r++)
        {
            double sum = 0;
            for (int i = 0; i < items; i++)
            {
                perItem[i].Add(scores[r, i]);
                sum += scores[r, i];
            }

            total.Add(sum);
        }

        var variances = new double[items];
        for (int i = 0; i < items; i++)
        {
            variances[i] = perItem[i].Variance;
        }

        return FromVariances(variances, total.Variance);
    }
}
