using System.Text.RegularExpressions;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>Checks the editors of initiatives and lessons share: the form's data annotations (the API receives bodies
/// without the page's validator), and finding a person from an id or from what someone typed.</summary>
public static partial class FormChecks
{
    public static Dictionary<string, string[]>? Annotations(object form) => FormValidation.ErrorsOrNull(form);

    public static string Clean(string? text) => (text ?? "").Trim();

    /// <summary>A person by id, or by what was typed: an e-mail, an exact name, or "Name &lt;e-mail&gt;" as the pickers
    /// offer it. Returns the id (null when nothing was given) or a message for the field.</summary>
    public static async Task<(int? Id, string? Error)> PersonAsync(LearningLoopDbContext db, int? id, string? typed, CancellationToken ct)
    {
        if (id is { } given)
        {
            return await db.People.AnyAsync(p => p.Id == given, ct) ? (given, null) : (null, $"There is no person {given} in this organisation.");
        }
        var text = Clean(typed);
        if (text.Length == 0)
        {
            return (null, null);
        }
        if (Numbered().Match(text) is { Success: true } n && int.TryParse(n.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return await PersonAsync(db, number, null, ct);
        }
        var email = (Bracketed().Match(text) is { Success: true } m ? m.Groups[1].Value : text).ToLowerInvariant();
        // lower() in SQL on both databases: e-mails and names match whatever their case.
#pragma warning disable CA1304, CA1311, CA1862
        var byEmail = await db.People.Where(p => p.Email.ToLower() == email).Select(p => (int?)p.Id).FirstOrDefaultAsync(ct);
        if (byEmail is not null)
        {
            return (byEmail, null);
        }
        var name = text.ToLowerInvariant();
        var named = await db.People.Where(p => p.Name.ToLower() == name).OrderBy(p => p.Id).Select(p => new { p.Id }).Take(5).ToListAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
        return named.Count switch
        {
            1 => (named[0].Id, null),
            0 => (null, $"No one called '{text}' here: type a name or e-mail from People."),
            _ => (null, $"Several people are called '{text}': choose the one you mean from the list."),
        };
    }

    /// <summary>How pickers write a person, so that what a datalist fills in resolves to exactly one.</summary>
    public static string PickerText(string name, string email) => $"{name} <{email}>";

    public static string PickerText(string name, int id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{name} (#{id})");

    [GeneratedRegex("\\(#(\\d{1,9})\\)\\s*$")]
    private static partial Regex Numbered();

    [GeneratedRegex("<([^<>]+)>\\s*$")]
    private static partial Regex Bracketed();
}
