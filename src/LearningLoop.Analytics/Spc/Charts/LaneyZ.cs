namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Laney's (2002) sigma_z: the spread of the z-scores z_i = (y_i - cl) / sigma_i of the baseline, which measures
/// between-subgroup variation that large denominators hide. qicharts2: sigma_z = screened AMR(z) / d2 for ordered x,
/// sd(z) for categorical x.
/// </summary>
internal static class LaneyZ
{
    /// <param name="part">The part; its baseline selects the z-scores.</param>
    /// <param name="cl">The centre line.</param>
    /// <param name="sigma">The binomial or Poisson sigma per point.</param>
    public static double SigmaZ(in ChartPart part, double cl, Func<double, double, double> sigma)
    {
        var z = part.Scratch;
        var k = 0;
        for (var i = 0; i < part.Length; i++)
        {
            if (part.Base[i])
                z[k++] = (part.Value[i] - cl) / sigma(cl, part.Denominator[i]);
        }

        if (part.Categorical)
            return MissingAware.StandardDeviation(z[..k]);

        var ranges = z[..k];
        var n = NelsonScreening.MovingRanges(ranges, ranges);
        return NelsonScreening.ScreenedMean(ranges[..n], ControlConstants.D4) / ControlConstants.D2;
    }
}
