namespace LearningLoop.Charts;

/// <summary>
/// "Nice" axis ticks (Heckbert 1990, Graphics Gems): steps of 1, 2, 2.5 or 5 times a power of ten covering the data.
/// </summary>
internal static class AxisTicks
{
    public readonly record struct Ticks(double Min, double Max, double Step, int Decimals);

    public static Ticks Nice(double min, double max, int desired)
    {
        if (!(max > min))
        {
            var pad = Math.Abs(min) > 0 ? Math.Abs(min) * 0.1 : 1;
            min -= pad;
            max += pad;
        }

        var step = NiceStep((max - min) / Math.Max(desired - 1, 1));
        var lo = Math.Floor(min / step) * step;
        var hi = Math.Ceiling(max / step) * step;
        var decimals = Math.Max(0, (int)-Math.Floor(Math.Log10(step) + 1e-9));
        if (step * Math.Pow(10, decimals) % 1 > 1e-9)
            decimals++;
        return new Ticks(lo, hi, step, decimals);
    }

    private static double NiceStep(double rough)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var fraction = rough / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}
