namespace LearningLoop.Analytics.Spc;

/// <summary>
/// The data or options cannot be charted. The message names the row and the value so that an analyst can fix
/// the file; <see cref="Row"/> is the 1-based line of the CSV file (the header is line 1), when one row is at fault.
/// </summary>
public sealed class SpcInputException : Exception
{
    public SpcInputException()
    {
    }

    public SpcInputException(string message)
        : base(message)
    {
    }

    public SpcInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public SpcInputException(string message, int? row, string? field, string? value)
        : base(message)
    {
        Row = row;
        Field = field;
        Value = value;
    }

    /// <summary>1-based line of the input (header = 1), or null when the whole input or an option is at fault.</summary>
    public int? Row { get; }

    /// <summary>The field at fault (x, y, n, or an option name such as freeze).</summary>
    public string? Field { get; }

    /// <summary>The offending value as given.</summary>
    public string? Value { get; }
}
