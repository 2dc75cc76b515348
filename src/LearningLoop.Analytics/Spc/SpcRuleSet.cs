namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Which rules turn a measure's data into signals and Making Data Count icons. Both are exact copies of a tool
/// analysts already trust, so a board's icon can be reproduced next door (decision 0011).
/// </summary>
public enum SpcRuleSet
{
    /// <summary>qicharts2 0.8.1: the measure's own chart type, 3-sigma limits and Anhøj's runs rules.</summary>
    Anhoj,

    /// <summary>NHSRplotthedots 0.2.2 (NHS England Making Data Count): an XmR chart of the plotted values, seven-point
    /// shifts and trends, two of three points near a limit.</summary>
    MakingDataCount,
}

public static class SpcRuleSets
{
    /// <summary>The name every icon and chart shows beside what the rule set made.</summary>
    public static string Title(this SpcRuleSet rules) => rules switch
    {
        SpcRuleSet.Anhoj => "Anhøj (qicharts2)",
        SpcRuleSet.MakingDataCount => "Making Data Count (NHS)",
        _ => throw new ArgumentOutOfRangeException(nameof(rules), rules, null),
    };

    /// <summary>The short word used on the command line and in the API: anhoj or mdc.</summary>
    public static string Code(this SpcRuleSet rules) => rules switch
    {
        SpcRuleSet.Anhoj => "anhoj",
        SpcRuleSet.MakingDataCount => "mdc",
        _ => throw new ArgumentOutOfRangeException(nameof(rules), rules, null),
    };

    public static bool TryParse(string? text, out SpcRuleSet rules)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "anhoj" or "anhøj" or "qicharts2":
                rules = SpcRuleSet.Anhoj;
                return true;
            case "mdc" or "makingdatacount" or "making-data-count" or "nhs":
                rules = SpcRuleSet.MakingDataCount;
                return true;
            default:
                rules = SpcRuleSet.Anhoj;
                return false;
        }
    }
}
