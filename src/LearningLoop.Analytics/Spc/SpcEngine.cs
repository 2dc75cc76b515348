namespace LearningLoop.Analytics.Spc;

/// <summary>
/// The SPC engine: qicharts2 0.8.1's <c>qic()</c> with default options. One dispatcher over one small function per
/// chart type; parts, freeze, exclude and multiply applied around them exactly as qicharts2's <c>qic.agg</c> does.
/// </summary>
public static class SpcEngine
{
    /// <summary>
    /// Validates and aggregates the rows, then computes the chart. Throws <see cref="SpcInputException"/> naming the row
    /// and value for data or options that cannot be charted.
    /// </summary>
    public static SpcChart Analyse(IReadOnlyList<SpcObservation> observations, SpcOptions options)
    {
        ArgumentNullException.ThrowIfNull(observations);
        ArgumentNullException.ThrowIfNull(options);
        var hasDenominator = SpcInputValidator.ValidateRows(observations, options.Chart);
        var aggregated = SubgroupAggregator.Aggregate(observations, hasDenominator);
        SpcInputValidator.ValidateSeries(aggregated, options);

        var workspace = new SpcWorkspace(aggregated.Subgroups.Count);
        Compute(aggregated.Subgroups, options, workspace);
        return SpcChartBuilder.Build(aggregated, options, workspace);
    }

    /// <summary>
    /// The allocation-free core: computes the chart of already aggregated subgroups into <paramref name="workspace"/>.
    /// Options are not validated here (out-of-range parts and excludes are ignored, as in qicharts2).
    /// </summary>
    public static void Compute(SpcSubgroups series, SpcOptions options, SpcWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(workspace);
        var count = series.Count;
        workspace.Prepare(count);
        if (count == 0)
            return;

        SpcPartition.Assign(options, count, workspace);

        var ws = workspace;
        var start = 0;
        while (start < count)
        {
            var part = ws.Part[start];
            var end = start;
            while (end < count && ws.Part[end] == part)
                end++;
            var length = end - start;
            var chartPart = new ChartPart(
                series.Value.AsSpan(start, length),
                series.Sum.AsSpan(start, length),
                series.Denominator.AsSpan(start, length),
                series.Mean.AsSpan(start, length),
                series.StdDev.AsSpan(start, length),
                series.Size.AsSpan(start, length),
                ws.Base.AsSpan(start, length),
                series.IsCategorical,
                ws.Scratch.AsSpan(0, length),
                ws.Scratch2.AsSpan(0, length));
            var lines = new ChartLines(
                ws.Y.AsSpan(start, length),
                ws.Cl.AsSpan(start, length),
                ws.Lcl.AsSpan(start, length),
                ws.Ucl.AsSpan(start, length),
                ws.Lcl2.AsSpan(start, length),
                ws.Ucl2.AsSpan(start, length));
            Dispatch(options.Chart, chartPart, lines);

            var runs = AnhojRules.Analyse(lines.Y, lines.Cl, ws.Include.AsSpan(start, length), part, start + 1);
            // qicharts2 reports the counts but no runs signal for moving ranges and for categorical x.
            if (options.Chart == SpcChartType.MR || series.IsCategorical)
                runs = runs with { RunsSignal = false };
            ws.Parts[ws.PartCount++] = runs;
            start = end;
        }

        ScaleAndSignal(ws, options.Multiply);
    }

    private static void Dispatch(SpcChartType chart, in ChartPart part, in ChartLines lines)
    {
        switch (chart)
        {
            case SpcChartType.Run: RunChart.Compute(part, lines); break;
            case SpcChartType.I: IndividualsChart.Compute(part, lines); break;
            case SpcChartType.MR: MovingRangeChart.Compute(part, lines); break;
            case SpcChartType.Xbar: XbarChart.Compute(part, lines); break;
            case SpcChartType.S: SChart.Compute(part, lines); break;
            case SpcChartType.T: TChart.Compute(part, lines); break;
            case SpcChartType.P: PChart.Compute(part, lines); break;
            case SpcChartType.PP: LaneyPPrime.Compute(part, lines); break;
            case SpcChartType.C: CChart.Compute(part, lines); break;
            case SpcChartType.U: UChart.Compute(part, lines); break;
            case SpcChartType.UP: LaneyUPrime.Compute(part, lines); break;
            case SpcChartType.G: GChart.Compute(part, lines); break;
            case SpcChartType.IP: IPrimeChart.Compute(part, lines); break;
            default: throw new ArgumentOutOfRangeException(nameof(chart), chart, "Unknown chart type.");
        }
    }

    /// <summary>
    /// Multiplies y, centre and limits; turns non-finite lines into missing ones (qicharts2: "remove control lines
    /// from missing subgroups"); flags points outside the 3-sigma limits.
    /// </summary>
    private static void ScaleAndSignal(SpcWorkspace ws, double multiply)
    {
        for (var i = 0; i < ws.Count; i++)
        {
            var y = Finite(ws.Y[i] * multiply);
            var lcl = Finite(ws.Lcl[i] * multiply);
            var ucl = Finite(ws.Ucl[i] * multiply);
            ws.Y[i] = y;
            ws.Cl[i] = Finite(ws.Cl[i] * multiply);
            ws.Lcl[i] = lcl;
            ws.Ucl[i] = ucl;
            ws.Lcl2[i] = Finite(ws.Lcl2[i] * multiply);
            ws.Ucl2[i] = Finite(ws.Ucl2[i] * multiply);
            // Comparisons with NaN are false, so a missing y or limit never signals (R: NA -> FALSE).
            ws.SigmaSignal[i] = y > ucl || y < lcl;
        }
    }

    private static double Finite(double value) => double.IsFinite(value) ? value : double.NaN;
}
