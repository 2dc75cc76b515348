using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;
using static LearningLoop.Web.Tests.Safety.SafetyTestData;

namespace LearningLoop.Web.Tests.Safety;

/// <summary>Patient days entered, imported from CSV and counted from FHIR; the rates and funnels built on them.</summary>
public abstract class PatientDaysAndRatesTests(LearningLoopApp app)
{
    [Fact]
    public async Task A_CSV_file_with_a_bad_row_stores_nothing_and_names_every_bad_row()
    {
        var manager = await app.ClientForAsync(Manager);
        const string bad = "unit,date,patientDays\n4 West,2019-01-01,25\nWard 99,2019-01-02,3\n4 West,2019-13-01,x\n4 West,2019-01-01,26\n";
        var refused = await manager.PostAsync("/api/v1/safety/patient-days/csv", new StringContent(bad, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Json);
        var rows = problem.GetProperty("errors").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "unit"), (4, "date"), (4, "patientDays"), (5, "date")], rows);
        var fourWest = app.UnitId("4 West");
        Assert.Equal(0, app.WithSystemScope(db => db.PatientDays.Count(p => p.UnitId == fourWest && p.Date.Year == 2019)));

        var good = await manager.PostAsync("/api/v1/safety/patient-days/csv", new StringContent("unit,date,patientDays\n4 West,2019-01-01,25\n4 West,2019-01-02,27\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        var entered = await manager.PutAsJsonAsync("/api/v1/safety/patient-days", new[] { new { unitId = fourWest, date = "2019-01-02", patientDays = 24 } });
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        var days = await manager.GetFromJsonAsync<JsonElement[]>($"/api/v1/safety/patient-days?unitId={fourWest}&from=2019-01-01&to=2019-01-31", Json);
        Assert.Equal([25, 24], days!.Select(d => d.GetProperty("patientDays").GetInt32()));

        var staff = await app.ClientForAsync(Staff);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync("/api/v1/safety/patient-days", Array.Empty<object>())).StatusCode);
        var peerUnit = app.WithSystemScope(db => db.Units.First(u => u.Name == "Ward A").Id);
        await Initiatives.InitiativesApiTests.AssertFieldError(
            await manager.PutAsJsonAsync("/api/v1/safety/patient-days", new[] { new { unitId = peerUnit, date = "2019-01-02", patientDays = 1 } }), "[0].UnitId", "no unit");
    }

    [Fact]
    public async Task FHIR_Encounters_are_counted_at_midnight_with_skipped_lines_and_unmapped_locations_listed()
    {
        var manager = await app.ClientForAsync(Manager);
        // Hand-computed (UTC): A stays over the midnights ending 1 and 2 June, so one day on each; B is a same-day stay,
        // one day on its start date; C is on an unmapped ward; line 4 is not JSON; D is an outpatient visit, ignored.
        string[] lines =
        [
            """{"resourceType":"Encounter","status":"finished","class":{"code":"IMP"},"period":{"start":"2018-06-01T10:00:00Z","end":"2018-06-03T09:00:00Z"},"location":[{"location":{"reference":"Location/w4"}}]}""",
            """{"resourceType":"Encounter","status":"finished","class":{"code":"IMP"},"period":{"start":"2018-06-01T08:00:00Z","end":"2018-06-01T12:00:00Z"},"location":[{"location":{"reference":"Location/w4"}}]}""",
            """{"resourceType":"Encounter","status":"finished","class":{"code":"IMP"},"period":{"start":"2018-06-01T08:00:00Z","end":"2018-06-02T12:00:00Z"},"location":[{"location":{"reference":"Location/ward-9"}}]}""",
            """{"resourceType":"Encounter",""",
            """{"resourceType":"Encounter","status":"finished","class":{"code":"AMB"},"period":{"start":"2018-06-01T08:00:00Z","end":"2018-06-02T12:00:00Z"},"location":[{"location":{"reference":"Location/w4"}}]}""",
        ];
        using var form = new MultipartFormDataContent
        {
            { new StringContent(string.Join('\n', lines), Encoding.UTF8, "application/x-ndjson"), "encounters", "encounters.ndjson" },
            { new StringContent("location,unit\nLocation/w4,4 West\n", Encoding.UTF8, "text/csv"), "locations", "map.csv" },
        };
        var response = await manager.PostAsync("/api/v1/safety/patient-days/fhir", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(4, Assert.Single(result.GetProperty("skipped").EnumerateArray()).GetProperty("line").GetInt64());
        var unmapped = Assert.Single(result.GetProperty("unmappedLocations").EnumerateArray());
        Assert.Equal(("Location/ward-9", 1), (unmapped.GetProperty("location").GetString(), unmapped.GetProperty("encounters").GetInt32()));

        var fourWest = app.UnitId("4 West");
        var days = app.WithSystemScope(db => db.PatientDays.Where(p => p.UnitId == fourWest && p.Date.Year == 2018).OrderBy(p => p.Date).Select(p => new { p.Date, p.Days }).ToList());
        Assert.Equal([(new DateOnly(2018, 6, 1), 2), (new DateOnly(2018, 6, 2), 1)], days.Select(d => (d.Date, d.Days)));

        // A map naming a unit the organisation lacks refuses the file; a signed-in page session cannot use this endpoint.
        using var badMap = new MultipartFormDataContent
        {
            { new StringContent(lines[0], Encoding.UTF8, "application/x-ndjson"), "encounters", "e.ndjson" },
            { new StringContent("location,unit\nLocation/w4,Ward 99\n", Encoding.UTF8, "text/csv"), "locations", "map.csv" },
        };
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await manager.PostAsync("/api/v1/safety/patient-days/fhir", badMap)).StatusCode);
    }

    [Fact]
    public async Task Four_Wests_reporting_rate_rises_and_its_comparison_matches_its_months()
    {
        var staff = await app.ClientForAsync(Staff);
        var rates = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/safety/rates?unitId={app.UnitId("4 West")}&from=2022-11-01&to=2025-10-31&split=2024-11-01", Json);
        var months = rates.GetProperty("months").EnumerateArray().ToList();
        Assert.Equal(36, months.Count);
        var reporting = rates.GetProperty("rates").EnumerateArray().Single(r => r.GetProperty("rate").GetString() == "Reporting");
        var comparison = reporting.GetProperty("comparison");
        // The comparison is the months' own sums, before and from the split.
        var before = months.Where(m => m.GetProperty("month").GetString()!.CompareTo("2024-11-01") < 0).ToList();
        var after = months.Except(before).ToList();
        double Rate(List<JsonElement> ms, string count) => ms.Sum(m => m.GetProperty(count).GetInt32()) * 10_000.0 / ms.Sum(m => m.GetProperty("patientDays").GetInt64());
        Assert.Equal(Rate(before, "events"), comparison.GetProperty("rateBefore").GetDouble(), 6);
        Assert.Equal(Rate(after, "events"), comparison.GetProperty("rateAfter").GetDouble(), 6);
        Assert.InRange(comparison.GetProperty("rateRatio").GetDouble(), 1.1, 1.35);
        Assert.InRange(comparison.GetProperty("rateRatio").GetDouble(), comparison.GetProperty("ciLow").GetDouble(), comparison.GetProperty("ciHigh").GetDouble());
        var harm = rates.GetProperty("rates").EnumerateArray().Single(r => r.GetProperty("rate").GetString() == "Harm").GetProperty("comparison");
        Assert.True(harm.GetProperty("rateAfter").GetDouble() < harm.GetProperty("rateBefore").GetDouble());
        // Reporting more is the improvement: whatever the latest month shows, it is never read as a concern for being high.
        Assert.NotEqual("ConcerningHigh", reporting.GetProperty("variation").GetString());
        Assert.False(string.IsNullOrEmpty(reporting.GetProperty("variationText").GetString()));

        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"/api/v1/safety/rates?unitId={app.WithSystemScope(db => db.Units.First(u => u.Name == "Ward A").Id)}")).StatusCode);
        var page = await staff.GetStringAsync($"/units/{app.UnitId("4 West")}");
        Assert.Contains("data-testid=\"period-table\"", page, StringComparison.Ordinal);
        Assert.Contains("Event reports per 10,000 patient days, 4 West", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_network_funnel_shows_only_organisations_that_share_and_only_to_them()
    {
        var staff = await app.ClientForAsync(Staff);
        var network = await staff.GetFromJsonAsync<JsonElement>("/api/v1/safety/benchmark/network?to=2025-10-31", Json);
        Assert.Equal(["Hillcrest Regional Hospital", "Riverside General Hospital"], network.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order());
        var units = await staff.GetFromJsonAsync<JsonElement>("/api/v1/safety/benchmark/units?to=2025-10-31", Json);
        Assert.Contains(units.GetProperty("points").EnumerateArray(), p => p.GetProperty("name").GetString() == "4 West");
        Assert.DoesNotContain(units.GetProperty("points").EnumerateArray(), p => p.GetProperty("name").GetString() == "Ward A");

        var lakeside = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        var refused = await lakeside.GetFromJsonAsync<JsonElement>("/api/v1/safety/benchmark/network", Json);
        Assert.Empty(refused.GetProperty("points").EnumerateArray());
        Assert.Contains("does not share", refused.GetProperty("message").GetString(), StringComparison.Ordinal);

        // The plots download with the same organisations as the JSON; an organisation that does not share gets no plot.
        var drawn = await staff.GetStringAsync("/api/v1/safety/benchmark/network.svg?to=2025-10-31");
        Assert.Contains("Hillcrest Regional Hospital", drawn, StringComparison.Ordinal);
        Assert.DoesNotContain("Lakeside", drawn, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await lakeside.GetAsync("/api/v1/safety/benchmark/network.png")).StatusCode);
    }
}

public sealed class SqlitePatientDaysAndRatesTests(SqliteApp app) : PatientDaysAndRatesTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresPatientDaysAndRatesTests(PostgresApp app) : PatientDaysAndRatesTests(app), IClassFixture<PostgresApp>;
