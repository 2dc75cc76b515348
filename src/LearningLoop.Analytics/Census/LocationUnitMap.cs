namespace LearningLoop.Analytics.Census;

/// <summary>
/// Location references (as written in the Encounter, e.g. <c>Location/w4</c>, compared ordinally) to unit names.
/// Several locations may share a unit.
/// </summary>
public sealed class LocationUnitMap
{
    private readonly Dictionary<string, int> _unitIndexByLocation = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    /// <summary>Builds the map; a location mapped twice to different units is refused.</summary>
    public LocationUnitMap(IEnumerable<KeyValuePair<string, string>> unitByLocation)
    {
        ArgumentNullException.ThrowIfNull(unitByLocation);
        var units = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = unitByLocation.ToList();
        foreach (var unit in pairs.Select(p => p.Value).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            units[unit] = units.Count;
        foreach (var (location, unit) in pairs)
        {
            ArgumentException.ThrowIfNullOrEmpty(location, nameof(unitByLocation));
            ArgumentException.ThrowIfNullOrEmpty(unit, nameof(unitByLocation));
            if (_unitIndexByLocation.TryGetValue(location, out var existing) && existing != units[unit])
                throw new ArgumentException($"Location {location} is mapped to two units.", nameof(unitByLocation));
            _unitIndexByLocation[location] = units[unit];
        }

        Units = [.. units.Keys];
        _lookup = _unitIndexByLocation.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The distinct unit names in ordinal order; a unit's index is its position here.</summary>
    public IReadOnlyList<string> Units { get; }

    public int Count => _unitIndexByLocation.Count;

    /// <summary>The unit a location maps to, or null.</summary>
    public string? UnitOf(string location) =>
        _unitIndexByLocation.TryGetValue(location, out var index) ? Units[index] : null;

    internal bool TryGetUnitIndex(ReadOnlySpan<char> location, out int unitIndex) => _lookup.TryGetValue(location, out unitIndex);
}
