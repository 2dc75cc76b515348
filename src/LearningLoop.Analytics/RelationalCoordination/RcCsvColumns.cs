namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>The header of the long-format input and where each required column sits in it.</summary>
internal sealed class RcCsvColumns
{
    public static readonly string[] Required = ["wave", "respondent", "workgroup", "target", "item", "value"];

    private RcCsvColumns(int[] positions, int fieldCount)
    {
        Positions = positions;
        FieldCount = fieldCount;
    }

    /// <summary>Field position of wave, respondent, workgroup, target, item, value (in <see cref="Required"/> order).</summary>
    public int[] Positions { get; }

    public int FieldCount { get; }

    public bool IsCanonical => FieldCount == Required.Length && Positions.AsSpan().SequenceEqual([0, 1, 2, 3, 4, 5]);

    /// <summary>Maps the header fields (any order, extra columns ignored, case-insensitive); null with the missing names.</summary>
    public static RcCsvColumns? From(IReadOnlyList<string> header, out List<string> missing)
    {
        var positions = new int[Required.Length];
        missing = [];
        for (int c = 0; c < Required.Length; c++)
        {
            positions[c] = -1;
            for (int f = 0; f < header.Count; f++)
            {
                if (string.Equals(header[f].Trim(), Required[c], StringComparison.OrdinalIgnoreCase))
                {
                    positions[c] = f;
                    break;
                }
            }

            if (positions[c] < 0)
            {
                missing.Add(Required[c]);
            }
        }

        return missing.Count == 0 ? new RcCsvColumns(positions, header.Count) : null;
    }
}
