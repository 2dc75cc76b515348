using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningLoop.EndToEnd.Tests.Infrastructure;
using LearningLoop.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace LearningLoop.EndToEnd.Tests.Faults;

/// <summary>Issue 13 item 10, the import half: the server process is killed (SIGKILL) while a bulk import is being stored
/// (measure data as CSV, then patient days from FHIR NDJSON), once the test sees the import's transaction writing, and
/// started again on the same database. Each import is then wholly present or wholly absent (whole if it was
/// acknowledged), everything else is as it was, and sending the same file again is accepted and leaves one copy.</summary>
public sealed class KilledImportTests(ITestOutputHelper output)
{
    private const string Lead = "lead@riverside.example";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Measure data: 60 months of an xbar chart with 200 measurements each (a subgroup chart keeps several rows a period).
    private const int Months = 60;
    private const int MeasurementsEach = 200;
    private const int MeasureRows = Months * MeasurementsEach;

    // The census: 5 units over 4,020 days of the 1990s (long before the demo's days), 3 stays over every midnight.
    private const int CensusUnits = 5;
    private const int CensusDays = 4020;
    private const int StayNights = 30;
    private const int StaysAtOnce = 3;
    private const int CensusRows = CensusUnits * CensusDays;
    private static readonly DateOnly CensusFrom = new(1990, 1, 1);

    [Fact]
    public Task Sqlite_keeps_each_import_whole_or_absent_after_a_kill_and_stores_it_once_when_sent_again() => ImportsSurviveKillsAsync("Sqlite");

    [PostgresFact]
    public Task Postgres_keeps_each_import_whole_or_absent_after_a_kill_and_stores_it_once_when_sent_again() => ImportsSurviveKillsAsync("Postgres");

    private async Task ImportsSurviveKillsAsync(string provider)
    {
        var clock = Stopwatch.StartNew();
        await using var database = await FaultDatabase.CreateAsync(provider);
        await using var app = new RestartedApp(database, await RunningApp.StartAsync(demo: true, database.Settings));
        int measure;
        string key;
        List<string> units;
        using (var lead = new FaultClient(app.Address))
        {
            await lead.SignInAsync(Lead);
            measure = await CreateMeasureAsync(lead.Http);
            // Both imports are sent as a script sends them, with an API key (the census import takes nothing else).
            key = await lead.CreateApiKeyAsync("Monthly upload");
            units = (await lead.Http.GetFromJsonAsync<JsonElement[]>("/api/v1/units", Json))!.Select(u => u.GetProperty("name").GetString()!)
                .Order(StringComparer.Ordinal).Take(CensusUnits).ToList();
        }
        Assert.Equal(CensusUnits, units.Count);
        output.WriteLine($"{provider}: the demo app was ready after {clock.Elapsed.TotalSeconds:0.0} s");
        var scope = new ImportScope(measure, units);
        var before = await OtherCountsAsync(database, scope);
        Assert.Equal(0, await database.CountAsync(scope.MeasureRows));
        Assert.Equal(0, await database.CountAsync(scope.CensusRows));

        var csv = MeasureCsv();
        await KillRestartAndRepeatAsync(app, database, scope, before, new BulkImport("measure CSV", "MeasureValues", scope.MeasureRows, MeasureRows, Months,
            address => SendAsync(address, key, $"/api/v1/measures/{measure}/values/import", new StringContent(csv, Encoding.UTF8, "text/csv")),
            result => result));
        Assert.Equal(Months, await database.CountAsync($"""SELECT count(DISTINCT "Period") FROM "MeasureValues" WHERE "MeasureId" = {measure}"""));
        Assert.Equal(0, await database.CountAsync($"""
            SELECT count(*) FROM (SELECT "Period" FROM "MeasureValues" WHERE "MeasureId" = {measure}
            GROUP BY "Period" HAVING count(*) <> {MeasurementsEach}) twice
            """));
        Assert.Equal(Enumerable.Range(0, MeasureRows).Sum(Measurement),
            await database.CountAsync($"""SELECT sum("Numerator") FROM "MeasureValues" WHERE "MeasureId" = {measure}"""));

        var encounters = EncountersNdjson();
        var map = LocationMap(units);
        await KillRestartAndRepeatAsync(app, database, scope, before, new BulkImport("census NDJSON", "PatientDays", scope.CensusRows, CensusRows, CensusRows,
            address => SendAsync(address, key, "/api/v1/safety/patient-days/fhir", new MultipartFormDataContent
            {
                { new StringContent(encounters, Encoding.UTF8, "application/x-ndjson"), "encounters", "encounters.ndjson" },
                { new StringContent(map, Encoding.UTF8, "text/csv"), "locations", "locations.csv" },
            }),
            result => result.GetProperty("stored")));
        Assert.Equal((long)CensusRows * StaysAtOnce, await database.CountAsync(scope.CensusRows.Replace("count(*)", "sum(\"Days\")", StringComparison.Ordinal)));
        Assert.Equal(MeasureRows, await database.CountAsync(scope.MeasureRows));
        output.WriteLine($"{provider}: {clock.Elapsed.TotalSeconds:0.0} s in all");
    }

