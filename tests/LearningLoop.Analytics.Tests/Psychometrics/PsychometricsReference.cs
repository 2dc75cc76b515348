using System.Text.Json;

namespace LearningLoop.Analytics.Tests.Psychometrics;

/// <summary>Values computed by R (Reference/rc/psychometrics_reference.R): t.test, psych::alpha, aov.</summary>
public static class PsychometricsReference
{
    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "rc", "psychometrics_reference.json"))));

    public static JsonElement Root => Document.Value.RootElement;

    public static double[] Vector(JsonElement array) => array.EnumerateArray().Select(e => e.GetDouble()).ToArray();

    public static double[,] Matrix(JsonElement rows)
    {
        var list = rows.EnumerateArray().Select(Vector).ToList();
        var matrix = new double[list.Count, list[0].Length];
        for (int r = 0; r < list.Count; r++)
        {
            for (int c = 0; c < list[r].Length; c++)
            {
                matrix[r, c] = list[r][c];
            }
        }

        return matrix;
    }

    public static void Close(double expected, double actual, double relative = 1e-9) =>
        Assert.True(Math.Abs(expected - actual) <= relative * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
