using LearningLoop.Core.Imports;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Core.Surveys;

/// <summary>Stores an imported FHIR Questionnaire: a new instrument, or a new version of the organisation's instrument
/// with the same key (waves keep the version they were made with). All or nothing.</summary>
public sealed class InstrumentImport(LearningLoopDbContext db, TimeProvider clock, ImportLimits? limits = null)
{
    private readonly ImportLimits _limits = limits ?? ImportLimits.Default;

    public sealed record Outcome(Instrument? Instrument, InstrumentVersion? Version, IReadOnlyList<ImportError> Errors, int ErrorsNotListed = 0);

    public async Task<Outcome> ImportAsync(string json, CancellationToken ct = default)
    {
        var organisationId = db.Scope.OrganisationId;
        var parsed = FhirQuestionnaireImport.Read(json, organisationId, clock.GetUtcNow().UtcDateTime);
        if (parsed.Version is null)
        {
            // A Questionnaire of a hundred thousand bad items must not come back as a hundred thousand messages.
            return new Outcome(null, null, parsed.Errors.Take(_limits.MaxErrorsListed).ToList(), Math.Max(0, parsed.Errors.Count - _limits.MaxErrorsListed));
        }
        var instrument = await db.Instruments.Include(i => i.Versions).FirstOrDefaultAsync(i => i.Key == parsed.Key, ct);
        if (instrument is null)
        {
            instrument = new Instrument { OrganisationId = organisationId, Key = parsed.Key, Name = parsed.Name, Kind = parsed.Kind };
            db.Instruments.Add(instrument);
        }
        else if (instrument.Kind != parsed.Kind)
        {
            return new Outcome(null, null, [new ImportError(1, "kind", $"'{InputEcho.Prefix(parsed.Key)}' is already a {instrument.Kind} instrument; a new version must be of the same kind")]);
        }
        parsed.Version.Number = instrument.Versions.Count == 0 ? 1 : instrument.Versions.Max(v => v.Number) + 1;
        parsed.Version.Instrument = instrument;
        instrument.Versions.Add(parsed.Version);
        await db.SaveChangesAsync(ct);
        return new Outcome(instrument, parsed.Version, []);
    }
}
