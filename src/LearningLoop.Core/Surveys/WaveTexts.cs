using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>A wave's own words (focal work process, workgroup names) in a respondent's language: the organiser's
/// translation when there is one, the default text otherwise; and which translations are still missing.</summary>
public static class WaveTexts
{
    /// <summary>The languages the organiser translates into: every survey language but the default.</summary>
    public static IEnumerable<string> OtherLanguages => SurveyLanguages.All.Where(l => l != SurveyLanguages.Default);

    public static string FocalWorkProcess(Wave wave, string language) =>
        Translated(wave, language, null) ?? wave.FocalWorkProcess;

    public static string WorkgroupName(Wave wave, Workgroup workgroup, string language) =>
        Translated(wave, language, workgroup.Id) ?? workgroup.Name;

    /// <summary>The text stored for <paramref name="language"/> and <paramref name="workgroupId"/> (null: the focal
    /// work process), or null when it is missing or the language is the default.</summary>
    public static string? Translated(Wave wave, string language, int? workgroupId) =>
        language == SurveyLanguages.Default ? null
        : wave.Translations.FirstOrDefault(t => t.Language == language && t.WorkgroupId == workgroupId && t.Text.Length > 0)?.Text;

    /// <summary>What the organiser has yet to translate, per other language: "focal work process" and the names of the
    /// wave's untranslated workgroups. Nothing is missing for a wave with no focal process and no workgroups.</summary>
    public static IReadOnlyList<MissingWaveText> Missing(Wave wave, IReadOnlyList<Workgroup> workgroups)
    {
        var missing = new List<MissingWaveText>();
        foreach (var language in OtherLanguages)
        {
            if (wave.FocalWorkProcess.Length > 0 && Translated(wave, language, null) is null)
            {
                missing.Add(new MissingWaveText(language, null, wave.FocalWorkProcess));
            }
            missing.AddRange(workgroups.Where(w => Translated(wave, language, w.Id) is null).Select(w => new MissingWaveText(language, w.Id, w.Name)));
        }
        return missing;
    }
}

/// <summary>A wave text without a translation into <paramref name="Language"/>; <paramref name="Default"/> is what
/// respondents of that language read instead.</summary>
public sealed record MissingWaveText(string Language, int? WorkgroupId, string Default);
