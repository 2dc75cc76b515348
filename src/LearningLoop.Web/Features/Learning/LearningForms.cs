using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Improvement;

namespace LearningLoop.Web.Features.Learning;

public sealed class LessonForm
{
    public int? InitiativeId { get; set; }
    public int? UnitId { get; set; }

    [Required(ErrorMessage = "Give the lesson a title that says what was learned."), StringLength(200, ErrorMessage = "Keep the title under 200 characters.")]
    public string Title { get; set; } = "";

    [Required(ErrorMessage = "Write the lesson: what happened, what you learned, what you would do again."), StringLength(20000, ErrorMessage = "Keep the lesson under 20,000 characters.")]
    public string Body { get; set; } = "";

    [StringLength(LessonTags.MaxLength, ErrorMessage = "Keep the tags under 400 characters.")]
    public string? Tags { get; set; }

    [StringLength(2000, ErrorMessage = "Keep the links under 2,000 characters.")]
    public string? Links { get; set; }

    [StringLength(200)]
    public string? Author { get; set; }

    [Required(ErrorMessage = "Enter the day the lesson was recorded.")]
    public DateOnly? RecordedOn { get; set; }

    public static LessonForm From(Lesson l) => new()
    {
        InitiativeId = l.InitiativeId, UnitId = l.UnitId, Title = l.Title, Body = l.Body, Tags = l.Tags, Links = l.Links, Author = l.Author, RecordedOn = l.RecordedOn,
    };
}

public sealed class InterviewNoteForm
{
    public int? InitiativeId { get; set; }
    public int? UnitId { get; set; }

    [Required(ErrorMessage = "Enter the day of the interview.")]
    public DateOnly? InterviewedOn { get; set; }

    [Required(ErrorMessage = "Give the interviewee's role (never their name)."), StringLength(200)]
    public string IntervieweeRole { get; set; } = "";

    [StringLength(200)] public string? Interviewer { get; set; }
    [StringLength(4000)] public string? Summary { get; set; }
    [StringLength(4000)] public string? Quotes { get; set; }

    // The form mapper sets an array to null when no box is ticked; null means none.
    public InterviewThemes[] Themes { get => _themes; set => _themes = value ?? []; }
    public CfirDomains[] Domains { get => _domains; set => _domains = value ?? []; }
    private InterviewThemes[] _themes = [];
    private CfirDomains[] _domains = [];

    public static InterviewNoteForm From(InterviewNote n) => new()
    {
        InitiativeId = n.InitiativeId, UnitId = n.UnitId, InterviewedOn = n.InterviewedOn, IntervieweeRole = n.IntervieweeRole, Interviewer = n.Interviewer,
        Summary = n.Summary, Quotes = n.Quotes,
        Themes = Enum.GetValues<InterviewThemes>().Where(t => t != InterviewThemes.None && n.Themes.HasFlag(t)).ToArray(),
        Domains = Enum.GetValues<CfirDomains>().Where(d => d != CfirDomains.None && n.Domains.HasFlag(d)).ToArray(),
    };
}
