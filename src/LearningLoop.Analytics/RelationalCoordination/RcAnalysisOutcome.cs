namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>Either an analysis or the validation errors that prevented it (nothing is analysed from a file with errors).</summary>
public sealed class RcAnalysisOutcome
{
    private RcAnalysisOutcome(RelationalCoordinationAnalysis? analysis, IReadOnlyList<RcValidationError> errors, long unlisted)
    {
        Analysis = analysis;
        Errors = errors;
        UnlistedErrorCount = unlisted;
    }

    public RelationalCoordinationAnalysis? Analysis { get; }

    /// <summary>Errors in line order, at most <see cref="RcOptions.MaxListedErrors"/>.</summary>
    public IReadOnlyList<RcValidationError> Errors { get; }

    /// <summary>Errors found beyond <see cref="RcOptions.MaxListedErrors"/>, counted but not kept.</summary>
    public long UnlistedErrorCount { get; }

    public bool Succeeded => Analysis is not null;

    internal static RcAnalysisOutcome Success(RelationalCoordinationAnalysis analysis) => new(analysis, [], 0);

    internal static RcAnalysisOutcome Failure(IReadOnlyList<RcValidationError> errors, long unlisted) => new(null, errors, unlisted);
}
