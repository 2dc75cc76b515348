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

    /// <summary>The extension of the download a route gives: the endpoints that serve both map one route each.</summary>
    public static string Extension(bool png) => png ? "png" : "svg";

    /// <summary>The chart as <c>{stem}.png</c> drawn on the server, or as <c>{stem}.svg</c>.</summary>
    public static FileContentHttpResult File(string svg, string stem, bool png) =>
        png ? Png(svg, stem + ".png") : Svg(svg, stem + ".svg");
}
