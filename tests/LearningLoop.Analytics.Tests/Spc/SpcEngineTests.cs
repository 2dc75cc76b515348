using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>Behaviour of the engine around the formulas: ordering, aggregation, options and the low-level API.</summary>
public sealed class SpcEngineTests
{
    [Fact]
    public void Numeric_x_is_ordered_numerically_and_dates_chronologically_keeping_the_text()
    {
        var numeric = new List<SpcObservation> { new("10", 3), new("9", 2), new("1.50", 1) };
        var dates = new List<SpcObservation> { new("2024-03-01", 3), new("2023-12-01", 1), new("2024-01-15", 2) };

        var a = SpcEngine.Analyse(numeric, new SpcOptions(SpcChartType.Run));
        var b = SpcEngine.Analyse(dates, new SpcOptions(SpcChartType.Run));

        Assert.Equal(["1.50", "9", "10"], a.Points.Select(p => p.X));
        Assert.Equal(["2023-12-01", "2024-01-15", "2024-03-01"], b.Points.Select(p => p.X));
        Assert.Equal(SpcXKind.Date, b.XKind);
    }

    [Fact]
    public void Categorical_x_keeps_first_appearance_order_and_never_signals_runs()
    {
        var names = Enumerable.Range(0, 20).Select(i => $"ward {(char)('T' - i)}").ToArray();
        var rows = names.Select((n, i) => new SpcObservation(n, i < 10 ? 10.0 + (i % 2) : 30.0 + (i % 2), null, i + 2)).ToList();

        var chart = SpcEngine.Analyse(rows, new SpcOptions(SpcChartType.I));

        Assert.Equal(names, chart.Points.Select(p => p.X));
        Assert.Equal(SpcXKind.Categorical, chart.XKind);
        Assert.True(chart.Parts[0].LongestRun > chart.Parts[0].LongestRunMax);
        Assert.False(chart.Parts[0].RunsSignal);
    }

    [Fact]
    public void Several_rows_of_one_x_are_averaged_for_an_i_chart_and_summed_for_a_c_chart()
    {
        var rows = new List<SpcObservation> { new("1", 2), new("1", 4), new("2", 6), new("3", 5) };

        var i = SpcEngine.Analyse(rows, new SpcOptions(SpcChartType.I));
        var c = SpcEngine.Analyse(rows, new SpcOptions(SpcChartType.C));

        Assert.Equal((2 + 4) / 2.0, i.Points[0].Y);
        Assert.Equal(2 + 4, c.Points[0].Y);
        Assert.Equal(3, i.Points.Count);
    }

    [Fact]
    public void Subgroups_with_a_denominator_are_summed_before_dividing()
    {
        var rows = new List<SpcObservation> { new("1", 1, 10), new("1", 5, 30), new("2", 2, 10), new("3", 3, 10) };

        var p = SpcEngine.Analyse(rows, new SpcOptions(SpcChartType.P));

        Assert.Equal((1 + 5) / 40.0, p.Points[0].Y);
        Assert.Equal(40, p.Points[0].N);
    }

