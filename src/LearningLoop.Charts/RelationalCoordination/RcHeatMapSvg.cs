using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Charts.RelationalCoordination;

/// <summary>Workgroup × workgroup relational coordination: rows are the respondents' groups, columns the groups they
/// rated, the diagonal (a group rating itself) outlined. A cell the engine suppressed is hatched and never shows a number.</summary>
public static class RcHeatMapSvg
{
    /// <param name="names">The workgroups' names, in the wave's order; <paramref name="keys"/> their keys (for data attributes).</param>
    public static string Render(IReadOnlyList<string> names, IReadOnlyList<string> keys, Func<int, int, Cell> cellOf, RcBands bands, int minCellSize,
        string title, string idPrefix = "rc-heat", bool compact = false)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(cellOf);
        ArgumentNullException.ThrowIfNull(bands);
        var layout = compact
            ? new HeatMapLayout(52, 32, 118, 92, 80) { SlantedColumnLabels = true, ColumnAxis = "Group rated →", RowAxis = "Respondents' group ↓" }
            : new HeatMapLayout(68, 40, 168, 112, 100) { SlantedColumnLabels = true, ColumnAxis = "Group rated →", RowAxis = "Respondents' group ↓" };
        var longest = compact ? 14 : 22;
        string Short(string name) => name.Length <= longest ? name : name[..(longest - 1)] + "…";
        var columns = names.Select(n => new HeatColumn(Short(n), n)).ToList();
        var rows = names.Select((from, r) => new HeatRow(Short(from), from, 0, names.Select((to, c) => (HeatCell?)CellAt(r, c)).ToList())).ToList();
        var legend = new List<HeatLegendItem>
        {
            new(RcChartText.Fill(TieStrength.Weak), $"weak (below {RcChartText.Number(bands.ModerateFrom)})"),
            new(RcChartText.Fill(TieStrength.Moderate), "moderate"),
            new(RcChartText.Fill(TieStrength.Strong), $"strong ({RcChartText.Number(bands.StrongFrom)} and above)"),
            new(null, "suppressed: " + RcChartText.FewerThan(minCellSize)),
        };
        var frame = new SvgFrame(0, 0, "rc-svg rc-heat", idPrefix, title) { FontSize = 12 };
        return HeatMapSvg.Render(frame, layout, columns, rows, legend, $"n < {minCellSize}", "rc-cell");

        HeatCell CellAt(int r, int c)
        {
            var cell = cellOf(r, c);
            IReadOnlyList<(string, string)> data = [("data-from", keys[r]), ("data-to", keys[c])];
            var pair = $"{names[r]} rating {names[c]}";
            // Only the engine's own flag decides; a score is drawn only where it was not suppressed.
            if (cell.Suppressed || cell.Score is null)
            {
                return new HeatCell("", null, $"{pair}: suppressed, {RcChartText.FewerThan(minCellSize)}", true, data);
            }
            var band = bands.Classify(cell.Score.Value);
            var agreement = cell.Rwg is { } rwg ? $", agreement rwg {RcChartText.Score(rwg)}" : "";
            return new HeatCell(RcChartText.Fill(band), RcChartText.Score(cell.Score),
                $"{pair}: {RcChartText.Score(cell.Score)} ({RcChartText.Band(band)}), {cell.N} responses{agreement}", false, data) { Outlined = r == c };
        }
    }
}
