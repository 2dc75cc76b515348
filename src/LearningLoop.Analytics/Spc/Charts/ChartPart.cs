namespace LearningLoop.Analytics.Spc;

/// <summary>
/// One part of a chart as the chart functions see it (qicharts2 splits the data by part before calling
/// <c>qic.i</c>, <c>qic.p</c> ...): the subgroup summaries, which points form the baseline
/// (<c>baseline &amp; include</c>), and scratch space so that no chart allocates.
/// </summary>
internal readonly ref struct ChartPart
{
    public ChartPart(
        ReadOnlySpan<double> value,
        ReadOnlySpan<double> sum,
        ReadOnlySpan<double> denominator,
        ReadOnlySpan<double> mean,
        ReadOnlySpan<double> stdDev,
        ReadOnlySpan<int> size,
        ReadOnlySpan<bool> baseline,
        bool categorical,
        Span<double> scratch,
        Span<double> scratch2)
    {
        Value = value;
        Sum = sum;
        Denominator = denominator;
        Mean = mean;
        StdDev = stdDev;
        Size = size;
        Base = baseline;
        Categorical = categorical;
        Scratch = scratch;
        Scratch2 = scratch2;
    }

    /// <summary>y per subgroup (sum/n or mean).</summary>
    public ReadOnlySpan<double> Value { get; }

    /// <summary>y.sum per subgroup.</summary>
    public ReadOnlySpan<double> Sum { get; }

    /// <summary>n per subgroup (NaN without a denominator).</summary>
    public ReadOnlySpan<double> Denominator { get; }

    /// <summary>y.mean per subgroup.</summary>
    public ReadOnlySpan<double> Mean { get; }

    /// <summary>y.sd per subgroup.</summary>
    public ReadOnlySpan<double> StdDev { get; }

    /// <summary>y.length per subgroup.</summary>
    public ReadOnlySpan<int> Size { get; }

    /// <summary>baseline &amp; include: the points that the centre and limits are computed from.</summary>
    public ReadOnlySpan<bool> Base { get; }

    /// <summary>Categorical x (qicharts2: x is a factor or character).</summary>
    public bool Categorical { get; }

    public Span<double> Scratch { get; }

    public Span<double> Scratch2 { get; }

    public int Length => Value.Length;

    /// <summary>The same part with other plotted values (the t chart's transformed y).</summary>
    public ChartPart WithValue(ReadOnlySpan<double> value) =>
        new(value, Sum, Denominator, Mean, StdDev, Size, Base, Categorical, Scratch, Scratch2);
}
