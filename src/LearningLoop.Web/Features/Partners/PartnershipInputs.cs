using System.ComponentModel.DataAnnotations;
using LearningLoop.Analytics.Partnership;

namespace LearningLoop.Web.Features.Partners;

/// <summary>The page form of a meeting; the API's <see cref="MeetingForm"/> is what is saved, so both validate alike.</summary>
public sealed class MeetingInput
{
    public DateOnly HeldOn { get; set; }

    [Required(ErrorMessage = "Name the meeting."), StringLength(300, ErrorMessage = "Keep the title under 300 characters.")]
    public string Title { get; set; } = "";

    [StringLength(200, ErrorMessage = "Keep the place under 200 characters.")]
    public string? Place { get; set; }

    public int[] AttendeeIds { get; set; } = [];

    public MeetingForm ToForm() => new(HeldOn, Title, Place, AttendeeIds);
}

/// <summary>The page form of a decision.</summary>
public sealed class DecisionInput
{
    public DateOnly MadeOn { get; set; }

    [Required(ErrorMessage = "Say what was decided."), StringLength(1000, ErrorMessage = "Keep the decision under 1,000 characters.")]
    public string Text { get; set; } = "";

    public int[] CoMakerIds { get; set; } = [];

    public DecisionForm ToForm() => new(MadeOn, Text, CoMakerIds);
}

/// <summary>The page form of a request for partners: lists typed as comma-separated words.</summary>
public sealed class PartnerRequestInput
{
    [StringLength(500)]
    public string? Experience { get; set; }

    [StringLength(500)]
    public string? Skills { get; set; }

    [StringLength(80)]
    public string? Language { get; set; }

    public Availability[] Availability { get; set; } = [];

    [Range(1, 10, ErrorMessage = "Ask for 1 to 10 partners.")]
    public int Wanted { get; set; } = 1;

    [StringLength(2000)]
    public string? Note { get; set; }

    public PartnerRequestForm ToForm() => new(Words(Experience), Words(Skills), string.IsNullOrWhiteSpace(Language) ? null : Language.Trim(),
        Availability, Wanted, Note);

    private static List<string> Words(string? text) =>
        (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}

/// <summary>The page form of a stakeholder group's assessment; <see cref="OtherGroup"/> names a group of the
/// organisation's own when <see cref="Group"/> is empty.</summary>
public sealed class AlignmentInput
{
    public string Group { get; set; } = "";

    [StringLength(120, ErrorMessage = "Keep the group's name under 120 characters.")]
    public string? OtherGroup { get; set; }

    public DateOnly AssessedOn { get; set; }
    public int Priority { get; set; } = 3;
    public int Incentives { get; set; } = 3;
    public int Barriers { get; set; } = 3;
    public int Benefit { get; set; } = 3;
    public int Effort { get; set; } = 3;

    [StringLength(1000)]
    public string? IncentivesNote { get; set; }

    [StringLength(1000)]
    public string? BarriersNote { get; set; }

    [StringLength(1000)]
    public string? BenefitNote { get; set; }

    public AlignmentForm ToForm() => new(string.IsNullOrWhiteSpace(Group) ? OtherGroup : Group, AssessedOn, Priority, Incentives, Barriers, Benefit,
        Effort, IncentivesNote, BarriersNote, BenefitNote);
}

/// <summary>The page's field names for the API's error keys (the editors name fields as the JSON bodies do).</summary>
public static class InputErrors
{
    public static IReadOnlyDictionary<string, string[]> ForPage(IReadOnlyDictionary<string, string[]> errors) =>
        errors.ToDictionary(e => e.Key.Length == 0 ? e.Key : char.ToUpperInvariant(e.Key[0]) + e.Key[1..], e => e.Value);
}
