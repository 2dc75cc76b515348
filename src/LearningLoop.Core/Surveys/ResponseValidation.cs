using System.Globalization;

namespace LearningLoop.Core.Surveys;

/// <summary>The rules an answer must meet, keyed by the form field they belong to (see <see cref="FieldNames"/>).</summary>
public static class ResponseValidation
{
    public static Dictionary<string, string> Check(SurveyForm form, ResponseDraft entered, bool submit)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var workgroups = form.Workgroups.Select(w => w.Id).ToHashSet();
        if (entered.WorkgroupId is { } own && !workgroups.Contains(own))
        {
            errors[FieldNames.Workgroup] = "Choose one of the listed groups.";
        }
        else if (submit && form.IsRelationalCoordination && entered.WorkgroupId is null)
        {
            errors[FieldNames.Workgroup] = "Say which group you belong to.";
        }
        if (entered.UnitId is { } unit && form.Units.All(u => u.Id != unit))
        {
            errors[FieldNames.Unit] = "Choose one of the listed units.";
        }
        else if (submit && form.Units.Count > 1 && entered.UnitId is null)
        {
            errors[FieldNames.Unit] = "Say which unit you work on.";
        }

        var targets = form.Targets.ToHashSet();
        foreach (var ((itemKey, target), value) in entered.Values)
        {
            var item = form.Version.FindItem(itemKey);
            var field = FieldNames.Answer(itemKey, target);
            if (item is null || item.Kind != ItemKind.Scale || !targets.Contains(target))
            {
                errors[field] = "This question is not part of the survey.";
            }
            else if (!item.InRange(value))
            {
                errors[field] = string.Create(CultureInfo.InvariantCulture, $"Answers go from {item.ScaleMin} to {item.ScaleMax}; {value} is not one of them.");
            }
        }
        foreach (var (itemKey, text) in entered.Texts)
        {
            var item = form.Version.FindItem(itemKey);
            if (item is null || item.Kind != ItemKind.FreeText)
            {
                errors[FieldNames.Text(itemKey)] = "This question is not part of the survey.";
            }
            else if (text.Length > SurveyLimits.FreeTextLength)
            {
                errors[FieldNames.Text(itemKey)] = string.Create(CultureInfo.InvariantCulture, $"Keep this under {SurveyLimits.FreeTextLength} characters.");
            }
        }
        if (submit)
        {
            foreach (var item in form.ScaleItems.Where(i => i.Required))
            {
                foreach (var target in form.Targets.Where(t => entered.ValueOf(item.Key, t) is null))
                {
                    errors.TryAdd(FieldNames.Answer(item.Key, target), "Please answer this question.");
                }
            }
            if (entered.Values.Count == 0 && errors.Count == 0)
            {
                errors[FieldNames.Form] = "Answer at least one question before you submit.";
            }
        }
        return errors;
    }
}

/// <summary>The names of the respondent form's fields; validation errors are keyed by them.</summary>
public static class FieldNames
{
    public const string Workgroup = "workgroup";
    public const string Unit = "unit";
    public const string Form = "form";

    public static string Answer(string item, int? target) =>
        target is { } t ? string.Create(CultureInfo.InvariantCulture, $"a.{item}.{t}") : $"a.{item}";

    public static string Text(string item) => $"t.{item}";
}
