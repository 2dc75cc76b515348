using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Improvement;

namespace LearningLoop.Web.Features.Initiatives;

// The shapes a page's form and an API body share. Field names are the keys of validation errors. People are chosen by
// id (scripts) or by name or e-mail (people typing): the editor resolves either.

public sealed class InitiativeForm
{
    [Required(ErrorMessage = "Give the initiative a title."), StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = "";

    [StringLength(4000, ErrorMessage = "Keep the problem under 4,000 characters.")]
    public string? Problem { get; set; }

    [StringLength(1000, ErrorMessage = "Keep the aim under 1,000 characters.")]
    public string? AimStatement { get; set; }

    public int? AimMeasureId { get; set; }
    public double? AimBaseline { get; set; }
    public double? AimTarget { get; set; }
    public DateOnly? AimDate { get; set; }

    public InitiativePhase Phase { get; set; } = InitiativePhase.Idea;

    [Required(ErrorMessage = "Enter the day the initiative started.")]
    public DateOnly? StartedOn { get; set; }

    // The form mapper sets an array to null when no box is ticked; null means none.
    public int[] UnitIds { get => _unitIds; set => _unitIds = value ?? []; }
    public int[] MeasureIds { get => _measureIds; set => _measureIds = value ?? []; }
    private int[] _unitIds = [];
    private int[] _measureIds = [];

    public int? LeadId { get; set; }
    [StringLength(320)]
    public string? Lead { get; set; }
    public int? SponsorId { get; set; }
    [StringLength(320)]
    public string? Sponsor { get; set; }

    public static InitiativeForm From(Initiative i) => new()
    {
        Title = i.Title, Problem = i.Problem, AimStatement = i.AimStatement, AimMeasureId = i.AimMeasureId, AimBaseline = i.AimBaseline,
        AimTarget = i.AimTarget, AimDate = i.AimDate, Phase = i.Phase, StartedOn = i.StartedOn,
        UnitIds = i.Units.Select(u => u.UnitId).ToArray(), MeasureIds = i.Measures.Select(m => m.MeasureId).ToArray(),
        LeadId = i.LeadId, Lead = i.Lead?.Name, SponsorId = i.SponsorId, Sponsor = i.Sponsor?.Name,
    };
}

public sealed class TeamMemberForm
{
    public int? PersonId { get; set; }

    [StringLength(320)]
    public string? Person { get; set; }

    public TeamRole Role { get; set; } = TeamRole.Clinician;
    public DateOnly? JoinedOn { get; set; }
}

public sealed class DriverForm
{
    [Required(ErrorMessage = "Say what drives the aim."), StringLength(300, ErrorMessage = "Keep a driver under 300 characters.")]
    public string Text { get; set; } = "";

    /// <summary>The primary driver this secondary driver belongs to; empty for a primary driver.</summary>
    public int? ParentId { get; set; }
}

public sealed class ChangeIdeaForm
{
    [Required(ErrorMessage = "Describe the change to test."), StringLength(300, ErrorMessage = "Keep a change idea under 300 characters.")]
    public string Text { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "Choose the driver the change acts on.")]
    public int DriverId { get; set; }
}

public sealed class PdsaCycleForm
{
    [Range(1, int.MaxValue, ErrorMessage = "Choose the change idea this cycle tests.")]
    public int ChangeIdeaId { get; set; }

    [Required(ErrorMessage = "Name what this cycle tests."), StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write the question this cycle answers."), StringLength(1000)]
    public string Question { get; set; } = "";

    [Required(ErrorMessage = "Write your prediction before the test: it is what the cycle learns from."), StringLength(1000)]
    public string Prediction { get; set; } = "";

    [StringLength(200)] public string? Scale { get; set; }
    [StringLength(500)] public string? Who { get; set; }
    [StringLength(1000)] public string? What { get; set; }
    [StringLength(200)] public string? Where { get; set; }

    [Required(ErrorMessage = "Enter the day the test starts.")]
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    [StringLength(1000)] public string? DataToCollect { get; set; }
    [StringLength(2000)] public string? WhatHappened { get; set; }
    [StringLength(2000)] public string? Observations { get; set; }
    [StringLength(2000)] public string? Result { get; set; }

    /// <summary>The measure whose chart the cycle is studied on; the cycle appears on that chart.</summary>
    public int? MeasureId { get; set; }

    public PdsaDecision? Decision { get; set; }
    [StringLength(1000)] public string? NextSteps { get; set; }

    /// <summary>On adopting: start a new phase (new centre line and limits) on the studied measure's chart from the cycle's end.</summary>
    public bool StartPhase { get; set; }

    public static PdsaCycleForm From(PdsaCycle c) => new()
    {
        ChangeIdeaId = c.ChangeIdeaId, Title = c.Title, Question = c.Question, Prediction = c.Prediction, Scale = c.Scale, Who = c.Who, What = c.What,
        Where = c.Where, StartsOn = c.StartsOn, EndsOn = c.EndsOn, DataToCollect = c.DataToCollect, WhatHappened = c.WhatHappened,
        Observations = c.Observations, Result = c.Result, MeasureId = c.MeasureId, Decision = c.Decision, NextSteps = c.NextSteps,
        StartPhase = c.MeasurePhaseId is not null,
    };

    /// <summary>The next cycle of the ramp, planned from what this one decided.</summary>
    public static PdsaCycleForm Next(PdsaCycle c) => new()
    {
        ChangeIdeaId = c.ChangeIdeaId, Title = c.NextSteps.Length is > 0 and <= 200 ? c.NextSteps : "", Question = "", Prediction = "",
        Who = c.Who, Where = c.Where, DataToCollect = c.DataToCollect, MeasureId = c.MeasureId,
    };
}

public sealed class InterventionForm
{
    public int? InitiativeId { get; set; }
    public int? UnitId { get; set; }
    public InterventionKind Kind { get; set; } = InterventionKind.Coaching;

    [Required(ErrorMessage = "Name the intervention."), StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = "";

    [StringLength(4000)] public string? Description { get; set; }

    [Required(ErrorMessage = "Enter the day it started.")]
    public DateOnly? StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }

    [StringLength(1000)] public string? Participants { get; set; }

    [Range(0, 100_000, ErrorMessage = "Enter how many people took part, or leave it empty.")]
    public int? ParticipantCount { get; set; }

    public static InterventionForm From(Intervention i) => new()
    {
        InitiativeId = i.InitiativeId, UnitId = i.UnitId, Kind = i.Kind, Title = i.Title, Description = i.Description, StartsOn = i.StartsOn,
        EndsOn = i.EndsOn, Participants = i.Participants, ParticipantCount = i.ParticipantCount,
    };
}

public sealed class AdoptionForm
{
    [Range(1, int.MaxValue, ErrorMessage = "Choose the unit that adopted the practice.")]
    public int UnitId { get; set; }

    /// <summary>The unit it learned the practice from; empty for the initiative's own unit.</summary>
    public int? FromUnitId { get; set; }

    [Required(ErrorMessage = "Enter the day the unit adopted the practice.")]
    public DateOnly? AdoptedOn { get; set; }

    [StringLength(2000)] public string? Adaptation { get; set; }
    [StringLength(2000)] public string? Result { get; set; }
}
