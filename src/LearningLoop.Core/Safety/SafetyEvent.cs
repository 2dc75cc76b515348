using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Safety;

/// <summary>A reported patient-safety event (an incident, a near miss or an unsafe condition, as AHRQ's Common Formats
/// class them), followed through triage to what was learned. An anonymous report holds no user and no time finer than
/// the day; its key is random so that it says nothing about when it was made (docs/guide/safety.md).</summary>
public sealed class SafetyEvent : IOrganisationOwned
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public int OrganisationId { get; set; }
    public int UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int EventTypeId { get; set; }
    public SafetyEventType? EventType { get; set; }

    /// <summary>The day the event happened (the reporter's word).</summary>
    public DateOnly OccurredOn { get; set; }

    /// <summary>The day it was reported: never the time, for any report, so anonymous and named reports look alike.</summary>
    public DateOnly ReportedOn { get; set; }

    public required string Description { get; set; }
    public ClassOfConcern Concern { get; set; }
    public HarmLevel Harm { get; set; }

    /// <summary>For medication events: the NCC MERP category, from which concern and harm follow (<see cref="MedicationHarm"/>).</summary>
    public NccMerpCategory? MedicationCategory { get; set; }
    public ContributingFactors Factors { get; set; }
    public string ImmediateActions { get; set; } = "";

    /// <summary>The reporter's sign-in, or null for an anonymous report.</summary>
    public string? ReporterUserId { get; set; }
    public bool Anonymous => ReporterUserId is null;

    /// <summary>SHA-256 of the receipt code the reporter was given (<see cref="ReceiptCode"/>); the code itself is never kept.</summary>
    public required string ReceiptHash { get; set; }

    public TriageStatus Status { get; set; } = TriageStatus.New;
    public DateOnly? StatusChangedOn { get; set; }

    /// <summary>What the reviewers tell the reporter (shown with the receipt code).</summary>
    public string Feedback { get; set; } = "";

    /// <summary>Notes for the reviewers only.</summary>
    public string TriageNotes { get; set; } = "";
    public int? LessonId { get; set; }
    public int? InitiativeId { get; set; }

    /// <summary>Harm reached the patient: the numerator of the harm-event rate.</summary>
    public bool Harmful => Harm >= HarmLevel.Mild;
}

/// <summary>AHRQ Common Formats' classes of concern.</summary>
public enum ClassOfConcern
{
    /// <summary>An incident: the event reached the patient, whether or not harm followed.</summary>
    Incident,
    /// <summary>A near miss: it did not reach the patient.</summary>
    NearMiss,
    /// <summary>An unsafe condition: circumstances that could lead to an event.</summary>
    UnsafeCondition,
}

/// <summary>Harm to the patient, as the Common Formats' harm scale groups it.</summary>
public enum HarmLevel
{
    None,
    Mild,
    Moderate,
    Severe,
    Death,
}

/// <summary>The NCC MERP index for categorising medication errors (A–I).</summary>
public enum NccMerpCategory
{
    /// <summary>Circumstances or events that have the capacity to cause error.</summary>
    A,
    /// <summary>An error occurred but did not reach the patient.</summary>
    B,
    /// <summary>Reached the patient, caused no harm.</summary>
    C,
    /// <summary>Reached the patient, needed monitoring to confirm no harm.</summary>
    D,
    /// <summary>Temporary harm needing intervention.</summary>
    E,
    /// <summary>Temporary harm needing initial or prolonged hospitalisation.</summary>
    F,
    /// <summary>Permanent harm.</summary>
    G,
    /// <summary>Intervention required to sustain life.</summary>
    H,
    /// <summary>Contributed to or resulted in death.</summary>
    I,
}

[Flags]
public enum ContributingFactors
{
    None = 0,
    Communication = 1,
    Handoff = 2,
    Staffing = 4,
    Workload = 8,
    Training = 16,
    Equipment = 32,
    Environment = 64,
    PolicyOrProcedure = 128,
    PatientFactors = 256,
    Teamwork = 512,
    Other = 1024,
}

/// <summary>Where a report is in triage: new → under review → action planned → closed.</summary>
public enum TriageStatus
{
    New,
    UnderReview,
    ActionPlanned,
    Closed,
}
