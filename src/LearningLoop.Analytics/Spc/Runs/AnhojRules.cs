namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Anhøj's runs analysis (qicharts2 <c>runs.analysis</c>; Anhøj and Olesen 2014) of one part: over included
/// points, points on the centre line (or missing) are not useful; a run is a sequence of useful points on the same
/// side; a crossing is a change of side. The part signals non-random variation when its longest run exceeds
/// <see cref="AnhojLimits.LongestRunMax"/> or its crossings fall below <see cref="AnhojLimits.CrossingsMin"/>.
/// </summary>
public static class AnhojRules
{
    /// <param name="y">Plotted values of the part.</param>
    /// <param name="cl">Centre line of the part.</param>
    /// <param name="include">False for excluded points.</param>
    /// <param name="part">1-based part number.</param>
    /// <param name="firstIndex">1-based index of the part's first point in the chart.</param>
    public static SpcPart Analyse(ReadOnlySpan<double> y, ReadOnlySpan<double> cl, ReadOnlySpan<bool> include, int part, int firstIndex)
    {
        var nObs = 0;
        var nUseful = 0;
        var runs = 0;
        var side = 0;
        var runLength = 0;
        var runStart = 0;
        var longest = 0;
        var longestStart = 0;
        var longestEnd = 0;
        var longestSide = 0;
        for (var i = 0; i < y.Length; i++)
        {
            if (!include[i])
                continue;
            nObs++;
            var d = y[i] - cl[i];
            if (double.IsNaN(d) || d == 0)
                continue;
            nUseful++;
            var s = d > 0 ? 1 : -1;
            if (s != side)
            {
                runs++;
                side = s;
                runLength = 0;
                runStart = i;
            }

            runLength++;
            if (runLength > longest)
            {
                longest = runLength;
                longestStart = runStart;
                longestEnd = i;
                longestSide = s;
            }
        }

        if (nUseful == 0)
            return new SpcPart { Part = part, FirstIndex = firstIndex, LastIndex = firstIndex + y.Length - 1, NObs = nObs };

        var longestRunMax = AnhojLimits.LongestRunMax(nUseful);
        var crossingsMin = AnhojLimits.CrossingsMin(nUseful);
        var crossings = runs - 1;
        return new SpcPart
        {
            Part = part,
            FirstIndex = firstIndex,
            LastIndex = firstIndex + y.Length - 1,
            NObs = nObs,
            NUseful = nUseful,
            LongestRun = longest,
            LongestRunMax = longestRunMax,
            NCrossings = crossings,
            NCrossingsMin = crossingsMin,
            RunsSignal = longest > longestRunMax || crossings < crossingsMin,
            LongestRunStart = firstIndex + longestStart,
            LongestRunEnd = firstIndex + longestEnd,
            LongestRunSide = longestSide,
        };
    }
}
