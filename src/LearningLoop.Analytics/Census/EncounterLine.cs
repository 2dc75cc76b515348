using System.Text.Json;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Analytics.Census;

/// <summary>One <c>Encounter.location</c> entry: where, and from when to when (UTC ticks; null where not given).</summary>
internal struct LocationEntry
{
    public int ReferenceStart;
    public int ReferenceLength;
    public long? Start;
    public long? End;
}

/// <summary>
/// The few fields of one NDJSON line the census needs, read with <see cref="Utf8JsonReader"/> straight from the
/// UTF-8 bytes (decision 0012: a full FHIR model costs far more than the census can afford at 100,000 lines/s).
/// Every token is still read, so a line that is not valid JSON is always caught. Reused from line to line.
/// </summary>
internal sealed class EncounterLine
{
    // Names of the period and its two ends, for the reasons of skipped lines (built once, not per line).
    private static readonly string[] EncounterPeriod = ["period", "period.start", "period.end"];
    private static readonly string[] LocationPeriod = ["location.period", "location.period.start", "location.period.end"];
    private LocationEntry[] _locations = new LocationEntry[8];
    private char[] _references = new char[256];
    private int _referencesLength;

    /// <summary>Whether resourceType is Encounter; otherwise <see cref="ResourceType"/> says what it is.</summary>
    public bool IsEncounter { get; private set; }

    public string? ResourceType { get; private set; }
    public bool Inpatient { get; private set; }
    public bool Withdrawn { get; private set; }
    public long? Start { get; private set; }
    public long? End { get; private set; }
    public int LocationCount { get; private set; }

    /// <summary>The first reason the line's times cannot be used (no offset, not a date), or null.</summary>
    public string? TimeProblem { get; private set; }

    public ReadOnlySpan<LocationEntry> Locations => _locations.AsSpan(0, LocationCount);

    public ReadOnlySpan<char> Reference(in LocationEntry entry) => _references.AsSpan(entry.ReferenceStart, entry.ReferenceLength);

    /// <summary>Reads the line; false (with a reason) when it is not valid JSON or not a JSON object.</summary>
    public bool TryRead(ReadOnlySpan<byte> line, out string? problem)
    {
        IsEncounter = false;
        ResourceType = null;
        Inpatient = false;
        Withdrawn = false;
        Start = End = null;
        LocationCount = 0;
        TimeProblem = null;
        _referencesLength = 0;
        problem = null;
        var reader = new Utf8JsonReader(line, isFinalBlock: true, state: default);
        try
        {
            if (!reader.Read())
            {
                problem = "empty line";
                return false;
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                problem = "not an Encounter (not a JSON object)";
                EnsureEnd(ref reader);
                return false;
            }

            ReadResource(ref reader);
            EnsureEnd(ref reader);
            return true;
        }
        catch (JsonException e)
        {
            // The parser's message quotes the bad token, which can be a whole line: keep a prefix.
            problem = $"not valid JSON ({InputEcho.Prefix(FirstSentence(e.Message), 200)})";
            return false;
        }
        catch (InvalidOperationException)
        {
            // Utf8JsonReader throws this, not JsonException, when a string it is asked to decode is not valid UTF-8.
            problem = "not valid JSON (a string is not valid UTF-8)";
            return false;
        }
    }

    private static void EnsureEnd(ref Utf8JsonReader reader)
    {
        // A second value on the line makes Read throw; whitespace returns false.
        if (reader.Read())
            throw new JsonException("more than one JSON value on the line");
    }

