using LearningLoop.Analytics.Funnel;

namespace LearningLoop.Charts.Funnel;

/// <summary>What a point's place on a funnel plot says, in words, for the tables beside the plots.</summary>
public static class FunnelText
{
    public static string Position(FunnelPosition position) => position switch
    {
        FunnelPosition.Inside => "within the limits",
        FunnelPosition.AboveWarning => "above the 95% limit",
        FunnelPosition.BelowWarning => "below the 95% limit",
        FunnelPosition.AboveControl => "above the 99.8% limit",
        _ => "below the 99.8% limit",
    };
}
