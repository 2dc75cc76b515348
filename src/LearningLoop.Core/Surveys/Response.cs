using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>One respondent's answers to one wave. It holds no person, no token and no time: only the workgroup and
/// unit the respondent reported (or the kiosk assigned). While a draft, it is found by a hash of its link
/// (<see cref="DraftKey"/>); on submission that key is erased, so afterwards nothing leads to it.</summary>
public sealed class Response : IOrganisationOwned
{
    /// <summary>Random, so that the key says nothing about when the response was made.</summary>
    public Guid Id { get; set; } = Guid.NewGuid();
    public int OrganisationId { get; set; }
    public int WaveId { get; set; }
    public int? WorkgroupId { get; set; }
    public int? UnitId { get; set; }
    public string Language { get; set; } = SurveyLanguages.Default;
    public ResponseStatus Status { get; set; } = ResponseStatus.Draft;

    /// <summary><see cref="SurveyLink.DraftKey"/> of the link while the response is a draft; null once submitted.</summary>
    public string? DraftKey { get; set; }
    public List<Answer> Answers { get; } = [];
}

public enum ResponseStatus
{
    /// <summary>Saved part-way; never analysed, counted or exported.</summary>
    Draft,
    Submitted,
}
