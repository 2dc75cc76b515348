using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LearningLoop.Web.Infrastructure;

/// <summary>A chart as a download: its self-contained SVG, or that SVG drawn to PNG on the server (decision 0029), so
/// both look as the page does and no browser script is needed.</summary>
public static class ChartDownloads
{
    public const string SvgType = "image/svg+xml";

    public static FileContentHttpResult Svg(string svg, string? fileName = null) =>
        TypedResults.File(Encoding.UTF8.GetBytes(svg), SvgType, fileName);

    public static FileContentHttpResult Png(string svg, string? fileName = null) =>
        TypedResults.File(ChartPng.Render(svg), ChartPng.ContentType, fileName);
}
