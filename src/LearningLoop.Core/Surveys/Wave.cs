using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>One round of a survey: an instrument version put to a population (units and, for relational
/// coordination, the workgroups of one focal work process) between two dates.</summary>
public sealed class Wave : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Name { get; set; }
    public int InstrumentVersionId { get; set; }
    public InstrumentVersion? InstrumentVersion { get; set; }

    /// <summary>First and last day (inclusive, UTC calendar) on which answers are accepted.</summary>
    public DateOnly Opens { get; set; }
    public DateOnly Closes { get; set; }

    /// <summary>What the relational coordination items ask about, e.g. "discharging a patient".</summary>
    public string FocalWorkProcess { get; set; } = "";
    public DistributionModes Distribution { get; set; } = DistributionModes.Links;

    /// <summary>The secret that signs this wave's links (<see cref="SurveyLink"/>). Erased when the wave is closed, after
    /// which no link of the wave can be verified, so none can ever be tied to anything again.</summary>
    public byte[]? LinkKey { get; set; }

    /// <summary>The open kiosk link's code (<c>/k/{code}</c>), when the organisation prefers a shared link.</summary>
    public string? KioskCode { get; set; }

    /// <summary>How many forms the kiosk link has handed out: a counter only (no time, nothing per form), capped by
    /// <see cref="KioskAllowance"/>.</summary>
    public int KioskFormsHandedOut { get; set; }

    /// <summary>Set when an administrator closes the wave before its closing date.</summary>
    public DateOnly? ClosedEarlyOn { get; set; }

    public List<WaveUnit> Units { get; } = [];
    public List<WaveWorkgroup> Workgroups { get; } = [];

    /// <summary>The focal work process and workgroup names in the survey's other languages (<see cref="WaveTexts"/>).</summary>
    public List<WaveTranslation> Translations { get; } = [];

    public DateOnly LastDay => ClosedEarlyOn is { } early && early < Closes ? early : Closes;

    public WaveState StateOn(DateOnly today) =>
        LinkKey is null || ClosedEarlyOn is not null || today > LastDay ? WaveState.Closed
        : today < Opens ? WaveState.NotYetOpen
        : WaveState.Open;

    /// <summary>The wave's workgroups in the order respondents see them (and heat maps show them).</summary>
    public IEnumerable<int> WorkgroupIdsInOrder => Workgroups.OrderBy(w => w.Position).Select(w => w.WorkgroupId);
}

[Flags]
public enum DistributionModes
{
    None = 0,
    /// <summary>Single-use anonymous links, e-mailed or handed out.</summary>
    Links = 1,
    /// <summary>One open link anybody on the unit may use (a tablet at the nurses' station).</summary>
    Kiosk = 2,
}

public enum WaveState
{
    NotYetOpen,
    Open,
    Closed,
}

/// <summary>A unit whose staff the wave surveys.</summary>
public sealed class WaveUnit
{
    public int UnitId { get; set; }
}

/// <summary>A workgroup of the wave: for relational coordination, one of the groups every respondent rates.</summary>
public sealed class WaveWorkgroup
{
    public int WorkgroupId { get; set; }
    public int Position { get; set; }
}
