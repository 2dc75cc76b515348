namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// The answers of the respondent whose rows are being read: a small grid of target x item values, with the line of
/// each answer so a duplicate can name both lines. Slots are stamped with the respondent's serial number instead of
/// being cleared, so opening a respondent costs nothing.
/// </summary>
internal sealed class OpenRespondent
{
    private int _serial;
    private int _targetCapacity;
    private int[] _slotSerial = [];
    private long[] _slotLine = [];
    private byte[] _value = [];
    private int[] _targetSerial = [];
    private int[] _touched = [];

    public string? Id { get; private set; }

    public int Workgroup { get; private set; }

    public long WorkgroupLine { get; private set; }

    public int TouchedCount { get; private set; }

    public bool IsOpen => Id is not null;

    public void Open(string id, int workgroup, long line, int workgroupCount)
    {
        Id = id;
        Workgroup = workgroup;
        WorkgroupLine = line;
        TouchedCount = 0;
        _serial++;
        EnsureCapacity(workgroupCount);
    }

    public void Close() => Id = null;

    public void EnsureCapacity(int workgroupCount)
    {
        if (workgroupCount <= _targetCapacity)
        {
            return;
        }

        int capacity = Math.Max(workgroupCount, _targetCapacity * 2);
        Array.Resize(ref _slotSerial, capacity * RcItems.Count);
        Array.Resize(ref _slotLine, capacity * RcItems.Count);
        Array.Resize(ref _value, capacity * RcItems.Count);
        Array.Resize(ref _targetSerial, capacity);
        Array.Resize(ref _touched, capacity);
        _targetCapacity = capacity;
    }

    /// <summary>Records an answer (value 0 = not answered); false, with the earlier line, when it is a duplicate.</summary>
    public bool TryRecord(int target, int item, byte value, long line, out long earlierLine)
    {
        int slot = (target * RcItems.Count) + item;
        if (_slotSerial[slot] == _serial)
        {
            earlierLine = _slotLine[slot];
            return false;
        }

        if (_targetSerial[target] != _serial)
        {
            _targetSerial[target] = _serial;
            _touched[TouchedCount++] = target;
            _value.AsSpan(target * RcItems.Count, RcItems.Count).Clear();
        }

        _slotSerial[slot] = _serial;
        _slotLine[slot] = line;
        _value[slot] = value;
        earlierLine = 0;
        return true;
    }

    public int TouchedTarget(int i) => _touched[i];

    /// <summary>The seven answers (0 = not answered) about <paramref name="target"/>.</summary>
    public ReadOnlySpan<byte> Answers(int target) => _value.AsSpan(target * RcItems.Count, RcItems.Count);
}
