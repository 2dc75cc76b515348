namespace LearningLoop.Web.Infrastructure;

/// <summary>The result of saving a form, shared by a feature's page and its API endpoint so both validate alike:
/// errors are keyed by the form's field name (for the message beside the field, and for <c>ValidationProblem</c>).</summary>
public sealed record EditOutcome<T>(T? Entity, IReadOnlyDictionary<string, string[]> Errors, bool NotFound = false)
    where T : class
{
    public bool Succeeded => Entity is not null && Errors.Count == 0 && !NotFound;

    public static EditOutcome<T> Saved(T entity) => new(entity, new Dictionary<string, string[]>());
    public static EditOutcome<T> Missing() => new(null, new Dictionary<string, string[]>(), NotFound: true);
    public static EditOutcome<T> Invalid(string field, string message) => new(null, new Dictionary<string, string[]> { [field] = [message] });
    public static EditOutcome<T> Invalid(IDictionary<string, string[]> errors) => new(null, new Dictionary<string, string[]>(errors));
}
