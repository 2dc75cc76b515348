using System.CommandLine;
using System.Globalization;
using LearningLoop.Analytics.Census;
using LearningLoop.Core.Imports;

namespace LearningLoop.Cli.Commands;

/// <summary>
/// <c>learningloop census --input encounters.ndjson --locations map.csv [--until DATE] [--time-zone ZONE]
/// [--format json|csv]</c>: patient days per unit and date by the midnight census (docs/safety.md). Skipped lines are
/// part of the result, not errors; a bad option or file gives a message on standard error and exit code 2.
/// </summary>
internal static class CensusCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input") { Description = "FHIR R4 bulk NDJSON file of Encounter resources.", Required = true };
        var locations = new Option<string>("--locations") { Description = "CSV with the header location,unit.", Required = true };
        var until = new Option<string?>("--until") { Description = "Count open encounters through the midnight that ends this date (YYYY-MM-DD)." };
        var timeZone = new Option<string>("--time-zone")
        {
            Description = "The organisation's time zone (IANA name, e.g. America/Toronto); midnight is 00:00 there.",
            DefaultValueFactory = _ => "UTC",
        };
        var format = new Option<string>("--format") { Description = "Output format: json (default) or csv.", DefaultValueFactory = _ => "json" };

        var command = new Command("census", "Patient days per unit and date from FHIR Encounters (midnight census).")
        {
            input, locations, until, timeZone, format,
        };
        command.SetAction(parseResult => Run(
            new CensusRequest(
                parseResult.GetValue(input)!,
                parseResult.GetValue(locations)!,
                parseResult.GetValue(until),
                parseResult.GetValue(timeZone) ?? "UTC",
                parseResult.GetValue(format) ?? "json"),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    internal sealed record CensusRequest(string Input, string Locations, string? Until, string TimeZone, string Format);

    internal static int Run(CensusRequest request, TextWriter output, TextWriter error)
    {
        var format = request.Format.Trim().ToLowerInvariant();
        if (format is not ("json" or "csv"))
            return Refuse(error, $"--format {request.Format}: use json or csv.");
        var zone = CensusOptions.FindTimeZone(request.TimeZone);
        if (zone is null)
            return Refuse(error, $"--time-zone {request.TimeZone}: not a time zone this system knows; use an IANA name such as America/Toronto.");
        DateOnly? until = null;
        if (request.Until is { } untilText)
        {
            if (!DateOnly.TryParseExact(untilText.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                return Refuse(error, $"--until {untilText}: not a date; write it as YYYY-MM-DD.");
            until = date;
        }

        if (!File.Exists(request.Locations))
            return Refuse(error, $"--locations {request.Locations}: the file does not exist.");
        if (!File.Exists(request.Input))
            return Refuse(error, $"--input {request.Input}: the file does not exist.");

        try
        {
            LocationUnitMap? map;
            IReadOnlyList<ImportError> errors;
            using (var reader = new StreamReader(request.Locations))
                (map, errors) = CensusLocationsCsv.Read(reader);
            if (map is null)
            {
                error.WriteLine($"{Path.GetFileName(request.Locations)}: the location map was refused.");
                foreach (var e in errors)
                    error.WriteLine($"{Path.GetFileName(request.Locations)}: {e}");
                return CliExit.InvalidInput;
            }

            CensusResult result;
            using (var stream = new FileStream(request.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
                result = MidnightCensus.Compute(stream, map, new CensusOptions(zone, until));

            if (format == "csv")
            {
                // The CSV holds the days only; what was left out goes to standard error so it is not lost.
                CensusCsvWriter.Write(result, output);
                foreach (var skipped in result.Skipped)
                    error.WriteLine($"{Path.GetFileName(request.Input)}:{skipped.Line}: skipped: {skipped.Reason}");
                foreach (var unmapped in result.UnmappedLocations)
                    error.WriteLine($"unmapped location {unmapped.Location} ({unmapped.Encounters} encounters)");
            }
            else
                CensusJsonWriter.Write(result, output);
            return CliExit.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Refuse(error, e.Message);
        }
    }

    private static int Refuse(TextWriter error, string message)
    {
        error.WriteLine(message);
        return CliExit.InvalidInput;
    }
}
