namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Preallocated output and scratch buffers for <see cref="SpcEngine.Compute(SpcSubgroups, SpcOptions, SpcWorkspace)"/>:
/// reuse one per thread to chart many series without allocating. After a call, the first <see cref="Count"/>
/// entries of each array hold the chart (NaN where the friendly API reports null).
/// </summary>
public sealed class SpcWorkspace
{
    public SpcWorkspace(int capacity = 64) => Allocate(Math.Max(capacity, 1));

    public int Count { get; private set; }

    public double[] Y { get; private set; } = [];

    public double[] Cl { get; private set; } = [];

    public double[] Lcl { get; private set; } = [];

    public double[] Ucl { get; private set; } = [];

    public double[] Lcl2 { get; private set; } = [];

    public double[] Ucl2 { get; private set; } = [];

    public bool[] SigmaSignal { get; private set; } = [];

    public bool[] Include { get; private set; } = [];

    public bool[] Baseline { get; private set; } = [];

    /// <summary>1-based part number of each point.</summary>
    public int[] Part { get; private set; } = [];

    /// <summary>Runs analysis per part; the first <see cref="PartCount"/> entries are valid.</summary>
    public SpcPart[] Parts { get; private set; } = [];

    public int PartCount { get; internal set; }

    internal bool[] Base { get; private set; } = [];

    internal double[] Scratch { get; private set; } = [];

    internal double[] Scratch2 { get; private set; } = [];

    internal void Prepare(int count)
    {
        if (count > Y.Length)
            Allocate(Math.Max(count, Y.Length * 2));
        Count = count;
        PartCount = 0;
    }

    private void Allocate(int capacity)
    {
        Y = new double[capacity];
        Cl = new double[capacity];
        Lcl = new double[capacity];
        Ucl = new double[capacity];
        Lcl2 = new double[capacity];
        Ucl2 = new double[capacity];
        SigmaSignal = new bool[capacity];
        Include = new bool[capacity];
        Baseline = new bool[capacity];
        Part = new int[capacity];
        Parts = new SpcPart[capacity];
        Base = new bool[capacity];
        Scratch = new double[capacity];
        Scratch2 = new double[capacity];
    }
}
