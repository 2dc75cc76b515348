namespace LearningLoop.Analytics.Spc;

/// <summary>
/// The series after aggregation by x (qicharts2's <c>qic.agg</c>), one entry per subgroup in plotting order,
/// as parallel arrays so that the engine can run without allocating. NaN marks a missing value (R's NA).
/// Reuse one instance for many series with <see cref="SetSingleValues"/> or <see cref="Resize"/>.
/// </summary>
public sealed class SpcSubgroups
{
    public SpcSubgroups(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        Value = new double[capacity];
        Sum = new double[capacity];
        Denominator = new double[capacity];
        Mean = new double[capacity];
        StdDev = new double[capacity];
        Size = new int[capacity];
    }

    /// <summary>Number of subgroups (points).</summary>
    public int Count { get; private set; }

    /// <summary>y: sum(y) / sum(n) with a denominator, else the mean of the subgroup.</summary>
    public double[] Value { get; private set; }

    /// <summary>y.sum: the subgroup's total (NA for a single missing value).</summary>
    public double[] Sum { get; private set; }

    /// <summary>n: the summed denominator, NaN when the data have none.</summary>
    public double[] Denominator { get; private set; }

    /// <summary>y.mean of the subgroup.</summary>
    public double[] Mean { get; private set; }

    /// <summary>y.sd of the subgroup (NA below two values).</summary>
    public double[] StdDev { get; private set; }

    /// <summary>y.length: the number of non-missing values in the subgroup.</summary>
    public int[] Size { get; private set; }

    /// <summary>True when the data came with a denominator column.</summary>
    public bool HasDenominator { get; set; }

    /// <summary>True for categorical x: no runs analysis, and Laney charts use sd(z) rather than moving ranges.</summary>
    public bool IsCategorical { get; set; }

    /// <summary>Sets the count, growing the arrays when needed (their contents are then undefined).</summary>
    public void Resize(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count > Value.Length)
        {
            Value = new double[count];
            Sum = new double[count];
            Denominator = new double[count];
            Mean = new double[count];
            StdDev = new double[count];
            Size = new int[count];
        }

        Count = count;
    }

    /// <summary>
    /// Fills the series with one value per subgroup (no aggregation needed), optionally with denominators;
    /// pass an empty span for <paramref name="n"/> when there are none.
    /// </summary>
    public void SetSingleValues(ReadOnlySpan<double> y, ReadOnlySpan<double> n)
    {
        if (!n.IsEmpty && n.Length != y.Length)
            throw new ArgumentException("y and n must have the same length.", nameof(n));
        Resize(y.Length);
        HasDenominator = !n.IsEmpty;
        IsCategorical = false;
        for (var i = 0; i < y.Length; i++)
        {
            var yi = y[i];
            var missing = double.IsNaN(yi) || (HasDenominator && double.IsNaN(n[i]));
            var ni = HasDenominator ? (missing ? double.NaN : n[i]) : double.NaN;
            yi = missing ? double.NaN : yi;
            Sum[i] = yi;
            Size[i] = missing ? 0 : 1;
            Mean[i] = yi;
            StdDev[i] = double.NaN;
            Denominator[i] = ni;
            Value[i] = HasDenominator ? yi / ni : yi;
        }
    }

    /// <summary>
    /// Fills the series from subgroup summaries (xbar and s charts): mean, standard deviation and size of each subgroup.
    /// </summary>
    public void SetSubgroupSummaries(ReadOnlySpan<double> mean, ReadOnlySpan<double> stdDev, ReadOnlySpan<int> size)
    {
        if (stdDev.Length != mean.Length || size.Length != mean.Length)
            throw new ArgumentException("mean, stdDev and size must have the same length.", nameof(size));
        Resize(mean.Length);
        HasDenominator = false;
        IsCategorical = false;
        for (var i = 0; i < mean.Length; i++)
        {
            Value[i] = mean[i];
            Mean[i] = mean[i];
            StdDev[i] = size[i] > 1 ? stdDev[i] : double.NaN;
            Size[i] = size[i];
            Sum[i] = mean[i] * size[i];
            Denominator[i] = double.NaN;
        }
    }
}
