using System.Globalization;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>A refused input line: where it is, which field, the offending value and why.</summary>
public sealed record RcValidationError(long Line, string Field, string Value, string Message)
{
    /// <summary>The offending value as shown: a prefix at most, so that a huge field never comes back whole.</summary>
    public string Value { get; init; } = InputEcho.Prefix(Value, 200);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"line {Line}: {Field} \"{Value}\": {Message}");
}
