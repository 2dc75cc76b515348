using System.Globalization;
using LearningLoop.Analytics.Capability;

namespace LearningLoop.Charts.Capability;

/// <summary>Capability by domain (rows, grouped by kind) and level (columns). Mean mode: how far each is in place, on a
/// warm-to-cool scale; spread mode: how far respondents disagree (r_wg agreement, darker purple = more disagreement, the
/// figure is the standard deviation). Suppressed cells are hatched with no figure; levels a domain is not rated at are blank.</summary>
public static class CapabilityHeatMapSvg
{
    public static string Render(CapabilityProfile profile, string title, string idPrefix = "capability-heat", bool spread = false, bool compact = false)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var layout = compact ? new HeatMapLayout(62, 24, 190, 30, 10) : new HeatMapLayout(110, 32, 240, 30, 10);
        var gap = compact ? 6 : 10;
        var columns = CapabilityFramework.Levels.Select(l => new HeatColumn(compact ? ShortLevel(l.Key) : l.Name, l.Description)).ToList();
        var rows = CapabilityFramework.Domains.Select((domain, r) => new HeatRow(domain.Name, domain.Description,
            r > 0 && CapabilityFramework.Domains[r - 1].Kind != domain.Kind ? gap : 0,
            CapabilityFramework.Levels.Select(level => profile.Cell(domain.Key, level.Key) is { } cell ? CellOf(domain, level, cell, profile.MinCellSize, spread) : null).ToList()))
            .ToList();
        var frame = new SvgFrame(0, 0, "rc-svg capability-heat", idPrefix, title) { FontSize = 12 };
        return HeatMapSvg.Render(frame, layout, columns, rows, Legend(spread, profile.MinCellSize), $"n < {profile.MinCellSize}", "capability-cell");
    }

    /// <summary>A sequential palette from weak (warm) to strong (cool) on the 1..5 scale, readable with dark text.</summary>
    public static string Fill(double mean) => mean switch
    {
        < 2.0 => "#f4a582",
        < 2.5 => "#fbd0b4",
        < 3.0 => "#fbe9d6",
        < 3.5 => "#e8eef2",
        < 4.0 => "#c6dbef",
        _ => "#92c5de",
    };

    /// <summary>Spread: the more respondents disagree (lower r_wg), the darker the purple.</summary>
    public static string SpreadFill(double? agreement) => agreement switch
    {
        null => "#eef0f2",
        < 0.3 => "#8c6bb1",
        < 0.5 => "#b3a2d3",
        < 0.7 => "#dcd3ec",
        _ => "#f3f0f9",
    };

    public static string Score(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    private static HeatCell? CellOf(CapabilityDomain domain, CapabilityLevel level, CapabilityCell cell, int minCellSize, bool spread)
    {
        IReadOnlyList<(string, string)> data = [("data-domain", domain.Key), ("data-level", level.Key)];
        var where = $"{domain.Name}, {level.Name.ToLowerInvariant()}";
        if (cell.Suppressed) return new HeatCell("", null, $"{where}: suppressed, fewer than {minCellSize} responses", true, data);
        var agreement = cell.Agreement is { } a ? a.ToString("0.00", CultureInfo.InvariantCulture) : "–";
        return new HeatCell(spread ? SpreadFill(cell.Agreement) : Fill(cell.Mean!.Value), spread ? "±" + Score(cell.StandardDeviation) : Score(cell.Mean),
            $"{where}: mean {Score(cell.Mean)}, spread ±{Score(cell.StandardDeviation)}, agreement {agreement}, importance {Score(cell.Importance)}, {cell.N} responses",
            false, data) { LightText = spread && cell.Agreement is < 0.3 };
    }

    private static List<HeatLegendItem> Legend(bool spread, int minCellSize)
    {
        var legend = spread
            ? new List<HeatLegendItem>
            {
                new(SpreadFill(0.9), "agreement"), new(SpreadFill(0.6), "some disagreement"), new(SpreadFill(0.4), "disagreement (rwg below 0.5)"),
                new(SpreadFill(0.1), "strong disagreement; figures are standard deviations"),
            }
            : [new(Fill(1.5), "below 2"), new(Fill(2.7), "2.5–3"), new(Fill(3.2), "3–3.5"), new(Fill(4.2), "4 and above (1 not at all in place, 5 fully)")];
        legend.Add(new HeatLegendItem(null, $"suppressed: fewer than {minCellSize} responses"));
        return legend;
    }

    private static string ShortLevel(string key) => key switch
    {
        CapabilityFramework.Individual => "Indiv.", CapabilityFramework.MiddleManagement => "Middle", CapabilityFramework.Organisation => "Org.", _ => "Team",
    };
}
