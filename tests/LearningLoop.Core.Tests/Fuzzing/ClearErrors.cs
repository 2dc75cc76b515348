using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Imports;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Core.Tests.Fuzzing;

/// <summary>What "a clear error" means for a refused input: it names a line of the file, says why, and quotes at most a
/// short prefix of what was sent (so a 1 MB cell never comes back whole).</summary>
internal static class ClearErrors
{
    // The longest reason a person should have to read: fixed wording plus echoed prefixes of a few values.
    private const int MaxReason = 600;

    public static void Check(IEnumerable<ImportError> errors, int lines)
    {
        foreach (var error in errors)
        {
            Require(error.Line >= 1 && error.Line <= Math.Max(lines, 1) + 1, $"error names line {error.Line} of a {lines}-line input: {error}");
            Require(!string.IsNullOrWhiteSpace(error.Reason), $"error without a reason at line {error.Line}");
            Require(error.Reason.Length <= MaxReason, $"reason of {error.Reason.Length} characters echoes too much: {InputEcho.Prefix(error.Reason, 80)}");
        }
    }

    public static void Check(IEnumerable<RcValidationError> errors, int lines)
    {
        foreach (var error in errors)
        {
            Require(error.Line >= 0 && error.Line <= lines + 1, $"error names line {error.Line} of a {lines}-line input: {error}");
            Require(!string.IsNullOrWhiteSpace(error.Message), $"error without a message at line {error.Line}");
            Require(error.ToString().Length <= MaxReason, $"error of {error.ToString().Length} characters echoes too much: {InputEcho.Prefix(error.ToString(), 200)}");
        }
    }

    public static void Require(bool condition, string finding)
    {
        if (!condition)
        {
            throw new FuzzFinding(finding);
        }
    }

    /// <summary>Counts lines as a text editor would (CR, LF or CRLF each end one), the most any reader could number.</summary>
    public static int Lines(byte[] input) => 1 + input.Count(b => b is (byte)'\n' or (byte)'\r');
}

internal sealed class FuzzFinding(string message) : Exception(message);
