namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// One answer of the long-format input: respondent (of <paramref name="Workgroup"/>) rated <paramref name="Target"/> on
/// <paramref name="Item"/> in <paramref name="Wave"/>; <paramref name="Value"/> is null when not answered.
/// <paramref name="Line"/> is where the answer came from (CSV line, import row) and is what validation errors name.
/// </summary>
public readonly record struct RcAnswer(
    string Wave,
    string Respondent,
    string Workgroup,
    string Target,
    string Item,
    int? Value,
    long Line);
