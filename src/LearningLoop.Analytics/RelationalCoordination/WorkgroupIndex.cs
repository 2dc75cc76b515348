namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// Dense integer indices for workgroup labels (from the workgroup and the target column), and the order in which
/// labels first appear as a target, which is the output order of cells and profiles.
/// </summary>
internal sealed class WorkgroupIndex
{
    private const int RecentSize = 16;
    private readonly Dictionary<string, int> _byLabel = new(StringComparer.Ordinal);
    private readonly List<string> _labels = [];
    private readonly List<bool> _isTarget = [];
    private readonly List<int> _targetOrder = [];
    private readonly string?[] _recent = new string?[RecentSize];
    private readonly int[] _recentIndex = new int[RecentSize];
    private int _recentNext;

    public int Count => _labels.Count;

    public IReadOnlyList<int> TargetOrder => _targetOrder;

    public string Label(int index) => _labels[index];

    public int IndexOf(string label)
    {
        // Inputs repeat a handful of label instances millions of times: a reference check avoids hashing the string.
        for (int i = 0; i < RecentSize; i++)
        {
            if (ReferenceEquals(_recent[i], label))
            {
                return _recentIndex[i];
            }
        }

        if (!_byLabel.TryGetValue(label, out int index))
        {
            index = _labels.Count;
            _byLabel.Add(label, index);
            _labels.Add(label);
            _isTarget.Add(false);
        }

        _recent[_recentNext] = label;
        _recentIndex[_recentNext] = index;
        _recentNext = (_recentNext + 1) % RecentSize;
        return index;
    }

    public void MarkTarget(int index)
    {
        if (!_isTarget[index])
        {
            _isTarget[index] = true;
            _targetOrder.Add(index);
        }
    }
}
