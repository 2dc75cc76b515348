namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Compensated summation (Neumaier 1974, ZAMM 54:39): carries the rounding error of each addition, so a mean over a
/// million respondents is as accurate as R's long-double mean.
/// </summary>
internal struct NeumaierSum
{
    private double _sum;
    private double _compensation;

    public readonly double Value => _sum + _compensation;

    public void Add(double value)
    {
        var t = _sum + value;
        _compensation += Math.Abs(_sum) >= Math.Abs(value) ? (_sum - t) + value : (value - t) + _sum;
        _sum = t;
    }
}
