namespace LearningLoop.Core.Imports;

/// <summary>One reason a file was refused: the file's line (header = line 1), the column, and why.</summary>
public sealed record ImportError(int Line, string Column, string Reason)
{
    public override string ToString() => $"line {Line}, column '{Column}': {Reason}";
}

/// <summary>What an all-or-nothing import did. When <see cref="Errors"/> is not empty nothing was stored.
/// <see cref="ErrorsNotListed"/> counts the problems beyond the first <see cref="ImportLimits.MaxErrorsListed"/>.</summary>
public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors, int ErrorsNotListed = 0)
{
    public bool Succeeded => Errors.Count == 0;
    public static ImportResult Refused(IReadOnlyList<ImportError> errors) => new(0, 0, errors);

    /// <summary>The first <paramref name="max"/> errors and a count of the rest: a file of a million bad rows must not
    /// come back as a million messages.</summary>
    public ImportResult Capped(int max) => Errors.Count <= max
        ? this
        : this with { Errors = Errors.Take(Math.Max(1, max)).ToList(), ErrorsNotListed = ErrorsNotListed + Errors.Count - Math.Max(1, max) };

    /// <summary>"3 problems", or "the first 100 of 2345 problems" when the list is capped.</summary>
    public string ProblemCount => ErrorsNotListed == 0
        ? $"{Errors.Count} {(Errors.Count == 1 ? "problem" : "problems")}"
        : $"the first {Errors.Count} of {Errors.Count + ErrorsNotListed} problems";
}
