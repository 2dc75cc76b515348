namespace LearningLoop.Analytics.Spc;

/// <summary>The named constants of Shewhart charts, with their sources.</summary>
internal static class ControlConstants
{
    /// <summary>Control limits sit three standard deviations from the centre (Shewhart 1931).</summary>
    public const double ThreeSigma = 3;

    /// <summary>Warning limits at two standard deviations (qicharts2's lcl.95 / ucl.95).</summary>
    public const double TwoSigma = 2;

    /// <summary>d2 for subgroups of two: sigma = average moving range / d2 (Montgomery, eq. 6.33).</summary>
    public const double D2 = 1.128;

    /// <summary>D4 for subgroups of two: upper limit of a moving range = D4 x average moving range (Montgomery, 6.4).</summary>
    public const double D4 = 3.267;

    /// <summary>Screening limit for Taylor's I' chart moving ranges, as qicharts2's <c>qic.ip</c> uses it.</summary>
    public const double IPrimeScreen = 3.2665;

    /// <summary>Nelson's (1994) transformation of exponential times between events to near-normal: y^(1/3.6).</summary>
    public const double TExponent = 3.6;

    /// <summary>sqrt(pi / 2): turns a mean absolute difference of normal values into a standard deviation (Taylor's I').</summary>
    public static readonly double SqrtHalfPi = Math.Sqrt(Math.PI / 2);
}
