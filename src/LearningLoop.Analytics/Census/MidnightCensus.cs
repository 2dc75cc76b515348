namespace LearningLoop.Analytics.Census;

/// <summary>
/// Patient days per unit and date from FHIR R4 bulk NDJSON <c>Encounter</c> resources, by the midnight census
/// (docs/safety.md, issue 9): streamed line by line, never loaded whole. The CLI (<c>learningloop census</c>) and
/// the web import both call this.
/// </summary>
public static class MidnightCensus
{
    /// <summary>Reads UTF-8 NDJSON from <paramref name="ndjson"/> (left open) and counts patient days.</summary>
    public static CensusResult Compute(Stream ndjson, LocationUnitMap locations, CensusOptions? options = null)
    {
        var census = new CensusAccumulator(locations, options ?? new CensusOptions());
        var lines = NdjsonLines.Read(ndjson, census.Add);
        return census.Result(lines);
    }

    /// <summary>The same over already decoded text (a CR alone also ends a line here, as TextReader.ReadLine does).</summary>
    public static CensusResult Compute(TextReader ndjson, LocationUnitMap locations, CensusOptions? options = null)
    {
        var census = new CensusAccumulator(locations, options ?? new CensusOptions());
        var lines = NdjsonLines.Read(ndjson, census.Add);
        return census.Result(lines);
    }
}
