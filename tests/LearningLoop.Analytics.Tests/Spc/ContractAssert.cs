using System.Text.Json;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>Compares contract JSON with a reference: numbers to 1e-9 relative, nulls, flags, parts and counts exactly.</summary>
public static class ContractAssert
{
    public const double RelativeTolerance = 1e-9;

    public static void Equal(JsonElement expected, JsonElement actual)
    {
        var ep = expected.GetProperty("points");
        var ap = actual.GetProperty("points");
        Assert.Equal(ep.GetArrayLength(), ap.GetArrayLength());
        for (var i = 0; i < ep.GetArrayLength(); i++)
        {
            var e = ep[i];
            var a = ap[i];
            var where = $"point {i + 1}";
            Assert.True(e.GetProperty("x").GetString() == a.GetProperty("x").GetString(), $"{where}: x {e.GetProperty("x")} vs {a.GetProperty("x")}");
            foreach (var field in new[] { "y", "cl", "lcl", "ucl" })
                Number(e.GetProperty(field), a.GetProperty(field), $"{where} {field}");
            foreach (var field in new[] { "sigmaSignal", "include" })
                Assert.True(e.GetProperty(field).GetBoolean() == a.GetProperty(field).GetBoolean(), $"{where} {field}");
            Assert.True(e.GetProperty("part").GetInt32() == a.GetProperty("part").GetInt32(), $"{where} part");
        }

        var eParts = expected.GetProperty("parts");
        var aParts = actual.GetProperty("parts");
        Assert.Equal(eParts.GetArrayLength(), aParts.GetArrayLength());
        for (var k = 0; k < eParts.GetArrayLength(); k++)
        {
            foreach (var field in new[] { "part", "nObs", "nUseful", "longestRun", "longestRunMax", "nCrossings", "nCrossingsMin", "runsSignal" })
            {
                var e = eParts[k].GetProperty(field);
                var a = aParts[k].GetProperty(field);
                Assert.True(e.ToString() == a.ToString() && e.ValueKind == a.ValueKind, $"part {k + 1} {field}: expected {e} got {a}");
            }
        }
    }

    public static void Number(JsonElement expected, JsonElement actual, string where)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.True(actual.ValueKind == JsonValueKind.Null, $"{where}: expected null, got {actual}");
            return;
        }

        Assert.True(actual.ValueKind == JsonValueKind.Number, $"{where}: expected {expected}, got {actual}");
        var e = expected.GetDouble();
        var a = actual.GetDouble();
        var scale = Math.Max(Math.Abs(e), Math.Abs(a));
        Assert.True(Math.Abs(e - a) <= RelativeTolerance * scale, $"{where}: expected {e:R}, got {a:R}");
    }
}
