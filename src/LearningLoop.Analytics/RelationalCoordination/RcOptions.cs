namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>Settings of a relational coordination analysis.</summary>
public sealed record RcOptions
{
    public const int DefaultMinCellSize = 5;

    /// <summary>Below three, a cell's mean could reveal what one or two colleagues answered.</summary>
    public const int LowestAllowedMinCellSize = 3;

    /// <summary>Default cap on listed validation errors; the rest are counted, so a wrong file cannot exhaust memory.</summary>
    public const int DefaultMaxListedErrors = 100_000;

    private readonly int _minCellSize = DefaultMinCellSize;
    private readonly int _maxListedErrors = DefaultMaxListedErrors;

    public static RcOptions Default { get; } = new();

    /// <summary>Cells and workgroup profiles with fewer counted ties / respondents than this are suppressed.</summary>
    public int MinCellSize
    {
        get => _minCellSize;
        init => _minCellSize = ValidateMinCellSize(value);
    }

    public int MaxListedErrors
    {
        get => _maxListedErrors;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            _maxListedErrors = value;
        }
    }

    /// <summary>Returns <paramref name="value"/> or throws with a message an analyst can act on.</summary>
    public static int ValidateMinCellSize(int value) => value >= LowestAllowedMinCellSize
        ? value
        : throw new ArgumentOutOfRangeException(
            nameof(value),
            value,
            $"The minimum cell size must be at least {LowestAllowedMinCellSize}: smaller cells could identify individual respondents.");
}
