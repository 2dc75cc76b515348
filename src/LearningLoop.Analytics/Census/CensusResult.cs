namespace LearningLoop.Analytics.Census;

/// <summary>Patient days counted on one unit for one date (the date whose ending midnight was counted).</summary>
public readonly record struct CensusDay(string Unit, DateOnly Date, int PatientDays);

/// <summary>A line left out of the census, with its 1-based line number and why.</summary>
public readonly record struct SkippedLine(long Line, string Reason);

/// <summary>A location reference absent from the map, with the number of counted encounters that reference it.</summary>
public readonly record struct UnmappedLocation(string Location, int Encounters);

/// <summary>
/// The census of one file. <see cref="Days"/>: days with at least one patient day, by unit name (ordinal) then date;
/// <see cref="Skipped"/>: by line; <see cref="UnmappedLocations"/>: by reference (ordinal).
/// </summary>
public sealed record CensusResult(
    IReadOnlyList<CensusDay> Days,
    IReadOnlyList<SkippedLine> Skipped,
    IReadOnlyList<UnmappedLocation> UnmappedLocations)
{
    /// <summary>Lines read, blank lines included.</summary>
    public long Lines { get; init; }

    /// <summary>Encounters counted (inpatient classes, not cancelled or entered in error, not skipped).</summary>
    public long CountedEncounters { get; init; }

    /// <summary>Encounters of other classes or cancelled/entered-in-error ones: read, valid, not counted.</summary>
    public long IgnoredEncounters { get; init; }

    /// <summary>Patient days that fell on an unmapped location, or on no location at all.</summary>
    public long PatientDaysOnNoUnit { get; init; }
}
