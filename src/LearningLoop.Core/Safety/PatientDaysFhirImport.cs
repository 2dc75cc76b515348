using LearningLoop.Analytics.Census;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Safety;

/// <summary>What a FHIR census import did: the days stored (or the errors that refused the file), and the lines skipped
/// and locations left unmapped, which the person importing should see.</summary>
public sealed record FhirCensusImport(ImportResult Stored, IReadOnlyList<SkippedLine> Skipped, IReadOnlyList<UnmappedLocation> UnmappedLocations,
    long CountedEncounters, long PatientDays);

/// <summary>Patient days from FHIR R4 bulk NDJSON Encounters, through the same midnight census as
/// <c>learningloop census</c> (<see cref="MidnightCensus"/>): the file is streamed, and its days stored in one
/// transaction. A location map naming a unit the organisation does not have refuses the whole file.</summary>
public sealed class PatientDaysFhirImport(LearningLoopDbContext db, PatientDays store)
{
    public async Task<FhirCensusImport> ImportAsync(Stream ndjson, TextReader locationsCsv, CensusOptions options, CancellationToken ct = default)
    {
        var (map, mapErrors) = CensusLocationsCsv.Read(locationsCsv);
        if (map is null) return Refused(mapErrors);
        var units = await db.Units.Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Name, u => u.Id, StringComparer.Ordinal, ct);
        var unknown = map.Units.Where(u => !units.ContainsKey(u)).ToList();
        if (unknown.Count > 0)
            return Refused(unknown.Select(u => new ImportError(0, "unit", $"the location map names unit '{u}', which this organisation does not have")).ToList());
        var census = MidnightCensus.Compute(ndjson, map, options);
        var entries = census.Days.Select(d => new PatientDays.Entry(units[d.Unit], d.Date, d.PatientDays)).ToList();
        var stored = await store.StoreAsync(entries, PatientDaySource.Fhir, ct: ct);
        return new FhirCensusImport(stored, census.Skipped, census.UnmappedLocations, census.CountedEncounters, entries.Sum(e => (long)e.Days));
    }

    private static FhirCensusImport Refused(IReadOnlyList<ImportError> errors) => new(ImportResult.Refused(errors), [], [], 0, 0);
}
