namespace LearningLoop.Core.Surveys;

/// <summary>Why a link cannot be answered. The respondent's page words each one plainly.</summary>
public enum LinkProblem
{
    None,
    /// <summary>Not a link of any wave, or of a wave whose links were erased.</summary>
    Unknown,
    /// <summary>The link has already been used to submit.</summary>
    Used,
    NotYetOpen,
    Closed,
}
