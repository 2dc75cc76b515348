namespace LearningLoop.Core.Surveys;

/// <summary>What a respondent has entered so far: their workgroup and unit, the language they read, scale answers
/// keyed by (item, rated workgroup) and free-text answers keyed by item. Shared by the form, partial saves and submission.</summary>
public sealed class ResponseDraft
{
    public int? WorkgroupId { get; set; }
    public int? UnitId { get; set; }
    public string Language { get; set; } = SurveyLanguages.Default;
    public Dictionary<(string Item, int? Target), int> Values { get; } = [];
    public Dictionary<string, string> Texts { get; } = new(StringComparer.Ordinal);

    public int? ValueOf(string item, int? target) => Values.TryGetValue((item, target), out var v) ? v : null;

    public static ResponseDraft From(Response response)
    {
        var draft = new ResponseDraft { WorkgroupId = response.WorkgroupId, UnitId = response.UnitId, Language = response.Language };
        foreach (var answer in response.Answers)
        {
            if (answer.Value is { } value) draft.Values[(answer.ItemKey, answer.TargetWorkgroupId)] = value;
            if (answer.Text is { Length: > 0 } text) draft.Texts[answer.ItemKey] = text;
        }
        return draft;
    }
}
