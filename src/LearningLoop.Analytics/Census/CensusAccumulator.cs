namespace LearningLoop.Analytics.Census;

/// <summary>
/// Applies the census rules to one line at a time. The order of the checks (decision 0012): a line must be JSON and
/// an Encounter; then encounters of other classes, cancelled or entered in error are ignored (not listed); then
/// a counted encounter whose times cannot be placed (no start, no offset, end before start, open without --until) is
/// a skipped line.
/// </summary>
internal sealed class CensusAccumulator
{
    private const int NoUnit = -1;
    private readonly LocationUnitMap _map;
    private readonly MidnightCalendar _calendar;
    private readonly long? _openEnd;
    private readonly EncounterLine _line = new();
    private readonly DayTally _tally;
    private readonly List<SkippedLine> _skipped = [];
    // Unmapped references, each with an index into _unmappedCounts; looked up without allocating a string.
    private readonly Dictionary<string, int> _unmapped = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _unmappedLookup;
    private readonly List<int> _unmappedCounts = [];
    private readonly List<int> _unmappedSeen = [];
    private int[] _entryUnits = new int[8];
    private long _counted;
    private long _ignored;
    private long _onNoUnit;

    public CensusAccumulator(LocationUnitMap map, CensusOptions options)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(options);
        _map = map;
        _calendar = new MidnightCalendar(options.TimeZone);
        _tally = new DayTally(map.Units.Count);
        _unmappedLookup = _unmapped.GetAlternateLookup<ReadOnlySpan<char>>();
        // An open encounter is present through the midnight that ends the --until day, and no later.
        if (options.Until is { } until)
            _openEnd = _calendar.DayStart(until.DayNumber + 1) + 1;
    }

    public void Add(ReadOnlySpan<byte> text, long lineNumber)
    {
        var line = _line;
        if (!line.TryRead(text, out var problem))
        {
            Skip(lineNumber, problem!);
            return;
        }

        if (!line.IsEncounter)
        {
            Skip(lineNumber, line.ResourceType is null ? "not a FHIR resource (no resourceType)" : $"not an Encounter (resourceType {line.ResourceType})");
            return;
        }

        if (!line.Inpatient || line.Withdrawn)
        {
            _ignored++;
            return;
        }

        if (line.TimeProblem is { } timeProblem)
        {
            Skip(lineNumber, timeProblem);
            return;
        }

        if (line.Start is not { } start)
        {
            Skip(lineNumber, "the encounter has no period.start");
            return;
        }

        long end;
        if (line.End is { } given)
        {
            if (given < start)
            {
                Skip(lineNumber, "period.end is before period.start");
                return;
            }

            end = given;
        }
        else if (_openEnd is { } openEnd)
        {
            end = openEnd;
        }
        else
        {
            Skip(lineNumber, "the encounter has no period.end (open) and no --until date was given");
            return;
        }

        Count(line, start, end);
    }

    public CensusResult Result(long lines)
    {
        var units = _map.Units;
        var days = _tally.Days().Select(d => new CensusDay(units[d.Unit], d.Date, d.PatientDays)).ToList();
        var unmapped = _unmapped.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => new UnmappedLocation(p.Key, _unmappedCounts[p.Value])).ToList();
        return new CensusResult(days, _skipped, unmapped)
        {
            Lines = lines,
            CountedEncounters = _counted,
            IgnoredEncounters = _ignored,
            PatientDaysOnNoUnit = _onNoUnit,
        };
    }

    private void Skip(long lineNumber, string reason) => _skipped.Add(new SkippedLine(lineNumber, reason));

    private void Count(EncounterLine line, long start, long end)
    {
        _counted++;
        var entries = line.Locations;
        ResolveUnits(line, entries);

        var calendar = _calendar;
        var startDay = calendar.LocalDay(start);
        // The first midnight at or after the start: the start itself when it is exactly 00:00.
        var day = calendar.DayStart(startDay) == start ? startDay : startDay + 1;
        var midnights = 0;
        for (var midnight = calendar.DayStart(day); midnight < end; midnight = calendar.DayStart(++day))
        {
            // The midnight that begins day D counts for date D - 1.
            Tally(CoveringEntry(entries, start, midnight), day - 1);
            midnights++;
        }

        // Present at no midnight: one patient day on the start date, where it started.
        if (midnights == 0)
            Tally(CoveringEntry(entries, start, start), startDay);
    }

    private void Tally(int entry, int dayNumber)
    {
        var unit = entry < 0 ? NoUnit : _entryUnits[entry];
        if (unit == NoUnit)
            _onNoUnit++;
        else
            _tally.Add(unit, dayNumber);
    }

    /// <summary>
    /// The entry that covers the instant (its start ≤ t &lt; its end); where entries overlap, the one that started
    /// last, and among equal starts the later in the list. A period without a start begins with the encounter; one
    /// without an end lasts to the encounter's end (so, for a covered instant, never ends).
    /// </summary>
    private static int CoveringEntry(ReadOnlySpan<LocationEntry> entries, long encounterStart, long instant)
    {
        var best = -1;
        var bestStart = long.MinValue;
        for (var i = 0; i < entries.Length; i++)
        {
            var entryStart = entries[i].Start ?? encounterStart;
            if (entryStart <= instant && (entries[i].End is not { } entryEnd || instant < entryEnd) && entryStart >= bestStart)
            {
                best = i;
                bestStart = entryStart;
            }
        }

        return best;
    }

    /// <summary>Maps each entry to a unit once, and counts the encounter once for each unmapped location it names.</summary>
    private void ResolveUnits(EncounterLine line, ReadOnlySpan<LocationEntry> entries)
    {
        if (_entryUnits.Length < entries.Length)
            _entryUnits = new int[entries.Length * 2];
        _unmappedSeen.Clear();
        for (var i = 0; i < entries.Length; i++)
        {
            var reference = line.Reference(entries[i]);
            if (_map.TryGetUnitIndex(reference, out var unit))
            {
                _entryUnits[i] = unit;
                continue;
            }

            _entryUnits[i] = NoUnit;
            if (!_unmappedLookup.TryGetValue(reference, out var index))
            {
                index = _unmappedCounts.Count;
                _unmapped.Add(reference.ToString(), index);
                _unmappedCounts.Add(0);
            }

            if (!_unmappedSeen.Contains(index))
            {
                _unmappedSeen.Add(index);
                _unmappedCounts[index]++;
            }
        }
    }
}
