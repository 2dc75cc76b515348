namespace LearningLoop.Analytics.Spc;

/// <summary>The chart types of qicharts2 0.8.1, with the names its <c>chart</c> argument uses.</summary>
public enum SpcChartType
{
    /// <summary>Run chart: median centre line, Anhøj runs analysis, no control limits.</summary>
    Run,
    /// <summary>Individuals (I, X) chart.</summary>
    I,
    /// <summary>Moving range chart.</summary>
    MR,
    /// <summary>Chart of subgroup averages.</summary>
    Xbar,
    /// <summary>Chart of subgroup standard deviations.</summary>
    S,
    /// <summary>Time between rare events (Nelson's transformed I chart).</summary>
    T,
    /// <summary>Proportions (binomial).</summary>
    P,
    /// <summary>Laney's p' chart for proportions with large denominators.</summary>
    PP,
    /// <summary>Counts (Poisson) per equal area of opportunity.</summary>
    C,
    /// <summary>Rates (Poisson) with varying area of opportunity.</summary>
    U,
    /// <summary>Laney's u' chart for rates with large denominators.</summary>
    UP,
    /// <summary>Cases (opportunities) between rare events (geometric).</summary>
    G,
    /// <summary>Taylor's I' chart: individuals of proportions or rates with their denominators.</summary>
    IP,
}

/// <summary>Parses and names chart types the way qicharts2 and the CLI spell them.</summary>
public static class SpcChartTypes
{
    private static readonly Dictionary<string, SpcChartType> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["run"] = SpcChartType.Run,
        ["i"] = SpcChartType.I,
        ["mr"] = SpcChartType.MR,
        ["xbar"] = SpcChartType.Xbar,
        ["s"] = SpcChartType.S,
        ["t"] = SpcChartType.T,
        ["p"] = SpcChartType.P,
        ["pp"] = SpcChartType.PP,
        ["c"] = SpcChartType.C,
        ["u"] = SpcChartType.U,
        ["up"] = SpcChartType.UP,
        ["g"] = SpcChartType.G,
        ["ip"] = SpcChartType.IP,
    };

    /// <summary>All names accepted by <see cref="TryParse"/>, in qicharts2's order.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out SpcChartType chart) =>
        ByName.TryGetValue(name?.Trim() ?? string.Empty, out chart);

    /// <summary>The qicharts2 name of a chart type ("run", "i", "pp" ...).</summary>
    public static string Name(this SpcChartType chart) => chart switch
    {
        SpcChartType.Run => "run",
        SpcChartType.I => "i",
        SpcChartType.MR => "mr",
        SpcChartType.Xbar => "xbar",
        SpcChartType.S => "s",
        SpcChartType.T => "t",
        SpcChartType.P => "p",
        SpcChartType.PP => "pp",
        SpcChartType.C => "c",
        SpcChartType.U => "u",
        SpcChartType.UP => "up",
        SpcChartType.G => "g",
        SpcChartType.IP => "ip",
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart type."),
    };

    /// <summary>A title for people: "P chart", "Run chart", "Laney p' chart".</summary>
    public static string Title(this SpcChartType chart) => chart switch
    {
        SpcChartType.Run => "Run chart",
        SpcChartType.I => "I chart",
        SpcChartType.MR => "MR chart",
        SpcChartType.Xbar => "Xbar chart",
        SpcChartType.S => "S chart",
        SpcChartType.T => "T chart",
        SpcChartType.P => "P chart",
        SpcChartType.PP => "P' chart (Laney)",
        SpcChartType.C => "C chart",
        SpcChartType.U => "U chart",
        SpcChartType.UP => "U' chart (Laney)",
        SpcChartType.G => "G chart",
        SpcChartType.IP => "I' chart (Taylor)",
        _ => throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart type."),
    };

    /// <summary>Charts whose data are counts of events, so y may not be negative.</summary>
    public static bool CountsEvents(this SpcChartType chart) =>
        chart is SpcChartType.C or SpcChartType.U or SpcChartType.UP or SpcChartType.P
            or SpcChartType.PP or SpcChartType.G or SpcChartType.IP;

    /// <summary>Charts of proportions: a numerator may not exceed its denominator.</summary>
    public static bool IsProportion(this SpcChartType chart) => chart is SpcChartType.P or SpcChartType.PP;

    /// <summary>Charts that need a denominator column n.</summary>
    public static bool NeedsDenominator(this SpcChartType chart) =>
        chart is SpcChartType.P or SpcChartType.PP or SpcChartType.U or SpcChartType.UP;

    /// <summary>
    /// Charts of single values: each x must appear once. The moving range, t and g charts difference or
    /// model individual events, so averaging several rows of one x would silently change what is charted.
    /// (The i and run charts average rows of one x, as the contract and qicharts2 do.)
    /// </summary>
    public static bool NeedsSingleValues(this SpcChartType chart) =>
        chart is SpcChartType.MR or SpcChartType.T or SpcChartType.G;

    /// <summary>Charts that draw control limits (all but the run chart).</summary>
    public static bool HasLimits(this SpcChartType chart) => chart != SpcChartType.Run;
}
