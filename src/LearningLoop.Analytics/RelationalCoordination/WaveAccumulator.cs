using LearningLoop.Analytics.Psychometrics;

namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Everything one wave needs, summed incrementally as each respondent is closed: per cell the count and exact sum of
/// tie scores and the item sums / sums of squares of fully answered ties (rwg), per item the sums for the dimensions
/// and alpha, per workgroup the respondent-index moments (ICC) and between-workgroup means. Memory is
/// O(workgroups^2), independent of the number of respondents, except for the set of respondent ids already seen.
/// </summary>
internal sealed class WaveAccumulator
{
    private const int K = RcItems.Count;

    public WaveAccumulator(string label) => Label = label;

    public string Label { get; }

    /// <summary>Ids of respondents already opened in this wave, to notice rows that are not contiguous.</summary>
    public HashSet<string> SeenRespondents { get; } = new(StringComparer.Ordinal);

    public int Capacity { get; private set; }

    // Cells, flat [from * Capacity + to]; item arrays [(from * Capacity + to) * K + item].
    public long[] CellTies { get; private set; } = [];
    public long[] CellScaledScore { get; private set; } = [];
    public long[] CellComplete { get; private set; } = [];
    public long[] CellItemSum { get; private set; } = [];
    public long[] CellItemSumOfSquares { get; private set; } = [];

    // Per workgroup (the respondents' own).
    public long[] WorkgroupRespondents { get; private set; } = [];
    public RunningMoments[] WorkgroupIndex { get; private set; } = [];
    public NeumaierSum[] WorkgroupBetweenSum { get; private set; } = [];
    public long[] WorkgroupBetweenCount { get; private set; } = [];

    // Whole wave.
    public long Respondents { get; private set; }
    public long Ties { get; private set; }
    public long ScaledScore { get; private set; }
    public long[] DimensionSum { get; } = new long[K];
    public long[] DimensionCount { get; } = new long[K];
    public long CompleteTies { get; private set; }
    public long[] ItemSum { get; } = new long[K];
    public long[] ItemSumOfSquares { get; } = new long[K];
    public long TotalSum { get; private set; }
    public long TotalSumOfSquares { get; private set; }

    /// <summary>Respondent index (mean of the respondent's counted ties) over all respondents: the Welch sample.</summary>
    public RunningMoments RespondentIndex => _respondentIndex;

    private RunningMoments _respondentIndex;

    /// <summary>Adds the ties of a respondent whose rows are complete.</summary>
    public void AddRespondent(OpenRespondent respondent, int workgroupCount)
    {
        EnsureCapacity(workgroupCount);
        int from = respondent.Workgroup;
        long ties = 0, scaledSum = 0, betweenTies = 0, betweenScaledSum = 0;
        for (int i = 0; i < respondent.TouchedCount; i++)
        {
            int target = respondent.TouchedTarget(i);
            var answers = respondent.Answers(target);
            int answered = 0, sum = 0;
            for (int item = 0; item < K; item++)
            {
                int value = answers[item];
                answered += value == 0 ? 0 : 1;
                sum += value;
            }

            if (answered < RcItems.MinimumAnsweredForTie)
            {
                continue;
            }

            long scaled = TieScore.Scaled(sum, answered);
            AddTie(from, target, answers, answered, sum, scaled);
            ties++;
            scaledSum += scaled;
            if (target != from)
            {
                betweenTies++;
                betweenScaledSum += scaled;
            }
        }

        if (ties == 0)
        {
            return;
        }

        Respondents++;
        WorkgroupRespondents[from]++;
        double index = TieScore.Mean(scaledSum, ties);
        WorkgroupIndex[from].Add(index);
        _respondentIndex.Add(index);
        if (betweenTies > 0)
        {
            WorkgroupBetweenSum[from].Add(TieScore.Mean(betweenScaledSum, betweenTies));
            WorkgroupBetweenCount[from]++;
        }
    }

    private void AddTie(int from, int target, ReadOnlySpan<byte> answers, int answered, int sum, long scaled)
    {
        int cell = (from * Capacity) + target;
        CellTies[cell]++;
        CellScaledScore[cell] += scaled;
        Ties++;
        ScaledScore += scaled;
        bool complete = answered == K;
        if (complete)
        {
            CellComplete[cell]++;
            CompleteTies++;
            TotalSum += sum;
            TotalSumOfSquares += (long)sum * sum;
        }

        int itemBase = cell * K;
        for (int item = 0; item < K; item++)
        {
            int value = answers[item];
            if (value == 0)
            {
                continue;
            }

            DimensionSum[item] += value;
            DimensionCount[item]++;
            if (complete)
            {
                CellItemSum[itemBase + item] += value;
                CellItemSumOfSquares[itemBase + item] += value * value;
                ItemSum[item] += value;
                ItemSumOfSquares[item] += value * value;
            }
        }
    }

    private void EnsureCapacity(int workgroupCount)
    {
        if (workgroupCount <= Capacity)
        {
            return;
        }

        int old = Capacity;
        int capacity = Math.Max(workgroupCount, old * 2);
        CellTies = Relayout(CellTies, old, capacity, 1);
        CellScaledScore = Relayout(CellScaledScore, old, capacity, 1);
        CellComplete = Relayout(CellComplete, old, capacity, 1);
        CellItemSum = Relayout(CellItemSum, old, capacity, K);
        CellItemSumOfSquares = Relayout(CellItemSumOfSquares, old, capacity, K);
        WorkgroupRespondents = Grow(WorkgroupRespondents, capacity);
        WorkgroupIndex = Grow(WorkgroupIndex, capacity);
        WorkgroupBetweenSum = Grow(WorkgroupBetweenSum, capacity);
        WorkgroupBetweenCount = Grow(WorkgroupBetweenCount, capacity);
        Capacity = capacity;
    }

    private static T[] Grow<T>(T[] array, int capacity)
    {
        var grown = new T[capacity];
        array.AsSpan().CopyTo(grown);
        return grown;
    }

    // A square matrix with `width` values per cell, copied row by row into a larger square.
    private static long[] Relayout(long[] cells, int oldSide, int newSide, int width)
    {
        var grown = new long[newSide * newSide * width];
        for (int from = 0; from < oldSide; from++)
        {
            cells.AsSpan(from * oldSide * width, oldSide * width).CopyTo(grown.AsSpan(from * newSide * width));
        }

        return grown;
    }
}
