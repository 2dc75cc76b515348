namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Part numbers, baseline and include flags per point, as qicharts2's <c>makeparts</c> and <c>qic.agg</c> set them:
/// a part starts after each break point (unique, sorted, within 1..count-1); the baseline is points 1..freeze,
/// where freeze is ignored when parts are given; excluded points are left out of the baseline and the runs analysis.
/// </summary>
internal static class SpcPartition
{
    public static void Assign(SpcOptions options, int count, SpcWorkspace ws)
    {
        var parts = options.Parts;
        var exclude = options.Exclude;
        var freeze = parts.Count > 0 || options.Freeze is null ? int.MaxValue : options.Freeze.Value;
        for (var i = 0; i < count; i++)
        {
            var index = i + 1;
            var part = 1;
            for (var k = 0; k < parts.Count; k++)
            {
                // Point index lies after break point b when index > b; duplicates and out-of-range breaks count once or not at all.
                var b = parts[k];
                if (b >= 1 && b < count && index > b && !SeenBefore(parts, k, b))
                    part++;
            }

            var include = !Contains(exclude, index);
            ws.Part[i] = part;
            ws.Include[i] = include;
            ws.Baseline[i] = index <= freeze;
            ws.Base[i] = include && index <= freeze;
        }
    }

    private static bool SeenBefore(IReadOnlyList<int> values, int upTo, int value)
    {
        for (var k = 0; k < upTo; k++)
        {
            if (values[k] == value)
                return true;
        }

        return false;
    }

    private static bool Contains(IReadOnlyList<int> values, int value)
    {
        for (var k = 0; k < values.Count; k++)
        {
            if (values[k] == value)
                return true;
        }

        return false;
    }
}
