using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Capability;

namespace LearningLoop.Web.Features.Capability;

/// <summary>The shape the action page and <c>/api/v1/capability/actions</c> share; field names key the errors.</summary>
public sealed class ActionForm
{
    [Required(ErrorMessage = "Say what will be done."), StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Keep the description under 4,000 characters.")]
    public string Description { get; set; } = "";

    [Required(ErrorMessage = "Choose the domain the action addresses.")]
    public string Domain { get; set; } = "";

    public string? Level { get; set; }
    public int? WaveId { get; set; }
    public int? OwnerId { get; set; }
    public DateOnly? StartsOn { get; set; }
    public DateOnly? DueOn { get; set; }
    public CapabilityActionStatus Status { get; set; } = CapabilityActionStatus.Planned;
    // Never null: a multiple select with nothing chosen posts no value, and the form binder then sets null.
    public int[] InitiativeIds { get => _initiativeIds; set => _initiativeIds = value ?? []; }
    public int[] MeasureIds { get => _measureIds; set => _measureIds = value ?? []; }
    private int[] _initiativeIds = [];
    private int[] _measureIds = [];

    public static ActionForm From(CapabilityAction a) => new()
    {
        Title = a.Title, Description = a.Description, Domain = a.Domain, Level = a.Level, WaveId = a.WaveId, OwnerId = a.OwnerId,
        StartsOn = a.StartsOn, DueOn = a.DueOn, Status = a.Status,
        InitiativeIds = a.Initiatives.Select(i => i.InitiativeId).ToArray(), MeasureIds = a.Measures.Select(m => m.MeasureId).ToArray(),
    };
}
