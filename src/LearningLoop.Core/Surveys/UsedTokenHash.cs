namespace LearningLoop.Core.Surveys;

/// <summary>A link that has been used to submit (<see cref="SurveyLink.UsedHash"/>), kept so that it cannot be used
/// again. Deliberately bare: no surrogate key (whose order would follow submissions), no time, no response id.</summary>
public sealed class UsedTokenHash
{
    public required string Hash { get; set; }
    public int WaveId { get; set; }
}
