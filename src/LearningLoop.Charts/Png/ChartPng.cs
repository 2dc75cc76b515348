using SkiaSharp;
using Svg.Skia;

namespace LearningLoop.Charts.Png;

/// <summary>Rasterises a chart's self-contained SVG to PNG on the server (decision 0029): Svg.Skia reads the SVG into a
/// Skia picture, drawn on white at <paramref name="scale"/> times its size so text stays sharp on high-density screens
/// and in slides. Text uses the system's fonts through fontconfig (the README names the package).</summary>
public static class ChartPng
{
    public const string ContentType = "image/png";

    public static byte[] Render(string svg, float scale = 2f)
    {
        ArgumentException.ThrowIfNullOrEmpty(svg);
        using var document = SKSvg.CreateFromSvg(svg);
        var picture = document.Picture ?? throw new InvalidOperationException("The chart's SVG could not be read.");
        var bounds = picture.CullRect;
        var width = Math.Max(1, (int)Math.Ceiling(bounds.Width * scale));
        var height = Math.Max(1, (int)Math.Ceiling(bounds.Height * scale));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("No drawing surface of the chart's size.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        canvas.DrawPicture(picture);
        canvas.Flush();
        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
