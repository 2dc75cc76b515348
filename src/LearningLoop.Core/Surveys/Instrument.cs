using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>A questionnaire an organisation surveys with (the relational coordination survey, an imported FHIR
/// Questionnaire ...). Its wording lives in <see cref="InstrumentVersion"/>s: a wave always points at the exact version
/// its respondents saw, so editing an instrument never rewrites what was asked in the past.</summary>
public sealed class Instrument : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }

    /// <summary>Stable machine key, e.g. <c>relational-coordination</c>; the FHIR Questionnaire's <c>name</c>.</summary>
    public required string Key { get; set; }
    public required string Name { get; set; }
    public InstrumentKind Kind { get; set; } = InstrumentKind.Questionnaire;

    /// <summary>Shipped with LearningLoop (our own wording) rather than written or imported by the organisation.</summary>
    public bool BuiltIn { get; set; }

    public List<InstrumentVersion> Versions { get; } = [];

    public InstrumentVersion? Latest => Versions.Count == 0 ? null : Versions.MaxBy(v => v.Number);
}

/// <summary>How a wave of the instrument is answered and analysed.</summary>
public enum InstrumentKind
{
    /// <summary>A plain list of items, each answered once.</summary>
    Questionnaire,

    /// <summary>Relational coordination: every item is answered about every workgroup of the wave (Gittell).</summary>
    RelationalCoordination,
}
