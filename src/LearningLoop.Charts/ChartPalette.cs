namespace LearningLoop.Charts;

/// <summary>The colours and type every chart shares, taken from the app's stylesheet (wwwroot/app.css) so a chart looks
/// the same on the page, in a downloaded SVG and in the server's PNG: charts carry their colours themselves and never
/// read the page's CSS variables.</summary>
public static class ChartPalette
{
    /// <summary>The app's <c>--font</c>; the server's PNG falls back to the installed sans-serif (DejaVu Sans).</summary>
    public const string Font = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    public const string Ink = "#1d2733";
    public const string Muted = "#5b6775";
    public const string Line = "#d9dee5";
    public const string Grid = "#e9edf1";
    public const string Brand = "#0b6e69";
    public const string BrandInk = "#064e4a";
    public const string Danger = "#b42318";

    /// <summary>Whatever is hidden to protect respondents (suppressed cells and ties): grey, dashed.</summary>
    public const string Suppressed = "#9aa4b0";
    public const string SuppressedDash = "4 4";
}
