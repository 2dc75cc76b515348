namespace LearningLoop.Core.Imports;

/// <summary>One reason a file was refused: the file's line (header = line 1), the column, and why.</summary>
public sealed record ImportError(int Line, string Column, string Reason)
{
    public override string ToString() => $"line {Line}, column '{Column}': {Reason}";
}

/// <summary>What an all-or-nothing import did. When <see cref="Errors"/> is not empty nothing was stored.</summary>
public sealed record ImportResult(int Created, int Updated, IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
    public static ImportResult Refused(IReadOnlyList<ImportError> errors) => new(0, 0, errors);
}
