namespace LearningLoop.Analytics.Spc;

/// <summary>
/// T chart (qicharts2 <c>qic.t</c>): times between events are transformed y^(1/3.6) (Nelson 1994), charted as an
/// I chart, and the centre and limits transformed back with ^3.6; a lower limit below zero becomes zero.
/// Plotted y are the times as given. Requires y &gt; 0 (validated on input).
/// </summary>
internal static class TChart
{
    public static void Compute(in ChartPart part, in ChartLines lines)
    {
        var transformed = part.Scratch2[..part.Length];
        for (var i = 0; i < part.Length; i++)
            transformed[i] = Math.Pow(part.Value[i], 1 / ControlConstants.TExponent);

        IndividualsChart.Compute(part.WithValue(transformed), lines);

        part.Value.CopyTo(lines.Y);
        for (var i = 0; i < part.Length; i++)
        {
            lines.Cl[i] = Math.Pow(lines.Cl[i], ControlConstants.TExponent);
            lines.Ucl[i] = Math.Pow(lines.Ucl[i], ControlConstants.TExponent);
            lines.Ucl2[i] = Math.Pow(lines.Ucl2[i], ControlConstants.TExponent);
            // A negative transformed limit has no real power (NaN in R and here): it becomes zero.
            lines.Lcl[i] = BackTransformLower(lines.Lcl[i]);
            lines.Lcl2[i] = BackTransformLower(lines.Lcl2[i]);
        }
    }

    private static double BackTransformLower(double transformed)
    {
        var value = Math.Pow(transformed, ControlConstants.TExponent);
        return value < 0 || double.IsNaN(value) ? 0 : value;
    }
}
