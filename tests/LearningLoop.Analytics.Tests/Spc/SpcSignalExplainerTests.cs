using System.Text.Json;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>Every signal of every reference case is explained, with the counts qicharts2 reports.</summary>
public sealed class SpcSignalExplainerTests
{
    public static TheoryData<string> Cases() => ReferenceCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_signal_is_explained_in_plain_language(string name)
    {
        var expected = ReferenceCases.Expected(name);
        var chart = SpcEngine.Analyse(ReferenceCases.Observations(name), ReferenceCases.Options(expected));

        var signals = SpcSignalExplainer.Explain(chart);

        var sigmaPoints = expected.GetProperty("points").EnumerateArray()
            .Select((p, i) => (Point: p, Index: i + 1)).Where(p => p.Point.GetProperty("sigmaSignal").GetBoolean()).ToList();
        foreach (var (point, index) in sigmaPoints)
        {
            var text = Assert.Single(signals, s => s.FirstIndex == index && s.Kind is SpcSignalKind.AboveUpperLimit or SpcSignalKind.BelowLowerLimit).Text;
            Assert.Contains($"Point {index} ({point.GetProperty("x").GetString()}) is", text);
            Assert.Contains("control limit", text);
        }

        foreach (var part in expected.GetProperty("parts").EnumerateArray().Where(p => p.GetProperty("runsSignal").GetBoolean()))
        {
            var number = part.GetProperty("part").GetInt32();
            var partSignals = signals.Where(s => s.Part == number && s.Kind is SpcSignalKind.LongRun or SpcSignalKind.FewCrossings).ToList();
            Assert.NotEmpty(partSignals);
            if (part.GetProperty("longestRun").GetInt32() > part.GetProperty("longestRunMax").GetInt32())
            {
                var run = Assert.Single(partSignals, s => s.Kind == SpcSignalKind.LongRun).Text;
                Assert.Contains($"{part.GetProperty("longestRun")} points in a row", run);
                Assert.Contains($"more than the {part.GetProperty("longestRunMax")} expected by chance for {part.GetProperty("nUseful")} useful points", run);
            }

            if (part.GetProperty("nCrossings").GetInt32() < part.GetProperty("nCrossingsMin").GetInt32())
            {
                var crossings = Assert.Single(partSignals, s => s.Kind == SpcSignalKind.FewCrossings).Text;
                Assert.Contains($"Only {part.GetProperty("nCrossings")} crossings of the centre line, fewer than the {part.GetProperty("nCrossingsMin")} expected", crossings);
            }
        }

        var runsSignals = expected.GetProperty("parts").EnumerateArray().Count(p => p.GetProperty("runsSignal").GetBoolean());
        Assert.Equal(sigmaPoints.Count, signals.Count(s => s.Kind is SpcSignalKind.AboveUpperLimit or SpcSignalKind.BelowLowerLimit));
        Assert.True(signals.Count(s => s.Kind is SpcSignalKind.LongRun or SpcSignalKind.FewCrossings) >= runsSignals);
    }

    [Fact]
    public void A_long_run_names_its_side_and_its_points()
    {
        var ys = SpcTestData.Stable(24).Select((y, i) => i is >= 10 and < 20 ? y + 10 : y).ToArray();
        var chart = SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.Run));

        var run = Assert.Single(SpcSignalExplainer.Explain(chart), s => s.Kind == SpcSignalKind.LongRun);

        Assert.Contains("above the centre line", run.Text);
        Assert.Equal(chart.Parts[0].LongestRunStart, run.FirstIndex);
        Assert.Equal(chart.Parts[0].LongestRunEnd, run.LastIndex);
        Assert.All(chart.Points.Skip(run.FirstIndex - 1).Take(run.LastIndex - run.FirstIndex + 1), p => Assert.True(p.Y > p.Cl));
    }

    [Fact]
    public void A_stable_process_has_no_signals_and_says_so()
    {
        var chart = SpcEngine.Analyse(SpcTestData.Series(SpcTestData.Stable(24)), new SpcOptions(SpcChartType.I));

        Assert.Empty(SpcSignalExplainer.Explain(chart));
        Assert.Contains("common cause", SpcChartSummary.Describe(chart));
    }
}
