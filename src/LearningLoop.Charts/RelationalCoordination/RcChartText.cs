using System.Globalization;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Charts.RelationalCoordination;

/// <summary>Words, numbers and colours shared by the relational coordination charts, so a band looks and reads the same
/// in the heat map, the network and the profile.</summary>
public static class RcChartText
{
    public static string Score(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) : "–";

    public static string Signed(double? value) => value is { } v ? v.ToString("+0.00;−0.00;0.00", CultureInfo.InvariantCulture) : "–";

    public static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Band(TieStrength strength) => strength switch
    {
        TieStrength.Strong => "strong",
        TieStrength.Moderate => "moderate",
        _ => "weak",
    };

    /// <summary>Fill colours chosen to stay apart for the common colour-vision deficiencies; every cell also carries its number.</summary>
    public static string Fill(TieStrength strength) => strength switch
    {
        TieStrength.Strong => "#8cc9a5",
        TieStrength.Moderate => "#f3dc8c",
        _ => "#eea58f",
    };

    public static string Stroke(TieStrength strength) => strength switch
    {
        TieStrength.Strong => "#1f7a4d",
        TieStrength.Moderate => "#a77d00",
        _ => "#b4452a",
    };

    public static string Dimension(string key) => key switch
    {
        RcItems.Frequency => "Frequent communication",
        RcItems.Timeliness => "Timely communication",
        RcItems.Accuracy => "Accurate communication",
        RcItems.ProblemSolving => "Problem-solving communication",
        RcItems.SharedGoals => "Shared goals",
        RcItems.SharedKnowledge => "Shared knowledge",
        RcItems.MutualRespect => "Mutual respect",
        _ => key,
    };

    /// <summary>A dimension's name short enough for a table heading.</summary>
    public static string ShortDimension(string key) => key switch
    {
        RcItems.Frequency => "Frequency",
        RcItems.Timeliness => "Timeliness",
        RcItems.Accuracy => "Accuracy",
        RcItems.ProblemSolving => "Problem solving",
        RcItems.SharedGoals => "Shared goals",
        RcItems.SharedKnowledge => "Shared knowledge",
        RcItems.MutualRespect => "Respect",
        _ => key,
    };

    public static string FewerThan(int minCellSize) => string.Create(CultureInfo.InvariantCulture, $"fewer than {minCellSize} responses");
}
