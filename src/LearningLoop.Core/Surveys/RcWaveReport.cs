using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>Relational coordination of one wave, ready to show: every figure already suppressed where fewer than
/// <see cref="MinCellSize"/> respondents stand behind it. Workgroups are in the wave's order. <see cref="WaveSuppressed"/>:
/// the whole-wave figures (respondents, overall, dimensions, alpha) are hidden, see <see cref="Disclosure"/>.</summary>
public sealed record RcWaveReport(
    Wave Wave,
    IReadOnlyList<Workgroup> Workgroups,
    int MinCellSize,
    RcBands Bands,
    int Respondents,
    IReadOnlyList<GroupCount> RespondentsByWorkgroup,
    RelationalCoordinationWave? Analysis,
    IReadOnlyList<Cell> WeakestTies,
    IReadOnlyList<GroupComments> Comments,
    IReadOnlyList<UnitScore> Units,
    UnitScore? Organisation,
    bool WaveSuppressed)
{
    public string KeyOf(int workgroupId) => Workgroups.First(w => w.Id == workgroupId).Key;

    public string NameOf(string key) => Workgroups.FirstOrDefault(w => w.Key == key)?.Name ?? key;

    /// <summary>The cell from one workgroup to another, or a suppressed empty one when nobody from <paramref name="from"/> answered.</summary>
    public Cell CellOf(Workgroup from, Workgroup to) =>
        Analysis?.FindCell(from.Key, to.Key) ?? new Cell(from.Key, to.Key, 0, true, null, null);
}

/// <summary>How many respondents a group has; null (shown as "fewer than N") when below the minimum cell size.</summary>
public sealed record GroupCount(string Key, string Name, int? Count);

/// <summary>Free-text answers of one workgroup, shown only when the workgroup has enough respondents; sorted
/// alphabetically so that their order says nothing about when or by whom they were written.</summary>
public sealed record GroupComments(string Workgroup, IReadOnlyList<string> Texts);

/// <summary>Overall relational coordination of a unit's (or the organisation's) respondents; null when suppressed.</summary>
public sealed record UnitScore(string Name, int? Respondents, double? Overall, IReadOnlyList<DimensionScore> Dimensions);
