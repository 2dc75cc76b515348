namespace LearningLoop.Core.Surveys;

public static class SurveyLimits
{
    /// <summary>Longest free-text answer kept.</summary>
    public const int FreeTextLength = 2000;

    /// <summary>Most links generated in one request (a large hospital's whole staff).</summary>
    public const int MaxLinksPerRequest = 5000;

    /// <summary>The organisation's minimum cell size, never below three whatever is stored.</summary>
    public static int MinimumCellSize(Organisations.Organisation organisation) =>
        Math.Max(Analytics.RelationalCoordination.RcOptions.LowestAllowedMinCellSize, organisation.MinimumCellSize);
}
