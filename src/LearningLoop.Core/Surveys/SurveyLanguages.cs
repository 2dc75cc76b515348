namespace LearningLoop.Core.Surveys;

/// <summary>The languages respondents can answer in. Every built-in instrument is written in all of them.</summary>
public static class SurveyLanguages
{
    public const string Default = "en";
    public static readonly IReadOnlyList<string> All = ["en", "fr", "es"];

    public static string NativeName(string language) => language switch
    {
        "fr" => "Français",
        "es" => "Español",
        _ => "English",
    };

    public static bool IsSupported(string? language) => language is not null && All.Contains(language);

    /// <summary>The first supported language of an <c>Accept-Language</c> header (quality order), or English.</summary>
    public static string FromAcceptLanguage(string? header)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return Default;
        }
        var ranked = header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((part, index) =>
            {
                var pieces = part.Split(';', StringSplitOptions.TrimEntries);
                var quality = 1.0;
                foreach (var p in pieces.Skip(1))
                {
                    if (p.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                        && double.TryParse(p[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q))
                    {
                        quality = q;
                    }
                }
                var tag = pieces[0].Split('-')[0].ToLowerInvariant();
                return (tag, quality, index);
            })
            .OrderByDescending(x => x.quality).ThenBy(x => x.index);
        return ranked.Select(x => x.tag).FirstOrDefault(IsSupported) ?? Default;
    }
}