    /// <summary>One import: what it is called, the table it writes, the SQL counting its rows, the rows it stores, what
    /// its answer counts as created (or updated, when sent again), how it is sent and where its answer's counts are.</summary>
    private sealed record BulkImport(string Name, string Table, string CountSql, int Rows, int Counted,
        Func<Uri, Task<HttpResponseMessage>> Send, Func<JsonElement, JsonElement> Result);

    /// <summary>Kills the server during the import, restarts it, checks the import is whole or absent and the rest as it
    /// was, then sends the same file twice: each time accepted, and one copy in the database.</summary>
    private async Task KillRestartAndRepeatAsync(RestartedApp app, FaultDatabase database, ImportScope scope, List<string> before, BulkImport import)
    {
        var acknowledged = await KillDuringAsync(app.Current, database, import);
        var clock = Stopwatch.StartNew();
        await app.RestartAsync();
        output.WriteLine($"{import.Name}: restarted in {clock.Elapsed.TotalSeconds:0.0} s");
        var stored = await WholeOrAbsentAsync(database, import, acknowledged);
        Assert.Equal(before, await OtherCountsAsync(database, scope));
        for (var time = 1; time <= 2; time++)
        {
            clock.Restart();
            var result = import.Result(await OkJsonAsync(await import.Send(app.Address)));
            output.WriteLine($"{import.Name}: sent again ({time}), stored in {clock.ElapsedMilliseconds} ms");
            // What an earlier copy stored is replaced, never added to.
            Assert.Equal(stored == 0 && time == 1 ? (import.Counted, 0) : (0, import.Counted),
                (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
            Assert.Equal(import.Rows, await database.CountAsync(import.CountSql));
        }
        Assert.Equal(before, await OtherCountsAsync(database, scope));
    }

    /// <summary>Sends an import and kills the server once the import's transaction has been seen writing for a while, or
    /// once the import was answered. Says whether it was acknowledged (200) before the kill.</summary>
    private async Task<bool> KillDuringAsync(RunningApp app, FaultDatabase database, BulkImport import)
    {
        var name = import.Name;
        var clock = Stopwatch.StartNew();
        var sending = Task.Run(() => import.Send(app.Address));
        // Seen writing for 150 ms on end: the app's other writes (an API key's last use) are single short statements.
        var writingSince = TimeSpan.MaxValue;
        while (!sending.IsCompleted && clock.Elapsed - writingSince < TimeSpan.FromMilliseconds(150))
        {
            if (!await database.IsWritingAsync(import.Table)) writingSince = TimeSpan.MaxValue;
            else if (writingSince == TimeSpan.MaxValue) writingSince = clock.Elapsed;
            await Task.Delay(5);
        }
        var answered = sending.IsCompleted;
        var killedAt = clock.Elapsed.TotalMilliseconds;
        await app.KillAsync();
        HttpResponseMessage? response = null;
        try
        {
            response = await sending;
        }
        catch (HttpRequestException) { }
        catch (TaskCanceledException) { }
        if (answered)
        {
            Assert.NotNull(response);
            Assert.True(response.IsSuccessStatusCode, $"{name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        output.WriteLine(answered
            ? $"{name}: answered {(int)response!.StatusCode} after {killedAt:0} ms, before its transaction was seen; killed after the commit"
            : $"{name}: killed {killedAt:0} ms after sending, mid-import (its transaction seen writing from {writingSince.TotalMilliseconds:0} ms)");
        return answered;
    }

    private async Task<long> WholeOrAbsentAsync(FaultDatabase database, BulkImport import, bool acknowledged)
    {
        var stored = await database.CountAsync(import.CountSql);
        var whole = import.Rows;
        output.WriteLine($"{import.Name}: after the restart {stored} of {whole} rows: {(stored == 0 ? "absent" : stored == whole ? "whole" : "PARTIAL")}");
        Assert.True(stored == 0 || stored == whole, $"{import.Name}: {stored} of {whole} rows stored, a partial import");
        if (acknowledged) Assert.Equal(whole, stored);
        return stored;
    }

    private static async Task<JsonElement> OkJsonAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement;
    }

    private sealed record ImportScope(int Measure, List<string> Units)
    {
        private string UnitIds => $"""SELECT "Id" FROM "Units" WHERE "Name" IN ({string.Join(", ", Units.Select(u => $"'{u.Replace("'", "''", StringComparison.Ordinal)}'"))})""";

        private string InCensus => $"""
            "UnitId" IN ({UnitIds}) AND "Date" >= '{CensusFrom:yyyy-MM-dd}' AND "Date" <= '{CensusFrom.AddDays(CensusDays - 1):yyyy-MM-dd}'
            """;

        public string MeasureRows => $"""SELECT count(*) FROM "MeasureValues" WHERE "MeasureId" = {Measure}""";

        public string CensusRows => $"""SELECT count(*) FROM "PatientDays" WHERE {InCensus}""";

        /// <summary>What the imports must leave alone: the demo's other data, counted, and the other patient days summed.</summary>
        public IEnumerable<(string Name, string Sql)> Others()
        {
            foreach (var table in new[] { "Organisations", "Units", "People", "Measures", "MeasurePhases", "Initiatives", "Waves", "Responses", "Answers",
                "SafetyEvents", "PdsaCycles", "Lessons", "PartnerRecords", "ApiKeys" })
            {
                yield return (table, $"""SELECT count(*) FROM "{table}" """);
            }
            yield return ("other measures' values", $"""SELECT count(*) FROM "MeasureValues" WHERE "MeasureId" <> {Measure}""");
            yield return ("other patient days", $"""SELECT coalesce(sum("Days"), 0) FROM "PatientDays" WHERE NOT ({InCensus})""");
        }
    }

    private static async Task<List<string>> OtherCountsAsync(FaultDatabase database, ImportScope scope)
    {
        var counts = new List<string>();
        foreach (var (name, sql) in scope.Others()) counts.Add($"{name}: {await database.CountAsync(sql)}");
        return counts;
    }

    private static async Task<int> CreateMeasureAsync(HttpClient lead)
    {
        var units = await lead.GetFromJsonAsync<JsonElement[]>("/api/v1/units", Json);
        var created = await lead.PostAsJsonAsync("/api/v1/measures", new
        {
            name = "Minutes from arrival to first antibiotic dose", ownerLevel = "Unit", kind = "Process", chart = "Xbar", frequency = "Month",
            unitId = units!.Single(u => u.GetProperty("name").GetString() == "4 West").GetProperty("id").GetInt32(),
            multiplier = 1, direction = "Down", valueLabel = "minutes",
        }, Json);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }

    /// <summary>Whole minutes, so that their sum in the database is exact.</summary>
    private static int Measurement(int row) => 20 + (row * 37 % 61);

    private static string MeasureCsv()
    {
        var csv = new StringBuilder("period,numerator,denominator\n");
        for (var row = 0; row < MeasureRows; row++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{new DateOnly(1990, 1, 1).AddMonths(row / MeasurementsEach):yyyy-MM},{Measurement(row)},\n");
        }
        return csv.ToString();
    }

    /// <summary>On each unit, <see cref="StaysAtOnce"/> chains of 30-night stays end to end: a stay from 10:00 on day D to
    /// 09:00 on D + 30 is counted at the 30 midnights ending D to D + 29, so every day of every unit counts 3.</summary>
    private static string EncountersNdjson()
    {
        var lines = new StringBuilder();
        for (var unit = 0; unit < CensusUnits; unit++)
        {
            for (var stay = 0; stay < StaysAtOnce; stay++)
            {
                for (var day = 0; day < CensusDays; day += StayNights)
                {
                    var start = CensusFrom.AddDays(day);
                    lines.Append(CultureInfo.InvariantCulture, $$$"""
                        {"resourceType":"Encounter","status":"finished","class":{"code":"IMP"},"period":{"start":"{{{start:yyyy-MM-dd}}}T10:00:00Z","end":"{{{start.AddDays(StayNights):yyyy-MM-dd}}}T09:00:00Z"},"location":[{"location":{"reference":"Location/ward-{{{unit}}}"}}]}
                        """).Append('\n');
                }
            }
        }
        return lines.ToString();
    }

    private static string LocationMap(List<string> units) =>
        "location,unit\n" + string.Concat(units.Select((name, i) => $"Location/ward-{i},\"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"\n"));

    private static async Task<HttpResponseMessage> SendAsync(Uri address, string key, string path, HttpContent file)
    {
        using var script = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
        script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using (file)
        {
            var response = await script.PostAsync(path, file);
            await response.Content.LoadIntoBufferAsync();
            return response;
        }
    }

    /// <summary>The app on the fault database, started again after each kill; disposed once, whatever happened.</summary>
    private sealed class RestartedApp(FaultDatabase database, RunningApp first) : IAsyncDisposable
    {
        private RunningApp? _current = first;

        public RunningApp Current => _current ?? throw new InvalidOperationException("The app did not start again.");
        public Uri Address => Current.Address;

        public async Task RestartAsync()
        {
            await Current.DisposeAsync();
            _current = null;
            _current = await RunningApp.StartAsync(demo: true, database.Settings);
        }

        public async ValueTask DisposeAsync()
        {
            if (_current is not null) await _current.DisposeAsync();
        }
    }
}
