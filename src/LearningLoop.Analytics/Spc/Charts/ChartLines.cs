namespace LearningLoop.Analytics.Spc;

/// <summary>Where a chart function writes the plotted y, the centre line and the 3- and 2-sigma limits of one part.</summary>
internal readonly ref struct ChartLines
{
    public ChartLines(Span<double> y, Span<double> cl, Span<double> lcl, Span<double> ucl, Span<double> lcl2, Span<double> ucl2)
    {
        Y = y;
        Cl = cl;
        Lcl = lcl;
        Ucl = ucl;
        Lcl2 = lcl2;
        Ucl2 = ucl2;
    }

    public Span<double> Y { get; }

    public Span<double> Cl { get; }

    public Span<double> Lcl { get; }

    public Span<double> Ucl { get; }

    /// <summary>2-sigma lower limit (qicharts2's lcl.95), for warning zones.</summary>
    public Span<double> Lcl2 { get; }

    /// <summary>2-sigma upper limit (qicharts2's ucl.95).</summary>
    public Span<double> Ucl2 { get; }

    /// <summary>Sets point i to cl ± 3 sigma and cl ± 2 sigma.</summary>
    public void SetSymmetric(int i, double cl, double sigma)
    {
        Cl[i] = cl;
        Ucl[i] = cl + (ControlConstants.ThreeSigma * sigma);
        Lcl[i] = cl - (ControlConstants.ThreeSigma * sigma);
        Ucl2[i] = cl + (ControlConstants.TwoSigma * sigma);
        Lcl2[i] = cl - (ControlConstants.TwoSigma * sigma);
    }

    /// <summary>Sets every point to cl ± 3 sigma and cl ± 2 sigma (one sigma for the part).</summary>
    public void SetSymmetric(double cl, double sigma)
    {
        for (var i = 0; i < Cl.Length; i++)
            SetSymmetric(i, cl, sigma);
    }

    /// <summary>Raises negative lower limits to zero, as qicharts2 does for counts (<c>lcl[lcl &lt; 0] &lt;- 0</c>).</summary>
    public void FloorLowerAtZero()
    {
        for (var i = 0; i < Lcl.Length; i++)
        {
            if (Lcl[i] < 0)
                Lcl[i] = 0;
            if (Lcl2[i] < 0)
                Lcl2[i] = 0;
        }
    }

    /// <summary>Lowers upper limits above one to one: a proportion cannot exceed 1.</summary>
    public void CapUpperAtOne()
    {
        for (var i = 0; i < Ucl.Length; i++)
        {
            if (Ucl[i] > 1 && double.IsFinite(Ucl[i]))
                Ucl[i] = 1;
            if (Ucl2[i] > 1 && double.IsFinite(Ucl2[i]))
                Ucl2[i] = 1;
        }
    }

    /// <summary>No control limits (run chart).</summary>
    public void ClearLimits()
    {
        Lcl.Fill(double.NaN);
        Ucl.Fill(double.NaN);
        Lcl2.Fill(double.NaN);
        Ucl2.Fill(double.NaN);
    }
}
