namespace LearningLoop.Core.Surveys;

/// <summary>A piece of a wave's set-up in another language: its focal work process (<see cref="WorkgroupId"/> null) or
/// the name of one of its workgroups, as the respondents of that language read it. The instrument's own wording is
/// translated in the instrument; these are the organiser's words, so the organiser translates them per wave.</summary>
public sealed class WaveTranslation
{
    public required string Language { get; set; }
    public int? WorkgroupId { get; set; }
    public required string Text { get; set; }
}
