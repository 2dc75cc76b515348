using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Access;
using LearningLoop.Core.Demo;
using LearningLoop.Core.Measures;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Tests.Measures;

/// <summary>A measure on the Making Data Count rule set: the XmR chart of its plotted values, phases as rebase dates, the
/// baseline as fix-after, icons and signals named by those rules.</summary>
public sealed class MeasureMakingDataCountTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    private static Measure Monthly(SpcChartType chart, IEnumerable<double?> ys, IEnumerable<double?>? ns = null)
    {
        var measure = new Measure
        {
            Name = "Test", Chart = chart, Frequency = MeasureFrequency.Month, Multiplier = chart == SpcChartType.P ? 100 : 1,
            Direction = ImprovementDirection.Up, Target = 12, RuleSet = SpcRuleSet.MakingDataCount,
        };
        var denominators = (ns ?? ys.Select(_ => (double?)null)).ToList();
        measure.Values.AddRange(ys.Select((y, i) => new MeasureValue { Id = i + 1, Period = new DateOnly(2023, 1, 1).AddMonths(i), Numerator = y, Denominator = denominators[i] }));
        return measure;
    }

    /// <summary>18 months around 10.5, then 10 months around 15.7.</summary>
    private static readonly double?[] Shifted = [10, 13, 9, 10, 12.5, 10, 9, 13, 10, 11, 9, 12.5, 10, 9, 13, 10, 11, 9, 15, 16, 15, 17, 16, 15, 16, 17, 15, 16];

    [Fact]
    public void The_chart_is_the_XmR_chart_of_the_plotted_values_whatever_the_chart_type()
    {
        var ns = Shifted.Select(_ => (double?)40).ToList();
        var measure = Monthly(SpcChartType.P, Shifted, ns);

        var reading = MeasureAnalysis.Analyse(measure, measure.Values);

        var plotted = Shifted.Select((y, i) => new MdcObservation(new DateOnly(2023, 1, 1).AddMonths(i), y!.Value / 40 * 100)).ToList();
        var expected = MdcRules.Analyse(plotted, new MdcOptions(ImprovementDirection.Up, 12));
        Assert.Equal(SpcRuleSet.MakingDataCount, reading.Rules);
        Assert.Equal(expected.Points.Select(p => (p.Mean, p.Lpl, p.Upl)), reading.Chart!.Points.Select(p => (p.Cl!.Value, p.Lcl, p.Ucl)));
        Assert.Equal(expected.Points.Select(p => p.SpecialCause), reading.MakingDataCount!.Points.Select(p => p.SpecialCause));
        Assert.Equal((expected.Variation, SpcRuleSet.MakingDataCount), (reading.Icons!.Variation, reading.Icons.Rules));
        Assert.Equal(VariationIcon.ImprovingHigh, reading.Icons.Variation);
    }

    [Fact]
    public void Signals_name_the_rule_that_fired_in_periods()
    {
        var measure = Monthly(SpcChartType.I, Shifted);

        var reading = MeasureAnalysis.Analyse(measure, measure.Values);

        var shift = Assert.Single(reading.Signals, s => s.Text.Contains("7 Points Above CL", StringComparison.Ordinal));
        Assert.StartsWith("Improvement: points 19 to 28 (2024-07 to 2025-04) are part of seven or more points in a row above the mean", shift.Text, StringComparison.Ordinal);
        Assert.Contains("Making Data Count rules", reading.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Phases_rebase_at_their_first_period_with_data_and_the_baseline_fixes_the_limits()
    {
        var measure = Monthly(SpcChartType.I, Shifted);
        measure.BaselineEnd = new DateOnly(2023, 12, 1);
        measure.Phases.Add(new MeasurePhase { StartsOn = new DateOnly(2024, 6, 15), Label = "Mid-month change" });
        var dates = measure.Values.Select(v => v.Period).ToList();

        var options = MeasureMakingDataCount.Options(measure, dates);
        var reading = MeasureAnalysis.Analyse(measure, measure.Values);

        Assert.Equal([new DateOnly(2024, 7, 1)], options.RebaseDates);
        Assert.Equal(12, options.FixAfterPoints);
        var chart = reading.Chart!;
        Assert.Equal(2, chart.Parts.Count);
        Assert.Equal(19, chart.Parts[1].FirstIndex);
        Assert.Equal(Shifted.Take(12).Average()!.Value, chart.Points[0].Cl!.Value, 9);
        Assert.Equal(Shifted.Skip(18).Take(10).Average()!.Value, chart.Points[^1].Cl!.Value, 9);
    }

    [Fact]
    public async Task On_the_demo_5_West_hand_hygiene_is_common_cause_by_Anhoj_and_concerning_by_Making_Data_Count()
    {
        // The browser test switches this measure's rule set and expects its icon to change; this guards that premise.
        await using (var db = _database.Open(OrganisationScope.System))
        {
            var world = new DemoWorld(db, DemoSeeder.DemoToday);
            foreach (IDemoStory story in new IDemoStory[] { new OrganisationDemoStory(), new MeasuresDemoStory() })
                await story.TellAsync(world, CancellationToken.None);
        }

        await using var read = _database.Open(OrganisationScope.System);
        var measure = await read.Measures.Include(m => m.Values).Include(m => m.Phases)
            .SingleAsync(m => m.Name == "Hand-hygiene compliance" && m.Unit!.Name == "5 West");
        var anhoj = MeasureAnalysis.Analyse(measure, measure.Values);
        measure.RuleSet = SpcRuleSet.MakingDataCount;
        var mdc = MeasureAnalysis.Analyse(measure, measure.Values);

        Assert.Equal((VariationIcon.CommonCause, SpcRuleSet.Anhoj), (anhoj.Icons!.Variation, anhoj.Icons.Rules));
        Assert.Equal((VariationIcon.ConcerningLow, SpcRuleSet.MakingDataCount), (mdc.Icons!.Variation, mdc.Icons.Rules));
    }

    public void Dispose() => _database.Dispose();
}
