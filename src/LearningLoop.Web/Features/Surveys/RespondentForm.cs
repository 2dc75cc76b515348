using System.Globalization;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>Reads the respondent's posted form into a <see cref="ResponseDraft"/>. A field that is not a whole number
/// where one is expected becomes an error for that field (the survey then stores nothing).</summary>
public static class RespondentForm
{
    public static (ResponseDraft Draft, Dictionary<string, string> Errors) Read(IFormCollection form, string language)
    {
        var draft = new ResponseDraft { Language = language };
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        draft.WorkgroupId = Number(form, FieldNames.Workgroup, errors);
        draft.UnitId = Number(form, FieldNames.Unit, errors);
        foreach (var (name, values) in form)
        {
            var value = values.ToString();
            if (name.StartsWith("a.", StringComparison.Ordinal) && value.Length > 0)
            {
                var parts = name.Split('.');
                int? target = parts.Length == 3 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;
                if (parts.Length is < 2 or > 3 || (parts.Length == 3 && target is null))
                {
                    errors[name] = "This question is not part of the survey.";
                }
                else if (int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var answer))
                {
                    draft.Values[(parts[1], target)] = answer;
                }
                else
                {
                    errors[name] = "Choose one of the answers.";
                }
            }
            else if (name.StartsWith("t.", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(value))
            {
                draft.Texts[name[2..]] = value;
            }
        }
        return (draft, errors);
    }

    private static int? Number(IFormCollection form, string field, Dictionary<string, string> errors)
    {
        var value = form[field].ToString();
        if (value.Length == 0)
        {
            return null;
        }
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }
        errors[field] = "Choose one of the listed answers.";
        return null;
    }
}
