namespace LearningLoop.Analytics.Psychometrics;

/// <summary>
/// ICC(1) and ICC(2) from a one-way random-effects ANOVA of individual scores by group (Bliese 2000, in Klein &amp;
/// Kozlowski (eds.), Multilevel Theory, Research, and Methods in Organizations, pp. 349-381).
/// </summary>
public static class Icc
{
    /// <summary>
    /// ICC(1) = (MSB - MSW) / (MSB + (k0 - 1) MSW): the share of individual variance due to group membership;
    /// ICC(2) = (MSB - MSW) / MSB: the reliability of the group means. With unequal group sizes the group size is
    /// k0 = (N - sum(n_j^2)/N) / (J - 1) (Bliese 2000; Snedecor &amp; Cochran). Each group must hold at least one value;
    /// the caller decides which groups qualify (the RC analysis keeps groups of two or more).
    /// </summary>
    public static IccResult FromGroups(ReadOnlySpan<RunningMoments> groups)
    {
        int groupCount = 0;
        long n = 0;
        double sumOfSquaredSizes = 0;
        double weightedSum = 0;
        double sumOfSquaresWithin = 0;
        foreach (var group in groups)
        {
            if (group.Count == 0)
            {
                continue;
            }

            groupCount++;
            n += group.Count;
            sumOfSquaredSizes += group.Count * (double)group.Count;
            weightedSum += group.Count * group.Mean;
            sumOfSquaresWithin += group.SumOfSquaredDeviations;
        }

        if (groupCount < 2 || n <= groupCount)
        {
            return new IccResult(double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, groupCount, n);
        }

        var grandMean = weightedSum / n;
        double sumOfSquaresBetween = 0;
        foreach (var group in groups)
        {
            if (group.Count > 0)
            {
                var deviation = group.Mean - grandMean;
                sumOfSquaresBetween += group.Count * deviation * deviation;
            }
        }

        var meanSquareBetween = sumOfSquaresBetween / (groupCount - 1);
        var meanSquareWithin = sumOfSquaresWithin / (n - groupCount);
        var k0 = (n - (sumOfSquaredSizes / n)) / (groupCount - 1);
        var icc1 = (meanSquareBetween - meanSquareWithin) / (meanSquareBetween + ((k0 - 1) * meanSquareWithin));
        var icc2 = (meanSquareBetween - meanSquareWithin) / meanSquareBetween;
        return new IccResult(icc1, icc2, meanSquareBetween, meanSquareWithin, k0, groupCount, n);
    }

    /// <summary>ICC(1) and ICC(2) of raw scores, one list per group.</summary>
    public static IccResult FromGroups(IEnumerable<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var moments = new List<RunningMoments>();
        foreach (var group in groups)
        {
            var m = new RunningMoments();
            foreach (var value in group)
            {
                m.Add(value);
            }

            moments.Add(m);
        }

        return FromGroups(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(moments));
    }
}
