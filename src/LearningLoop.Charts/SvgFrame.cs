using System.Globalization;
using System.Text;

namespace LearningLoop.Charts;

/// <summary>The opening every chart shares: the root element sized in pixels with its viewBox, an accessible name
/// (<c>&lt;title&gt;</c>, referenced by <c>aria-labelledby</c>) and description (<c>&lt;desc&gt;</c>), the family's font, and the
/// chart's own stylesheet scoped by its class. The SVG is self-contained: it looks the same inline on a page, opened on
/// its own, and rasterised to PNG (decision 0029).</summary>
/// <remarks>Without an <see cref="IdPrefix"/> the name goes in <c>aria-label</c>: charts drawn many times on one page (small
/// multiples, one funnel per measure) must not repeat element ids.</remarks>
public sealed record SvgFrame(double Width, double Height, string CssClass, string? IdPrefix, string Title)
{
    /// <summary>A longer text alternative (what the chart shows), read after the title.</summary>
    public string? Description { get; init; }

    /// <summary>CSS rules, each starting with <c>svg.{CssClass}</c> so that inline on a page they touch this chart only.</summary>
    public string? Style { get; init; }

    public string? TestId { get; init; }

    /// <summary>The root's ARIA role: <c>img</c>, one picture named by its title, unless the chart holds links. An image's
    /// children are presentational, so links inside it are nested interactive controls that assistive technology cannot
    /// reach (axe's nested-interactive); such a chart is a <c>group</c>, still named by its title, whose text and links are
    /// read in order.</summary>
    public string Role { get; init; } = "img";

    /// <summary>Base font size in pixels, set on the root so a page's own font size is not inherited.</summary>
    public double FontSize { get; init; } = 13;

    public void Open(StringBuilder svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var (w, h) = (SvgText.Px(Width), SvgText.Px(Height));
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"{CssClass}\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"{Role}\"");
        if (IdPrefix is null)
            svg.Append(" aria-label=\"").Append(SvgText.Escape(Description is null ? Title : $"{Title}. {Description}")).Append('"');
        else
            svg.Append(" aria-labelledby=\"").Append(Description is null ? $"{IdPrefix}-title" : $"{IdPrefix}-title {IdPrefix}-desc").Append('"');
        svg.Append(CultureInfo.InvariantCulture, $" font-family=\"{ChartPalette.Font}\" font-size=\"{SvgText.Px(FontSize)}\" fill=\"{ChartPalette.Ink}\"");
        if (TestId is not null) svg.Append(" data-testid=\"").Append(SvgText.Escape(TestId)).Append('"');
        svg.Append('>');
        svg.Append("<title").Append(IdPrefix is null ? "" : $" id=\"{IdPrefix}-title\"").Append('>').Append(SvgText.Escape(Title)).Append("</title>");
        if (Description is not null)
            svg.Append("<desc").Append(IdPrefix is null ? "" : $" id=\"{IdPrefix}-desc\"").Append('>').Append(SvgText.Escape(Description)).Append("</desc>");
        if (Style is not null) svg.Append("<style>").Append(Style).Append("</style>");
    }
}
