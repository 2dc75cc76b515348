using LearningLoop.Core.Surveys;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>What a wave's translations must be, for the new-wave API and the translations page and API alike: a survey
/// language other than the default, the focal work process or one of the wave's workgroups, at most 200 characters.
/// Errors are keyed <c>Translations[i].Field</c>; empty texts are dropped and a repeated text replaces the earlier one.</summary>
public static class WaveTranslationRules
{
    public const int MaxLength = 200;

    /// <param name="forms">May be null: the new-wave page's form binds no translations (they have their own page).</param>
    public static List<WaveTranslation> Check(IReadOnlyList<WaveTranslationForm>? forms, IReadOnlyList<int> workgroupIds, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        forms ??= [];
        var kept = new Dictionary<(string, int?), WaveTranslation>();
        for (var i = 0; i < forms.Count; i++)
        {
            var form = forms[i];
            var key = $"{nameof(WaveForm.Translations)}[{i}]";
            var text = (form.Text ?? "").Trim();
            if (!WaveTexts.OtherLanguages.Contains(form.Language))
            {
                errors.TryAdd($"{key}.{nameof(WaveTranslationForm.Language)}", [$"Translate into {string.Join(" or ", WaveTexts.OtherLanguages)}."]);
            }
            else if (form.WorkgroupId is { } w && !workgroupIds.Contains(w))
            {
                errors.TryAdd($"{key}.{nameof(WaveTranslationForm.WorkgroupId)}", ["That workgroup is not one of the wave's."]);
            }
            else if (text.Length > MaxLength)
            {
                errors.TryAdd($"{key}.{nameof(WaveTranslationForm.Text)}", [$"Keep a translation under {MaxLength} characters."]);
            }
            else if (text.Length > 0)
            {
                kept[(form.Language, form.WorkgroupId)] = new WaveTranslation { Language = form.Language, WorkgroupId = form.WorkgroupId, Text = text };
            }
        }
        return kept.Values.ToList();
    }
}
