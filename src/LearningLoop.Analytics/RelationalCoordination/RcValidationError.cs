using System.Globalization;

namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>A refused input line: where it is, which field, the offending value and why.</summary>
public sealed record RcValidationError(long Line, string Field, string Value, string Message)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Field} \"{Value}\": {Message}");
}
