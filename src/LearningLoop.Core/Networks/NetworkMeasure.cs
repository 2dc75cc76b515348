using LearningLoop.Analytics.Funnel;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Networks;

/// <summary>A measure the network's members agree to compare (e.g. falls per 1,000 bed days): one definition for all,
/// which each member reports through a measure of its own (<see cref="MeasureShare"/>) when it opts in.</summary>
public sealed class NetworkMeasure
{
    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public required string Name { get; set; }

    /// <summary>The agreed operational definition, so members map the same thing.</summary>
    public string Definition { get; set; } = "";

    /// <summary>Proportion (events out of cases, binomial limits) or rate (events per exposure, Poisson limits).</summary>
    public FunnelMeasure Kind { get; set; } = FunnelMeasure.Rate;

    /// <summary>Scales the value: 100 for percent, 1,000 per 1,000 bed days.</summary>
    public double Multiplier { get; set; } = 1;

    /// <summary>How the value reads on the funnel's axis, e.g. "per 1,000 bed days" or "%".</summary>
    public string ValueLabel { get; set; } = "";
}
