namespace LearningLoop.Analytics.Psychometrics;

/// <summary>
/// Count, mean and sum of squared deviations of a stream of values, updated one value at a time.
/// </summary>
/// <remarks>
/// Welford's update (Welford 1962, Technometrics 4:419) keeps the sum of squared deviations from the running mean,
/// so the variance never comes from the difference of two large, nearly equal sums; two partial results
/// are combined with the pairwise formula of Chan, Golub &amp; LeVeque (1979).
/// </remarks>
public struct RunningMoments
{
    private long _count;
    private double _mean;
    private double _sumOfSquaredDeviations;

    public readonly long Count => _count;

    /// <summary>Arithmetic mean; NaN when there are no values.</summary>
    public readonly double Mean => _count == 0 ? double.NaN : _mean;

    /// <summary>Sum of squared deviations from the mean, the numerator of the sample variance.</summary>
    public readonly double SumOfSquaredDeviations => _sumOfSquaredDeviations;

    /// <summary>Sample variance with the n - 1 denominator; NaN for fewer than two values.</summary>
    public readonly double Variance => _count < 2 ? double.NaN : _sumOfSquaredDeviations / (_count - 1);

    public void Add(double value)
    {
        _count++;
        var delta = value - _mean;
        _mean += delta / _count;
        _sumOfSquaredDeviations += delta * (value - _mean);
    }

    /// <summary>Adds every value of <paramref name="other"/> as if each had been added here.</summary>
    public void Merge(in RunningMoments other)
    {
        if (other._count == 0)
        {
            return;
        }

        if (_count == 0)
        {
            this = other;
            return;
        }

        long n = _count + other._count;
        var delta = other._mean - _mean;
        _mean += delta * other._count / n;
        _sumOfSquaredDeviations += other._sumOfSquaredDeviations + (delta * delta * _count * other._count / n);
        _count = n;
    }

    public static RunningMoments Of(ReadOnlySpan<double> values)
    {
        var moments = new RunningMoments();
        foreach (var value in values)
        {
            moments.Add(value);
        }

        return moments;
    }
}
