namespace LearningLoop.Analytics.Input;

/// <summary>How an error message quotes what someone sent: at most a short prefix, on one line. A refused 1 MB cell
/// must not come back whole (a reflected-payload and response-size risk), and the prefix is enough to find it.</summary>
public static class InputEcho
{
    public const int MaxLength = 40;

    public static string Prefix(string? text, int maxLength = MaxLength)
    {
        var value = (text ?? "").Trim();
        var oneLine = (value.Length > maxLength ? value[..maxLength] : value).Replace('\r', ' ').Replace('\n', ' ');
        return value.Length > maxLength ? oneLine + "…" : oneLine;
    }
}
