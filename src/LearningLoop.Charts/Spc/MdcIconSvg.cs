using System.Text;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Charts.Spc;

/// <summary>NHS "Making Data Count" icons as small SVG badges: the colour says good or bad (blue improving or passing,
/// orange concerning or failing, purple neither, grey common cause or hit and miss), the letter says which side (H/L) or
/// whether the target will be met (P/F/?); common cause variation is a grey wave. The sentence is the accessible name.</summary>
public static class MdcIconSvg
{
    private const string Grey = "#7b8794", Blue = "#1d6fb8", Orange = "#d9730d", Purple = "#6e3fa3";

    /// <param name="rules">The rule set's code for a data attribute (which rules made the icon); null for the legend's examples.</param>
    public static string Render(VariationIcon? variation, AssuranceIcon? assurance, string label, int size = 34, string? rules = null)
    {
        var colour = Colour(variation, assurance);
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mdc-icon\" width=\"").Append(size).Append("\" height=\"").Append(size)
            .Append("\" viewBox=\"0 0 40 40\" role=\"img\" aria-label=\"").Append(SvgText.Escape(label))
            .Append("\" data-icon=\"").Append(variation?.ToString() ?? assurance?.ToString() ?? "").Append('"');
        if (rules is not null) svg.Append(" data-rules=\"").Append(SvgText.Escape(rules)).Append('"');
        svg.Append("><title>").Append(SvgText.Escape(label)).Append("</title>");
        svg.Append("<circle cx=\"20\" cy=\"20\" r=\"17\" fill=\"#fff\" stroke=\"").Append(colour).Append("\" stroke-width=\"3.5\" />");
        if (variation == VariationIcon.CommonCause)
        {
            svg.Append("<path d=\"M9 21 q4 -7 8 0 t8 0 t8 0\" fill=\"none\" stroke=\"").Append(colour).Append("\" stroke-width=\"3\" stroke-linecap=\"round\" />");
        }
        else if (Letter(variation, assurance) is { } letter)
        {
            svg.Append("<text x=\"20\" y=\"27\" text-anchor=\"middle\" font-size=\"19\" font-weight=\"700\" fill=\"").Append(colour)
                .Append("\" font-family=\"system-ui, sans-serif\">").Append(letter).Append("</text>");
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    public static string Colour(VariationIcon? variation, AssuranceIcon? assurance) => (variation, assurance) switch
    {
        (VariationIcon.ImprovingHigh or VariationIcon.ImprovingLow, _) => Blue,
        (VariationIcon.ConcerningHigh or VariationIcon.ConcerningLow, _) => Orange,
        (VariationIcon.NeitherHigh or VariationIcon.NeitherLow, _) => Purple,
        (null, AssuranceIcon.ConsistentlyPass) => Blue,
        (null, AssuranceIcon.ConsistentlyFail) => Orange,
        _ => Grey,
    };

    private static string? Letter(VariationIcon? variation, AssuranceIcon? assurance) => (variation, assurance) switch
    {
        (VariationIcon.ImprovingHigh or VariationIcon.ConcerningHigh or VariationIcon.NeitherHigh, _) => "H",
        (VariationIcon.ImprovingLow or VariationIcon.ConcerningLow or VariationIcon.NeitherLow, _) => "L",
        (null, AssuranceIcon.ConsistentlyPass) => "P",
        (null, AssuranceIcon.ConsistentlyFail) => "F",
        (null, AssuranceIcon.HitAndMiss) => "?",
        _ => null,
    };
}
