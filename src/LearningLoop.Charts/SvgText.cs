using System.Globalization;
using System.Text;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Charts;

/// <summary>Escaping and number formatting for SVG output (invariant culture, no NaN ever written).</summary>
public static class SvgText
{
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>A coordinate with one decimal.</summary>
    public static string Px(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A value for people: about four significant digits (as the signal explanations write it).</summary>
    public static string Value(double value) => ReadableNumber.Format(value);

    public static string Value(double? value) => ReadableNumber.Format(value);

    public static string Fixed(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
