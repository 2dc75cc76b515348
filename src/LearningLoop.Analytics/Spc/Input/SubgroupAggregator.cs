namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Groups rows by x and summarises each subgroup as qicharts2's <c>qic.agg</c> does: y.sum, y.length, y.mean, y.sd,
/// n = sum(n), and y = sum(y) / sum(n) with a denominator or mean(y) without. Points are ordered by x
/// (numbers numerically, ISO dates chronologically, categories by first appearance).
/// </summary>
internal static class SubgroupAggregator
{
    public sealed record Result(SpcSubgroups Subgroups, string[] Labels, int[] FirstRows, SpcXKind XKind);

    public static Result Aggregate(IReadOnlyList<SpcObservation> rows, bool hasDenominator)
    {
        var kind = XAxisClassifier.Classify(rows);
        var groups = new List<Group>();
        var byKey = new Dictionary<string, Group>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = GroupKey(row.X, kind);
            if (!byKey.TryGetValue(key, out var group))
            {
                group = new Group(row.X, row.Row, XAxisClassifier.Key(row.X, kind), groups.Count);
                byKey.Add(key, group);
                groups.Add(group);
            }

            group.Add(row, hasDenominator);
        }

        if (kind != SpcXKind.Categorical)
            groups.Sort(static (a, b) => a.SortKey != b.SortKey ? a.SortKey.CompareTo(b.SortKey) : a.Order.CompareTo(b.Order));

        var subgroups = new SpcSubgroups(groups.Count) { HasDenominator = hasDenominator, IsCategorical = kind == SpcXKind.Categorical };
        subgroups.Resize(groups.Count);
        var labels = new string[groups.Count];
        var firstRows = new int[groups.Count];
        for (var i = 0; i < groups.Count; i++)
        {
            var g = groups[i];
            labels[i] = g.Label;
            firstRows[i] = g.FirstRow;
            g.Summarise(subgroups, i, hasDenominator);
        }

        return new Result(subgroups, labels, firstRows, kind);
    }

    // Numbers and dates group by value ("1" and "1.0" are one subgroup); categories by their exact text.
    private static string GroupKey(string x, SpcXKind kind) =>
        kind == SpcXKind.Categorical ? x : XAxisClassifier.Key(x, kind).ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class Group(string label, int firstRow, double sortKey, int order)
    {
        private int _rows;
        private int _size;
        private double _sum;
        private double _mean;
        private double _m2;
        private double _n;
        private bool _singleMissing;

        public string Label { get; } = label;

        public int FirstRow { get; } = firstRow;

        public double SortKey { get; } = sortKey;

        public int Order { get; } = order;

        public void Add(SpcObservation row, bool hasDenominator)
        {
            _rows++;
            // qicharts2 blanks y and n together when either is missing (complete.cases).
            var missing = row.Y is null || (hasDenominator && row.N is null);
            if (missing)
            {
                _singleMissing = true;
                return;
            }

            var y = row.Y!.Value;
            _size++;
            _sum += y;
            // Welford's update for the subgroup standard deviation.
            var delta = y - _mean;
            _mean += delta / _size;
            _m2 += delta * (y - _mean);
            if (hasDenominator)
                _n += row.N!.Value;
        }

        public void Summarise(SpcSubgroups s, int i, bool hasDenominator)
        {
            // sum(y, na.rm = length(y) > 1): a lone missing value stays missing.
            s.Sum[i] = _rows == 1 && _singleMissing ? double.NaN : _sum;
            s.Size[i] = _size;
            s.Mean[i] = _size > 0 ? _mean : double.NaN;
            s.StdDev[i] = _size > 1 ? Math.Sqrt(_m2 / (_size - 1)) : double.NaN;
            s.Denominator[i] = hasDenominator ? _n : double.NaN;
            s.Value[i] = hasDenominator
                ? (_size > 0 ? _sum / _n : double.NaN)
                : s.Mean[i];
        }
    }
}
