using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Web.Features.Surveys;

// What the survey API returns. Aggregates only: no response id, no token, no person, no time; every count and score
// over fewer respondents than the minimum cell size is null (suppressed), never a number.

public sealed record InstrumentDto(int Id, string Key, string Name, InstrumentKind Kind, bool BuiltIn, int LatestVersion, IReadOnlyList<string> Languages, IReadOnlyList<ItemDto> Items);

public sealed record ItemDto(string Key, ItemKind Kind, int ScaleMin, int ScaleMax, bool ReverseCoded, string Text);

public sealed record WaveDto(int Id, string Name, int InstrumentId, string Instrument, DateOnly Opens, DateOnly Closes, WaveState State,
    string FocalWorkProcess, DistributionModes Distribution, IReadOnlyList<int> UnitIds, IReadOnlyList<int> WorkgroupIds, string? KioskPath,
    IReadOnlyList<WaveTranslation> Translations);

/// <summary>A wave's translations and what is still missing (respondents of that language read the default text instead).</summary>
public sealed record WaveTranslationsDto(int WaveId, IReadOnlyList<WaveTranslation> Translations, IReadOnlyList<MissingWaveText> Missing);

public sealed record LinksDto(int WaveId, IReadOnlyList<string> Links);

/// <param name="Responses">Null when suppressed: below the minimum cell size, or hidden so that it cannot give a small group
/// away by subtraction (<see cref="Disclosure.Partitions"/>).</param>
/// <param name="Suppressed">True when <paramref name="Responses"/> is withheld.</param>
/// <param name="FewerThanMinimum">Withheld because the group has fewer responses than the minimum cell size ("fewer than N");
/// false on a withheld count means it is a complement, hidden only so that a small group cannot be worked out.</param>
public sealed record RateDto(string Name, int Eligible, int? Responses, double? Rate, bool Suppressed, bool FewerThanMinimum);

/// <summary>Response counts by unit and by workgroup (two partitions of the same responses) and in total. There is no
/// unit-by-workgroup table on purpose.</summary>
public sealed record ResponseRatesDto(int MinCellSize, RateDto Total, IReadOnlyList<RateDto> Units, IReadOnlyList<RateDto> Workgroups);

public sealed record CellDto(string From, string To, bool Suppressed, int? N, double? Score, TieStrength? Band, double? Rwg);

public sealed record WorkgroupResultDto(string Key, string Name, int? Respondents, double? Within, double? Between);

public sealed record UnitScoreDto(string Name, int? Respondents, double? Overall, IReadOnlyList<DimensionScore> Dimensions);

public sealed record RcResultsDto(int WaveId, string Wave, string FocalWorkProcess, int MinCellSize, double ModerateFrom, double StrongFrom,
    int? Respondents, double? Overall, double? Alpha, double? Icc1, double? Icc2, IReadOnlyList<DimensionScore> Dimensions,
    IReadOnlyList<WorkgroupResultDto> Workgroups, IReadOnlyList<CellDto> Cells, IReadOnlyList<CellDto> WeakestTies,
    IReadOnlyList<UnitScoreDto> Units, UnitScoreDto? Organisation, IReadOnlyList<GroupComments> Comments);

public sealed record SeriesWaveDto(int WaveId, string Wave, DateOnly Opens, int? Respondents, double? Overall, IReadOnlyList<CellDto> Cells);

public sealed record ChangeDto(int FromWaveId, int ToWaveId, string From, string To, double? Difference, double? CiLow, double? CiHigh, double? P);

public sealed record RcChangeDto(int MinCellSize, IReadOnlyList<SeriesWaveDto> Waves, IReadOnlyList<ChangeDto> Changes);

public static class SurveyDtoMapping
{
    public static CellDto Cell(Cell c, RcBands bands) => c.Suppressed || c.Score is null
        ? new CellDto(c.From, c.To, true, null, null, null, null)
        : new CellDto(c.From, c.To, false, c.N, c.Score, bands.Classify(c.Score.Value), c.Rwg);

    public static RcResultsDto Results(RcWaveReport r)
    {
        var a = r.Analysis;
        var hidden = r.WaveSuppressed || a is null;
        var cells = r.Workgroups.SelectMany(from => r.Workgroups.Select(to => Cell(r.CellOf(from, to), r.Bands))).ToList();
        var workgroups = r.Workgroups.Select(w =>
        {
            var profile = a?.Workgroups.FirstOrDefault(p => p.Workgroup == w.Key);
            var count = r.RespondentsByWorkgroup.First(g => g.Key == w.Key).Count;
            var shown = profile is { Suppressed: false } && count is not null;
            return new WorkgroupResultDto(w.Key, w.Name, count, shown ? profile!.Within : null, shown ? profile!.Between : null);
        }).ToList();
        return new RcResultsDto(r.Wave.Id, r.Wave.Name, r.Wave.FocalWorkProcess, r.MinCellSize, r.Bands.ModerateFrom, r.Bands.StrongFrom,
            hidden ? null : r.Respondents, hidden ? null : a!.Overall, hidden ? null : a!.Alpha, hidden ? null : a!.Icc1, hidden ? null : a!.Icc2,
            hidden ? [] : a!.Dimensions, workgroups, cells, r.WeakestTies.Select(c => Cell(c, r.Bands)).ToList(),
            r.Units.Select(Unit).ToList(), r.Organisation is null ? null : Unit(r.Organisation), r.Comments);
    }

    public static RcChangeDto Change(RcChangeReport r) => new(r.MinCellSize,
        r.Waves.Select(w =>
        {
            var hidden = w.Suppressed(r.MinCellSize) || w.Analysis is null;
            var cells = r.Workgroups.SelectMany(from => r.Workgroups.Select(to =>
                Cell(w.Analysis?.FindCell(from.Key, to.Key) ?? new Cell(from.Key, to.Key, 0, true, null, null), r.Bands))).ToList();
            return new SeriesWaveDto(w.Wave.Id, w.Wave.Name, w.Wave.Opens, hidden ? null : w.Respondents, hidden ? null : w.Analysis!.Overall, cells);
        }).ToList(),
        r.Changes.Select(c => new ChangeDto(c.From.Id, c.To.Id, c.From.Name, c.To.Name, c.Difference, c.CiLow, c.CiHigh, c.P)).ToList());

    private static UnitScoreDto Unit(UnitScore u) => new(u.Name, u.Respondents, u.Overall, u.Dimensions);

    public static RateDto Rate(ResponseRates.Rate r) => new(r.Name, r.Eligible, r.Responses, r.Share, r.Suppressed, r.Suppressed && r.FewerThanMinimum);

    public static ResponseRatesDto Rates(ResponseRates.Report r) =>
        new(r.MinCellSize, Rate(r.Total), r.Units.Select(Rate).ToList(), r.Workgroups.Select(Rate).ToList());
}
