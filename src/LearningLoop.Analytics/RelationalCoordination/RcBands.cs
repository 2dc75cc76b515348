namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Bands of relational coordination scores: weak &lt; <see cref="ModerateFrom"/> &lt;= moderate &lt; <see cref="StrongFrom"/>
/// &lt;= strong. The defaults (3.5 and 4.0) are the conventional reading of the 1-5 RC scale; organisations may set their own.
/// </summary>
public sealed record RcBands
{
    private readonly double _moderateFrom = 3.5;
    private readonly double _strongFrom = 4.0;

    public RcBands()
    {
    }

    public RcBands(double moderateFrom, double strongFrom)
    {
        if (!(moderateFrom <= strongFrom))
        {
            throw new ArgumentOutOfRangeException(
                nameof(moderateFrom), moderateFrom, "The moderate band must start at or below the strong band.");
        }

        _moderateFrom = moderateFrom;
        _strongFrom = strongFrom;
    }

    public static RcBands Default { get; } = new();

    public double ModerateFrom => _moderateFrom;

    public double StrongFrom => _strongFrom;

    public TieStrength Classify(double score) =>
        score >= _strongFrom ? TieStrength.Strong : score >= _moderateFrom ? TieStrength.Moderate : TieStrength.Weak;
}
