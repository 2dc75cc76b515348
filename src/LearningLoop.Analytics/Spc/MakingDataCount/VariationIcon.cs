namespace LearningLoop.Analytics.Spc;

/// <summary>The NHS "Making Data Count" variation icons: what the latest point says about the process.</summary>
public enum VariationIcon
{
    /// <summary>Grey: common cause variation, no significant change.</summary>
    CommonCause,
    /// <summary>Blue, H: special cause of an improving nature, high values.</summary>
    ImprovingHigh,
    /// <summary>Blue, L: special cause of an improving nature, low values.</summary>
    ImprovingLow,
    /// <summary>Orange, H: special cause of a concerning nature, high values.</summary>
    ConcerningHigh,
    /// <summary>Orange, L: special cause of a concerning nature, low values.</summary>
    ConcerningLow,
    /// <summary>Purple, H: special cause, high values, where neither direction is better.</summary>
    NeitherHigh,
    /// <summary>Purple, L: special cause, low values, where neither direction is better.</summary>
    NeitherLow,
}
