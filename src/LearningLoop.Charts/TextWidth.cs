namespace LearningLoop.Charts;

/// <summary>How wide a label will be, without a font at hand: per-character advances in ems close to (slightly above) those
/// of the sans-serif fonts the charts use (system-ui, DejaVu Sans on the server), so that margins reserved from them hold
/// the text in every renderer.</summary>
public static class TextWidth
{
    public static double Of(string text, double fontSize, bool bold = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ems = 0.0;
        foreach (var c in text)
        {
            ems += c switch
            {
                'i' or 'l' or 'j' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' or 'I' => 0.3,
                'f' or 't' or 'r' or ' ' or '(' or ')' or '-' => 0.4,
                'm' or 'w' or 'M' or 'W' => 0.9,
                _ when char.IsUpper(c) => 0.72,
                _ => 0.6,
            };
        }
        return ems * fontSize * (bold ? 1.08 : 1);
    }
}
