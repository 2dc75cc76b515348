using LearningLoop.Core.Organisations;

namespace LearningLoop.Web.Features.Organisation;

/// <summary>Name (or e-mail, for those who may see e-mails) contains the text, case-insensitively on both providers (SQLite's LIKE is ASCII-only
/// case-insensitive, PostgreSQL's is case-sensitive, so both sides are lower-cased).</summary>
public static class PeopleSearch
{
    public static IQueryable<Person> Apply(IQueryable<Person> people, string? text, bool byEmail = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return people;
        }
        var term = text.Trim().ToLowerInvariant();
        // EF translates ToLower() to SQL lower(); a culture or StringComparison argument would not translate.
#pragma warning disable CA1304, CA1311, CA1862
        return people.Where(p => p.Name.ToLower().Contains(term) || byEmail && p.Email.ToLower().Contains(term));
#pragma warning restore CA1304, CA1311, CA1862
    }
}
