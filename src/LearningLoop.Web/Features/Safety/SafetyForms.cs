using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Safety;

namespace LearningLoop.Web.Features.Safety;

/// <summary>A report as the form and the API receive it. Kept short so it can be filled in on a phone in under a minute:
/// unit, type, day, what happened and its class are required; the rest may be left as it is.</summary>
public sealed class SafetyEventForm
{
    [Required(ErrorMessage = "Say on which unit it happened.")]
    public int? UnitId { get; set; }

    [Required(ErrorMessage = "Choose the type of event.")]
    public int? EventTypeId { get; set; }

    [Required(ErrorMessage = "Give the day it happened.")]
    public DateOnly? OccurredOn { get; set; }

    [Required(ErrorMessage = "Say briefly what happened."), MaxLength(4000)]
    public string Description { get; set; } = "";

    /// <summary>Required except for medication events, whose NCC MERP category gives it.</summary>
    public ClassOfConcern? Concern { get; set; }
    public HarmLevel? Harm { get; set; }
    public NccMerpCategory? MedicationCategory { get; set; }
    public ContributingFactors[] Factors { get => _factors; set => _factors = value ?? []; }

    [MaxLength(2000)]
    public string? ImmediateActions { get; set; }

    /// <summary>Keep no trace of who reported (no user, no time finer than the day).</summary>
    public bool Anonymous { get; set; }

    private ContributingFactors[] _factors = [];
}

/// <summary>What a reviewer records about a report.</summary>
public sealed class TriageForm
{
    public TriageStatus Status { get; set; }

    [MaxLength(2000)]
    public string? Feedback { get; set; }

    [MaxLength(4000)]
    public string? TriageNotes { get; set; }
    public int? LessonId { get; set; }
    public int? InitiativeId { get; set; }
}

/// <summary>A receipt code, posted (never put in an address, where logs would keep it).</summary>
public sealed class ReceiptForm
{
    [Required(ErrorMessage = "Type the receipt code you were given.")]
    public string? Code { get; set; }
}

/// <summary>A report once saved, and the receipt code its reporter keeps (shown once, never stored).</summary>
public sealed record Reported(SafetyEvent Event, string ReceiptCode);
