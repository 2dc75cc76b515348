using LearningLoop.Analytics.Psychometrics;

namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>Turns a wave's sums into the reported statistics (the "Per wave" section of the specification).</summary>
internal static class WaveStatistics
{
    private const int K = RcItems.Count;

    /// <summary>Variance of a uniform answer on the 1-5 scale, the rwg null (James, Demaree &amp; Wolf 1984).</summary>
    private static readonly double NullVariance = RwgJ.UniformNullVariance(RcItems.MaxValue - RcItems.MinValue + 1);

    public static RelationalCoordinationWave Build(WaveAccumulator wave, WorkgroupIndex workgroups, int minCellSize)
    {
        var (icc1, icc2) = RespondentIcc(wave);
        return new RelationalCoordinationWave(
            wave.Label,
            checked((int)wave.Respondents),
            checked((int)wave.Ties),
            Shown(TieScore.Mean(wave.ScaledScore, wave.Ties)),
            Shown(Alpha(wave)),
            Shown(icc1),
            Shown(icc2),
            Dimensions(wave),
            Cells(wave, workgroups, minCellSize),
            Profiles(wave, workgroups, minCellSize));
    }

    /// <summary>Non-finite results (too few ties to compute) are reported as null, as R's NA.</summary>
    internal static double? Shown(double value) => double.IsFinite(value) ? value : null;

    private static DimensionScore[] Dimensions(WaveAccumulator wave)
    {
        var dimensions = new DimensionScore[K];
        for (int item = 0; item < K; item++)
        {
            long count = wave.DimensionCount[item];
            dimensions[item] = new DimensionScore(
                RcItems.Keys[item], count == 0 ? null : wave.DimensionSum[item] / (double)count);
        }

        return dimensions;
    }

    // Raw alpha over the ties that answered all seven items (Cronbach 1951), as psych::alpha's raw_alpha.
    private static double Alpha(WaveAccumulator wave)
    {
        Span<double> itemVariances = stackalloc double[K];
        for (int item = 0; item < K; item++)
        {
            itemVariances[item] = ItemStatistics.Variance(wave.CompleteTies, wave.ItemSum[item], wave.ItemSumOfSquares[item]);
        }

        var totalVariance = ItemStatistics.Variance(wave.CompleteTies, wave.TotalSum, wave.TotalSumOfSquares);
        return CronbachAlpha.FromVariances(itemVariances, totalVariance);
    }

    // One-way ANOVA of the respondent index by the respondent's workgroup, over workgroups of two or more (Bliese 2000).
    private static (double Icc1, double Icc2) RespondentIcc(WaveAccumulator wave)
    {
        var groups = new List<RunningMoments>();
        foreach (var group in wave.WorkgroupIndex)
        {
            if (group.Count >= 2)
            {
                groups.Add(group);
            }
        }

        var icc = Icc.FromGroups(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(groups));
        return (icc.Icc1, icc.Icc2);
    }

    private static Cell[] Cells(WaveAccumulator wave, WorkgroupIndex workgroups, int minCellSize)
    {
        var order = workgroups.TargetOrder;
        var cells = new Cell[order.Count * order.Count];
        int next = 0;
        foreach (int from in order)
        {
            foreach (int to in order)
            {
                cells[next++] = Cell(wave, workgroups.Label(from), workgroups.Label(to), from, to, minCellSize);
            }
        }

        return cells;
    }

    private static Cell Cell(WaveAccumulator wave, string fromLabel, string toLabel, int from, int to, int minCellSize)
    {
        bool inWave = from < wave.Capacity && to < wave.Capacity;
        int cell = inWave ? (from * wave.Capacity) + to : -1;
        long n = inWave ? wave.CellTies[cell] : 0;
        if (n < minCellSize)
        {
            return new Cell(fromLabel, toLabel, checked((int)n), true, null, null);
        }

        return new Cell(
            fromLabel,
            toLabel,
            checked((int)n),
            false,
            TieScore.Mean(wave.CellScaledScore[cell], n),
            Shown(Rwg(wave, cell)));
    }

    // rwg(J) over the cell's fully answered ties, J = 7, s2 = mean of the item variances (James, Demaree & Wolf 1984).
    private static double Rwg(WaveAccumulator wave, int cell)
    {
        long complete = wave.CellComplete[cell];
        if (complete < 2)
        {
            return double.NaN;
        }

        double sumOfVariances = 0;
        for (int item = 0; item < K; item++)
        {
            int at = (cell * K) + item;
            sumOfVariances += ItemStatistics.Variance(complete, wave.CellItemSum[at], wave.CellItemSumOfSquares[at]);
        }

        return RwgJ.Compute(sumOfVariances / K, K, NullVariance);
    }

    private static WorkgroupProfile[] Profiles(WaveAccumulator wave, WorkgroupIndex workgroups, int minCellSize)
    {
        var order = workgroups.TargetOrder;
        var profiles = new WorkgroupProfile[order.Count];
        for (int i = 0; i < order.Count; i++)
        {
            int group = order[i];
            string label = workgroups.Label(group);
            long n = group < wave.Capacity ? wave.WorkgroupRespondents[group] : 0;
            if (n < minCellSize)
            {
                profiles[i] = new WorkgroupProfile(label, checked((int)n), true, null, null);
                continue;
            }

            int own = (group * wave.Capacity) + group;
            long betweenCount = wave.WorkgroupBetweenCount[group];
            profiles[i] = new WorkgroupProfile(
                label,
                checked((int)n),
                false,
                Shown(TieScore.Mean(wave.CellScaledScore[own], wave.CellTies[own])),
                betweenCount == 0 ? null : wave.WorkgroupBetweenSum[group].Value / betweenCount);
        }

        return profiles;
    }
}
