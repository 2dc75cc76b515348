using System.Globalization;

namespace LearningLoop.Analytics.Spc;

/// <summary>One sentence on what a chart shows, for a subtitle or an accessible description.</summary>
public static class SpcChartSummary
{
    public static string Describe(SpcChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (chart.Description is { } description)
            return description;
        var outside = chart.Points.Count(p => p.SigmaSignal);
        var runParts = chart.Parts.Where(p => p.RunsSignal).Select(p => p.Part).ToList();
        var points = chart.Points.Count == 1 ? "1 point" : $"{chart.Points.Count} points";
        var parts = chart.Parts.Count > 1 ? $" in {chart.Parts.Count} parts" : string.Empty;
        var findings = new List<string>();
        if (outside > 0)
            findings.Add(outside == 1 ? "1 point outside the control limits" : $"{outside} points outside the control limits");
        if (runParts.Count > 0)
        {
            findings.Add(chart.Parts.Count == 1
                ? "non-random runs (a shift or trend)"
                : $"non-random runs in part {string.Join(", ", runParts)}");
        }

        var verdict = findings.Count == 0
            ? chart.XKind == SpcXKind.Categorical && !chart.Chart.HasLimits() ? "no runs analysis for categories" : "only common cause (random) variation"
            : "special cause: " + string.Join("; ", findings);
        return string.Create(CultureInfo.InvariantCulture, $"{points}{parts}; {verdict}.");
    }
}
