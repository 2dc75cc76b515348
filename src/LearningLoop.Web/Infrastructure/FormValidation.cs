using System.ComponentModel.DataAnnotations;

namespace LearningLoop.Web.Infrastructure;

/// <summary>The checks every editor runs on a form before anything else, whether it came from a page or an API body
/// (the API receives bodies without the page's validator): the form's data annotations, and the
/// <see cref="StorableValues"/> rules. Errors are keyed by field name.</summary>
public static class FormValidation
{
    public static Dictionary<string, string[]> Errors(object form)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(form, new ValidationContext(form), results, validateAllProperties: true);
        var errors = results.SelectMany(r => r.MemberNames.Select(m => (Member: m, r.ErrorMessage)))
            .GroupBy(x => x.Member).ToDictionary(g => g.Key, g => g.Select(x => x.ErrorMessage ?? "Invalid.").ToArray());
        foreach (var (field, messages) in StorableValues.Problems(form))
        {
            // A non-finite number also fails a [Range]; one message, the clearer one, is enough.
            errors[field] = messages;
        }
        return errors;
    }

    /// <summary>As <see cref="Errors"/>, null when the form passes.</summary>
    public static Dictionary<string, string[]>? ErrorsOrNull(object form) => Errors(form) is { Count: > 0 } errors ? errors : null;
}
