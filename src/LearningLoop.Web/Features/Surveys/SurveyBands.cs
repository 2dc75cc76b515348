using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>The bands a report uses: the configured thresholds (<c>Surveys:RcModerateFrom/RcStrongFrom</c>), or a
/// reader's own for one view (<c>?moderate=3.6&amp;strong=4.2</c>); nonsense falls back to the configured ones.</summary>
public static class SurveyBands
{
    public static RcBands From(SurveyOptions options, double? moderate = null, double? strong = null)
    {
        var m = moderate ?? options.RcModerateFrom;
        var s = strong ?? options.RcStrongFrom;
        return m is >= 1 and <= 5 && s is >= 1 and <= 5 && m <= s ? new RcBands(m, s)
            : options.RcModerateFrom <= options.RcStrongFrom ? new RcBands(options.RcModerateFrom, options.RcStrongFrom) : RcBands.Default;
    }
}
