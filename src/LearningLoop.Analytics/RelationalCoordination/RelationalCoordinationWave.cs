namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Relational coordination of one measurement wave. Null statistics could not be computed (too few ties) or are
/// suppressed. <see cref="Cells"/> run over every workgroup of the file, <c>From</c> outer, <c>To</c> inner.
/// </summary>
public sealed record RelationalCoordinationWave(
    string Wave,
    int Respondents,
    int Ties,
    double? Overall,
    double? Alpha,
    double? Icc1,
    double? Icc2,
    IReadOnlyList<DimensionScore> Dimensions,
    IReadOnlyList<Cell> Cells,
    IReadOnlyList<WorkgroupProfile> Workgroups)
{
    /// <summary>The cell from workgroup <paramref name="from"/> to <paramref name="to"/>, or null when either is unknown.</summary>
    public Cell? FindCell(string from, string to)
    {
        foreach (var cell in Cells)
        {
            if (cell.From == from && cell.To == to)
            {
                return cell;
            }
        }

        return null;
    }
}
