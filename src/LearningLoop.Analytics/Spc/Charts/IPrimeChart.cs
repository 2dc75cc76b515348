namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Taylor's I' chart (qicharts2 <c>qic.ip</c>): individuals of proportions or rates y_i with denominators n_i.
/// centre = sum(y_i n_i) / sum(n_i) over the baseline;
/// s_i = sqrt(pi/2) |y_i - y_(i-1)| / sqrt(1/n_(i-1) + 1/n_i) over all points of the part, screened at 3.2665 x mean(s);
/// sigma_i = mean(s) sqrt(1 / n_i). Without a denominator, n is the subgroup size.
/// </summary>
internal static class IPrimeChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        part.Value.CopyTo(lines.Y);
        var n = part.Scratch2[..part.Length];
        for (var i = 0; i < part.Length; i++)
            n[i] = part.Denominator[i];
        if (AllMissing(n))
        {
            for (var i = 0; i < part.Length; i++)
                n[i] = part.Size[i];
        }

        double weighted = 0;
        double total = 0;
        for (var i = 0; i < part.Length; i++)
        {
            if (!part.Base[i])
                continue;
            var term = part.Value[i] * n[i];
            if (!double.IsNaN(term))
                weighted += term;
            if (!double.IsNaN(n[i]))
                total += n[i];
        }

        var cl = weighted / total;

        var s = part.Scratch;
        for (var i = 1; i < part.Length; i++)
            s[i - 1] = ControlConstants.SqrtHalfPi * Math.Abs(part.Value[i] - part.Value[i - 1]) / Math.Sqrt((1 / n[i - 1]) + (1 / n[i]));
        var meanS = NelsonScreening.ScreenedMean(s[..Math.Max(part.Length - 1, 0)], ControlConstants.IPrimeScreen);

        for (var i = 0; i < part.Length; i++)
            lines.SetSymmetric(i, cl, meanS * Math.Sqrt(1 / n[i]));
    }

    private static bool AllMissing(ReadOnlySpan<double> values)
    {
        foreach (var v in values)
        {
            if (!double.IsNaN(v))
                return false;
        }

        return true;
    }
}