    [Fact]
    public void Freeze_is_ignored_when_parts_are_given_as_in_qicharts2()
    {
        var ys = SpcTestData.Stable(30).Select((y, i) => i >= 15 ? y + 20 : y).ToArray();

        var both = SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.I, Freeze: 5, Parts: [15]));
        var partsOnly = SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.I, Parts: [15]));

        Assert.Equal(partsOnly.Points.Select(p => p.Cl), both.Points.Select(p => p.Cl));
        Assert.All(both.Points, p => Assert.True(p.Baseline));
    }

    [Fact]
    public void Freeze_judges_later_points_against_the_baseline()
    {
        var ys = SpcTestData.Stable(30).Select((y, i) => i >= 20 ? y + 30 : y).ToArray();

        var chart = SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.I, Freeze: 20));
        var baselineOnly = SpcEngine.Analyse(SpcTestData.Series(ys.Take(20)), new SpcOptions(SpcChartType.I));

        Assert.Equal(baselineOnly.Points[0].Cl, chart.Points[^1].Cl);
        Assert.All(chart.Points.Skip(20), p => Assert.True(p.SigmaSignal));
        Assert.Single(chart.Parts);
    }

    [Fact]
    public void An_excluded_point_is_drawn_but_left_out_of_the_centre_and_the_runs_analysis()
    {
        var ys = SpcTestData.Stable(20).ToArray();
        ys[7] = 500;

        var excluded = SpcEngine.Analyse(SpcTestData.Series(ys), new SpcOptions(SpcChartType.C, Exclude: [8]));
        var without = SpcEngine.Analyse(SpcTestData.Series(ys.Where((_, i) => i != 7)), new SpcOptions(SpcChartType.C));

        Assert.Equal(without.Points[0].Cl, excluded.Points[0].Cl);
        Assert.False(excluded.Points[7].Include);
        Assert.Equal(500, excluded.Points[7].Y);
        Assert.Equal(19, excluded.Parts[0].NObs);
    }

    [Fact]
    public void Missing_values_become_null_points_and_are_skipped_by_the_calculations()
    {
        var rows = SpcTestData.Series(SpcTestData.Stable(12));
        rows[4] = rows[4] with { Y = null };

        var chart = SpcEngine.Analyse(rows, new SpcOptions(SpcChartType.I));

        Assert.Null(chart.Points[4].Y);
        Assert.False(chart.Points[4].SigmaSignal);
        Assert.NotNull(chart.Points[0].Ucl);
        Assert.Equal(11, chart.Parts[0].NUseful + chart.Points.Count(p => p.Y == p.Cl));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_low_level_workspace_api_gives_the_same_chart_when_reused(string name)
    {
        var expected = ReferenceCases.Expected(name);
        var options = ReferenceCases.Options(expected);
        var friendly = SpcEngine.Analyse(ReferenceCases.Observations(name), options);
        var subgroups = new SpcSubgroups(4);
        var workspace = new SpcWorkspace(2);
        // Dirty the workspace with a longer, different series first: no stale value may leak into the next chart.
        subgroups.SetSingleValues([.. Enumerable.Range(1, 200).Select(i => (double)(i % 17))], []);
        SpcEngine.Compute(subgroups, new SpcOptions(SpcChartType.I, Parts: [50, 100]), workspace);

        var rows = ReferenceCases.Observations(name);
        var aggregated = SubgroupAggregator.Aggregate(rows, rows.Any(r => r.N is not null));
        SpcEngine.Compute(aggregated.Subgroups, options, workspace);

        Assert.Equal(friendly.Points.Count, workspace.Count);
        Assert.Equal(friendly.Parts, workspace.Parts.Take(workspace.PartCount));
        for (var i = 0; i < workspace.Count; i++)
        {
            Assert.Equal(friendly.Points[i].Cl ?? double.NaN, workspace.Cl[i]);
            Assert.Equal(friendly.Points[i].Ucl ?? double.NaN, workspace.Ucl[i]);
            Assert.Equal(friendly.Points[i].SigmaSignal, workspace.SigmaSignal[i]);
        }
    }

    public static TheoryData<string> Cases() => ReferenceCases.Names();

    [Fact]
    public void Anhoj_limits_follow_the_published_formulas()
    {
        foreach (var n in new[] { 1, 2, 10, 24, 100, 1023, 1024, 5000 })
        {
            Assert.Equal((int)Math.Round(Math.Log2(n)) + 3, AnhojLimits.LongestRunMax(n));
            var crossings = AnhojLimits.CrossingsMin(n);
            var binomial = new MathNet.Numerics.Distributions.Binomial(0.5, n - 1);
            Assert.True(binomial.CumulativeDistribution(crossings) >= 0.05);
            Assert.True(crossings == 0 || binomial.CumulativeDistribution(crossings - 1) < 0.05);
        }
    }
}