    private void ReadResource(ref Utf8JsonReader reader)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("resourceType"u8))
            {
                reader.Read();
                IsEncounter = reader.TokenType == JsonTokenType.String && reader.ValueTextEquals("Encounter"u8);
                ResourceType = IsEncounter ? null : reader.TokenType == JsonTokenType.String ? reader.GetString() : "not a string";
                reader.Skip();
            }
            else if (reader.ValueTextEquals("status"u8))
            {
                reader.Read();
                Withdrawn = reader.TokenType == JsonTokenType.String
                    && (reader.ValueTextEquals("cancelled"u8) || reader.ValueTextEquals("entered-in-error"u8));
                reader.Skip();
            }
            else if (reader.ValueTextEquals("class"u8))
            {
                reader.Read();
                ReadClass(ref reader);
            }
            else if (reader.ValueTextEquals("period"u8))
            {
                reader.Read();
                var (start, end) = ReadPeriod(ref reader, EncounterPeriod);
                Start = start;
                End = end;
            }
            else if (reader.ValueTextEquals("location"u8))
            {
                reader.Read();
                ReadLocations(ref reader);
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
    }

    // R4: class is one Coding; the census counts the inpatient codes of v3 ActCode.
    private void ReadClass(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isCode = reader.ValueTextEquals("code"u8);
            reader.Read();
            if (isCode && reader.TokenType == JsonTokenType.String)
                Inpatient = reader.ValueTextEquals("IMP"u8) || reader.ValueTextEquals("ACUTE"u8) || reader.ValueTextEquals("NONAC"u8);
            reader.Skip();
        }
    }

    private (long? Start, long? End) ReadPeriod(ref Utf8JsonReader reader, string[] where)
    {
        long? start = null, end = null;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            TimeProblem ??= $"{where[0]} is not an object";
            return (null, null);
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isStart = reader.ValueTextEquals("start"u8);
            var isEnd = !isStart && reader.ValueTextEquals("end"u8);
            reader.Read();
            if (isStart)
                start = ReadInstant(ref reader, where[1]);
            else if (isEnd)
                end = ReadInstant(ref reader, where[2]);
            else
                reader.Skip();
        }

        return (start, end);
    }

    private long? ReadInstant(ref Utf8JsonReader reader, string where)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            reader.Skip();
            TimeProblem ??= $"{where} is not a dateTime string";
            return null;
        }

        Span<byte> scratch = stackalloc byte[64];
        var length = 0;
        if (reader.ValueIsEscaped && reader.ValueSpan.Length <= scratch.Length)
            length = reader.CopyString(scratch);
        var status = reader.ValueIsEscaped
            ? FhirInstant.TryParse(scratch[..length], out var ticks)
            : FhirInstant.TryParse(reader.ValueSpan, out ticks);
        switch (status)
        {
            case InstantStatus.Ok:
                return ticks;
            case InstantStatus.NoOffset:
                TimeProblem ??= $"{where} {reader.GetString()} gives a time without an offset";
                return null;
            case InstantStatus.NoTime:
                TimeProblem ??= $"{where} {reader.GetString()} gives no time of day";
                return null;
            default:
                TimeProblem ??= $"{where} {Shown(reader.GetString())} is not a FHIR dateTime";
                return null;
        }
    }

    private void ReadLocations(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                continue;
            }

            var entry = new LocationEntry { ReferenceStart = -1 };
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("location"u8))
                {
                    reader.Read();
                    ReadReference(ref reader, ref entry);
                }
                else if (reader.ValueTextEquals("period"u8))
                {
                    reader.Read();
                    (entry.Start, entry.End) = ReadPeriod(ref reader, LocationPeriod);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            // An entry that names no location (only a display, say) cannot be mapped to a unit: it is left out.
            if (entry.ReferenceStart >= 0)
                Add(entry);
        }
    }

    private void ReadReference(ref Utf8JsonReader reader, ref LocationEntry entry)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isReference = reader.ValueTextEquals("reference"u8);
            reader.Read();
            if (isReference && reader.TokenType == JsonTokenType.String)
            {
                var length = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                if (_references.Length < _referencesLength + length)
                    Array.Resize(ref _references, Math.Max(_references.Length * 2, _referencesLength + length));
                var written = reader.CopyString(_references.AsSpan(_referencesLength));
                entry.ReferenceStart = _referencesLength;
                entry.ReferenceLength = written;
                _referencesLength += written;
            }
            else
            {
                reader.Skip();
            }
        }
    }

    private void Add(in LocationEntry entry)
    {
        if (LocationCount == _locations.Length)
            Array.Resize(ref _locations, _locations.Length * 2);
        _locations[LocationCount++] = entry;
    }

    private static string Shown(string? value) => value is null ? "(none)" : value.Length <= 40 ? value : value[..40] + "…";

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).TrimEnd('.');
    }
}
