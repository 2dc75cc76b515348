using System.Globalization;
using System.Text;

namespace LearningLoop.Analytics.Spc;

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

    /// <summary>A value for people: about four significant digits.</summary>
    public static string Value(double value)
    {
        var abs = Math.Abs(value);
        var format = abs >= 1000 ? "#,##0" : abs >= 100 ? "0.#" : abs >= 1 ? "0.##" : abs >= 0.01 ? "0.###" : "0.#####";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }

    public static string Value(double? value) => value is { } v ? Value(v) : "none";

    public static string Fixed(double value, int decimals) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
