namespace LearningLoop.Core.Improvement;

/// <summary>Tags as people type them ("Huddles; discharge,  Huddles") and as stored ("huddles, discharge").</summary>
public static class LessonTags
{
    public const int MaxLength = 400;

    public static IReadOnlyList<string> Parse(string? text) =>
        (text ?? "").Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(t => string.Join(' ', t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();

    public static string Normalise(string? text) => string.Join(", ", Parse(text));
}
