using LearningLoop.Core.Safety;

namespace LearningLoop.Web.Features.Safety;

/// <summary>A report as reviewers see it. <see cref="Reporter"/> is null for an anonymous report.</summary>
public sealed record SafetyEventDto(
    Guid Id, int UnitId, string Unit, int EventTypeId, string EventType, DateOnly OccurredOn, DateOnly ReportedOn, string Description,
    ClassOfConcern Concern, HarmLevel Harm, NccMerpCategory? MedicationCategory, IReadOnlyList<ContributingFactors> Factors,
    string ImmediateActions, bool Anonymous, string? Reporter, TriageStatus Status, DateOnly? StatusChangedOn, string Feedback,
    string TriageNotes, int? LessonId, int? InitiativeId);

/// <summary>What a reporter sees with the receipt code: where the report went and what was learned, nothing about reviewers.</summary>
public sealed record ReceiptDto(
    DateOnly ReportedOn, DateOnly OccurredOn, string Unit, string EventType, ClassOfConcern Concern, TriageStatus Status,
    DateOnly? StatusChangedOn, string Feedback, LinkDto? Lesson, LinkDto? Initiative);

public sealed record LinkDto(int Id, string Title, string Href);

/// <summary>The answer to a report: the receipt code, shown once.</summary>
public sealed record ReportedDto(Guid Id, string ReceiptCode, DateOnly ReportedOn, bool Anonymous);

public sealed record EventTypeDto(int Id, string Key, string Name, bool Medication, bool Active);

public sealed record PatientDayDto(int UnitId, DateOnly Date, int PatientDays);

/// <summary>One month of rates per 10,000 patient days.</summary>
public sealed record MonthlyRateDto(DateOnly Month, long PatientDays, int Events, int NearMisses, int HarmEvents,
    double EventRate, double NearMissRate, double HarmRate);
