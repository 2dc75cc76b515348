using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LearningLoop.Core.Measures;
using LearningLoop.Web.Tests.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace LearningLoop.Web.Tests.Measures;

/// <summary>The measures API on a real database; run once per provider by the subclasses below.</summary>
public abstract class MeasuresApiTests(LearningLoopApp app)
{
    private const string Lead = "lead@riverside.example";
    private const string Manager = "manager@riverside.example";
    private const string Staff = "staff@riverside.example";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private int UnitId(string name) => app.WithSystemScope(db => db.Units.Single(u => u.Name == name).Id);

    private int DemoMeasureId(string unit, string name) =>
        app.WithSystemScope(db => db.Measures.Single(m => m.Unit!.Name == unit && m.Name == name).Id);

    private async Task<int> CreateAsync(HttpClient client, string name, string chart = "P", double multiplier = 100)
    {
        var response = await client.PostAsJsonAsync("/api/v1/measures", new
        {
            name, ownerLevel = "Unit", unitId = UnitId("4 West"), kind = "Process", chart, multiplier, direction = "Up", target = 90,
            numeratorDefinition = "Summaries sent within 24 hours", denominatorDefinition = "Discharges", valueLabel = "% within 24 h",
            baselineEnd = "2024-06", annotations = new[] { new { date = "2024-12-02", text = "Summary template" } },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
    }

    /// <summary>14 months near 65%, then 10 near 90%: a run above the centre line after the change.</summary>
    private static readonly int[] Sent = [26, 25, 27, 24, 26, 28, 25, 27, 26, 24, 27, 25, 26, 27, 35, 36, 34, 37, 35, 36, 37, 34, 36, 37];

    private static object[] Rows() => Sent.Select((count, i) => (object)new
    {
        period = new DateOnly(2023, 11, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture), numerator = count, denominator = 40,
    }).ToArray();

    private static string Csv(IEnumerable<(string Period, string Numerator, string Denominator)> rows) =>
        "period,numerator,denominator\n" + string.Concat(rows.Select(r => $"{r.Period},{r.Numerator},{r.Denominator}\n"));

    [Fact]
    public async Task A_lead_creates_a_measure_puts_data_and_reads_the_chart_with_its_signal_explained()
    {
        var lead = await app.ClientForAsync(Lead);
        var id = await CreateAsync(lead, "Discharge summaries within 24 hours");

        var put = await lead.PutAsJsonAsync($"/api/v1/measures/{id}/values", Rows());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var values = await put.Content.ReadFromJsonAsync<JsonElement[]>(Json);
        Assert.Equal(24, values!.Length);
        Assert.Equal(65.0, values[0].GetProperty("value").GetDouble(), 9);

        var chart = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/measures/{id}/chart", Json);
        Assert.Equal("p", chart.GetProperty("chart").GetString());
        var points = chart.GetProperty("points");
        Assert.Equal(24, points.GetArrayLength());
        foreach (var field in new[] { "x", "y", "cl", "lcl", "ucl", "sigmaSignal", "part", "include", "period" })
        {
            Assert.True(points[0].TryGetProperty(field, out _), $"point has no {field}");
        }
        Assert.Equal("2023-11-01", points[0].GetProperty("x").GetString());
        Assert.Equal("2023-11", points[0].GetProperty("period").GetString());
        // The baseline (to 2024-06, 8 points) sets the centre line: 26 of 40 on average.
        Assert.Equal(Sent.Take(8).Sum() / 320.0 * 100, points[23].GetProperty("cl").GetDouble(), 9);
        Assert.True(chart.GetProperty("parts")[0].GetProperty("runsSignal").GetBoolean());
        var signals = chart.GetProperty("signals").EnumerateArray().Select(s => s.GetProperty("text").GetString()!).ToList();
        Assert.Contains(signals, s => s.Contains("points in a row above the centre line", StringComparison.Ordinal) && s.Contains("2025-10", StringComparison.Ordinal));
        Assert.Equal("ImprovingHigh", chart.GetProperty("icons").GetProperty("variation").GetString());
        Assert.Contains("improving nature", chart.GetProperty("icons").GetProperty("variationText").GetString(), StringComparison.Ordinal);

        var svg = await lead.GetStringAsync($"/api/v1/measures/{id}/chart.svg");
        Assert.StartsWith("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Summary template", svg, StringComparison.Ordinal);
        Assert.Contains("<title>2025-10: ", svg, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_fields_are_named_and_nothing_is_created()
    {
        var lead = await app.ClientForAsync(Lead);
        var before = app.WithSystemScope(db => db.Measures.Count());
        var response = await lead.PostAsJsonAsync("/api/v1/measures", new
        {
            name = "", ownerLevel = "Unit", unitId = 999_999, multiplier = 0, baselineEnd = "December",
            phases = new[] { new { startsOn = "2024-13", label = "Huddles" } },
            annotations = new[] { new { date = "2024-03-01", text = "" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.Contains("Name the measure.", errors.GetProperty("Name")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("no unit 999999", errors.GetProperty("UnitId")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("above zero", errors.GetProperty("Multiplier")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("'December' is not a period", errors.GetProperty("BaselineEnd")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("'2024-13' is not a period", errors.GetProperty("Phases[0].StartsOn")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("Write the note", errors.GetProperty("Annotations[0].Text")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(before, app.WithSystemScope(db => db.Measures.Count()));
    }

    [Fact]
    public async Task Values_with_bad_rows_are_refused_whole_naming_row_and_field()
    {
        var lead = await app.ClientForAsync(Lead);
        var id = await CreateAsync(lead, "Refused values");
        Assert.Equal(HttpStatusCode.OK, (await lead.PutAsJsonAsync($"/api/v1/measures/{id}/values", Rows())).StatusCode);

        var response = await lead.PutAsJsonAsync($"/api/v1/measures/{id}/values", new object[]
        {
            new { period = "2025-01", numerator = 30, denominator = 40 },
            new { period = "2025-02", numerator = 45, denominator = 40 },
            new { period = "soon", numerator = 3, denominator = 0 },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors");
        Assert.Contains("more than the denominator", errors.GetProperty("[1].numerator")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("[2].period", out _));
        Assert.True(errors.TryGetProperty("[2].denominator", out _));
        Assert.False(errors.TryGetProperty("[0].numerator", out _));
        Assert.Equal(24, app.WithSystemScope(db => db.MeasureValues.Count(v => v.MeasureId == id)));
    }

    [Fact]
    public async Task A_csv_with_bad_rows_imports_nothing_lists_every_bad_row_and_keeps_the_data()
    {
        var lead = await app.ClientForAsync(Lead);
        var id = await CreateAsync(lead, "Import refused");
        await lead.PutAsJsonAsync($"/api/v1/measures/{id}/values", Rows());
        var before = app.WithSystemScope(db => db.MeasureValues.Where(v => v.MeasureId == id).OrderBy(v => v.Period).Select(v => v.Numerator).ToList());

        var csv = Csv([("2023-11", "40", "40"), ("2025-11", "41", "40"), ("Nov 2025", "3", "40"), ("2025-12", "x", "40"), ("2026-01", "3", "-5"), ("2023-11", "1", "40")]);
        var response = await lead.PostAsync($"/api/v1/measures/{id}/values/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("errors").EnumerateArray()
            .Select(e => (Line: e.GetProperty("line").GetInt32(), Column: e.GetProperty("column").GetString())).ToList();
        Assert.Equal([(3, "numerator"), (4, "period"), (5, "numerator"), (6, "denominator"), (7, "period")], errors);
        var after = app.WithSystemScope(db => db.MeasureValues.Where(v => v.MeasureId == id).OrderBy(v => v.Period).Select(v => v.Numerator).ToList());
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_good_import_replaces_the_periods_it_names_and_keeps_the_others()
    {
        var lead = await app.ClientForAsync(Lead);
        var id = await CreateAsync(lead, "Import accepted");
        await lead.PutAsJsonAsync($"/api/v1/measures/{id}/values", Rows());

        var response = await lead.PostAsync($"/api/v1/measures/{id}/values/import",
            new StringContent(Csv([("2025-10", "39", "40"), ("2025-11-01", "38", "40"), ("2025-12", "NA", "40")]), Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        Assert.Equal(1, result.GetProperty("updated").GetInt32());
        var values = await lead.GetFromJsonAsync<JsonElement[]>($"/api/v1/measures/{id}/values", Json);
        Assert.Equal(26, values!.Length);
        Assert.Equal(("2025-10", 39.0), (values[23].GetProperty("period").GetString(), values[23].GetProperty("numerator").GetDouble()));
        Assert.Equal(JsonValueKind.Null, values[25].GetProperty("numerator").ValueKind);
        Assert.Equal(Sent[1], values[1].GetProperty("numerator").GetDouble());
    }

    [Fact]
    public async Task Exported_csv_and_xlsx_import_again_into_a_new_measure_unchanged()
    {
        var lead = await app.ClientForAsync(Lead);
        var source = await CreateAsync(lead, "Export source");
        await lead.PutAsJsonAsync($"/api/v1/measures/{source}/values", Rows());
        var original = await lead.GetStringAsync($"/api/v1/measures/{source}/values");

        var csvResponse = await lead.GetAsync($"/api/v1/measures/{source}/values.csv");
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith("4-west-export-source-data.csv", csvResponse.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var csv = await csvResponse.Content.ReadAsStringAsync();
        Assert.StartsWith("period,numerator,denominator,value", csv, StringComparison.Ordinal);
        var fromCsv = await CreateAsync(lead, "From CSV");
        var imported = await lead.PostAsync($"/api/v1/measures/{fromCsv}/values/import", new StringContent(csv, Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.OK, imported.StatusCode);
        Assert.Equal(original, await lead.GetStringAsync($"/api/v1/measures/{fromCsv}/values"));

        var xlsx = await lead.GetByteArrayAsync($"/api/v1/measures/{source}/values.xlsx");
        Assert.Equal((byte)'P', xlsx[0]);
        var fromXlsx = await CreateAsync(lead, "From XLSX");
        var body = new ByteArrayContent(xlsx);
        body.Headers.ContentType = new MediaTypeHeaderValue(MeasureValuesXlsx.ContentType);
        Assert.Equal(HttpStatusCode.OK, (await lead.PostAsync($"/api/v1/measures/{fromXlsx}/values/import", body)).StatusCode);
        Assert.Equal(original, await lead.GetStringAsync($"/api/v1/measures/{fromXlsx}/values"));
    }

    [Fact]
    public async Task The_fhir_export_parses_back_with_firely_to_the_measure_and_its_reports()
    {
        var lead = await app.ClientForAsync(Lead);
        var id = await CreateAsync(lead, "FHIR readmissions");
        await lead.PutAsJsonAsync($"/api/v1/measures/{id}/values", Rows());

        var response = await lead.GetAsync($"/api/v1/measures/{id}/fhir");
        Assert.Equal("application/fhir+json", response.Content.Headers.ContentType?.MediaType);
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(await response.Content.ReadAsStringAsync());
        Assert.NotNull(bundle);
        var measure = Assert.IsType<Hl7.Fhir.Model.Measure>(bundle.Entry[0].Resource);
        Assert.Equal("FHIR readmissions", measure.Title);
        Assert.Equal("Riverside General Hospital", measure.Publisher);
        Assert.Equal("increase", measure.ImprovementNotation!.Coding[0].Code);
        var reports = bundle.Entry.Skip(1).Select(e => Assert.IsType<MeasureReport>(e.Resource)).ToList();
        Assert.Equal(24, reports.Count);
        var last = reports[^1];
        Assert.Equal("2025-10-01", last.Period!.Start);
        Assert.Equal(37, last.Group[0].Population.Single(p => p.Code!.Coding[0].Code == "numerator").Count);
        Assert.Equal(40, last.Group[0].Population.Single(p => p.Code!.Coding[0].Code == "denominator").Count);
        Assert.Equal(92.5m, last.Group[0].MeasureScore!.Value);
        Assert.Equal("4 West", last.Subject!.Display);
        Assert.Equal(measure.Url, last.Measure);
    }

    [Fact]
    public async Task Another_organisations_measure_is_not_found_by_api_or_page()
    {
        var id = DemoMeasureId("4 West", "Length of stay");
        var unitId = UnitId("4 West");
        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        foreach (var path in new[] { "", "/values", "/values.csv", "/values.xlsx", "/chart", "/chart.svg", "/chart.csv", "/fhir" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/measures/{id}{path}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/measures/{id}/values", Rows())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/measures/{id}", new { name = "Taken", ownerLevel = "Organisation", multiplier = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/measures/{id}/values/import", new StringContent("period,numerator\n2025-01,1\n", Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/measures/{id}")).StatusCode);
        foreach (var page in new[] { $"/measures/{id}", $"/measures/{id}/edit", $"/measures/{id}/data", $"/units/{unitId}/measures" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(page)).StatusCode);
        }
        // Lakeside has measures of its own (the ones it shares with the network); none of Riverside's is among them.
        var theirs = (await other.GetFromJsonAsync<JsonElement[]>("/api/v1/measures", Json))!;
        Assert.All(theirs, m => Assert.Equal("Lakeside Community Hospital", m.GetProperty("owner").GetString()));
        Assert.DoesNotContain(theirs, m => m.GetProperty("id").GetInt32() == id);
        Assert.Equal("Length of stay", app.WithSystemScope(db => db.Measures.Single(m => m.Id == id).Name));
        Assert.Equal(58, app.WithSystemScope(db => db.MeasureValues.Count(v => v.MeasureId == id)));
    }

    [Fact]
    public async Task Staff_read_measures_but_cannot_change_them()
    {
        var id = DemoMeasureId("4 West", "Falls per 1,000 bed days");
        var staff = await app.ClientForAsync(Staff);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/api/v1/measures/{id}/chart")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync($"/measures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsJsonAsync("/api/v1/measures", new { name = "Mine", ownerLevel = "Organisation", multiplier = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PutAsJsonAsync($"/api/v1/measures/{id}/values", Rows())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.PostAsync($"/api/v1/measures/{id}/values/import", new StringContent("period,numerator\n2025-01,1\n", Encoding.UTF8, "text/csv"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.DeleteAsync($"/api/v1/measures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/measures/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/measures/{id}/data")).StatusCode);
        Assert.Equal(58, app.WithSystemScope(db => db.MeasureValues.Count(v => v.MeasureId == id)));
    }

    [Fact]
    public async Task A_manager_edits_a_definition_and_deletes_a_measure()
    {
        var manager = await app.ClientForAsync(Manager);
        var id = await CreateAsync(manager, "Manager's measure");
        var changed = await manager.PutAsJsonAsync($"/api/v1/measures/{id}", new
        {
            name = "Discharge before noon", ownerLevel = "Division", divisionId = app.WithSystemScope(db => db.Divisions.Single(d => d.Name == "Medicine").Id),
            chart = "I", multiplier = 1, direction = "Up", frequency = "Week", phases = new[] { new { startsOn = "2025-W10", label = "Checklist" } },
        });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var dto = await changed.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal("Medicine division", dto.GetProperty("owner").GetString());
        Assert.Equal(JsonValueKind.Null, dto.GetProperty("unitId").ValueKind);
        Assert.Equal("2025-W10", dto.GetProperty("phases")[0].GetProperty("startsOn").GetString());
        Assert.Empty(dto.GetProperty("annotations").EnumerateArray());

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/measures/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/measures/{id}")).StatusCode);
    }

    [Fact]
    public async Task The_demo_tells_the_story_four_west_improves_five_west_stays_flat()
    {
        var staff = await app.ClientForAsync(Staff);
        foreach (var name in new[] { "Length of stay", "30-day readmissions" })
        {
            var chart = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/measures/{DemoMeasureId("4 West", name)}/chart", Json);
            Assert.Equal("ImprovingLow", chart.GetProperty("icons").GetProperty("variation").GetString());
            var points = chart.GetProperty("points");
            Assert.Equal(58, points.GetArrayLength());
            Assert.Equal("2021-01", points[0].GetProperty("period").GetString());
            Assert.Equal("2025-10", points[57].GetProperty("period").GetString());
            var firstSignal = chart.GetProperty("signals").EnumerateArray().Min(s => s.GetProperty("firstIndex").GetInt32());
            Assert.True(firstSignal > 38, $"{name} on 4 West signals from point {firstSignal}, before the intervention of March 2024");

            var flat = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/measures/{DemoMeasureId("5 West", name)}/chart", Json);
            Assert.Empty(flat.GetProperty("signals").EnumerateArray());
            Assert.Equal("CommonCause", flat.GetProperty("icons").GetProperty("variation").GetString());
        }
        var hygiene = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/measures/{DemoMeasureId("ICU", "Hand-hygiene compliance")}/chart", Json);
        Assert.Equal("ConcerningLow", hygiene.GetProperty("icons").GetProperty("variation").GetString());
    }

    [Fact]
    public async Task The_unit_dashboard_and_the_measure_page_render_charts_icons_and_explanations()
    {
        var staff = await app.ClientForAsync(Staff);
        // ICU: the other tests add measures to 4 West only.
        var dashboard = await staff.GetStringAsync($"/units/{UnitId("ICU")}/measures");
        Assert.Equal(6, CountOf(dashboard, "class=\"measure-card"));
        Assert.Equal(6, CountOf(dashboard, "data-testid=\"spc-chart\""));
        Assert.Equal(1, CountOf(dashboard, "class=\"measure-card concerning\""));
        Assert.Contains("data-icon=\"ConcerningLow\"", dashboard, StringComparison.Ordinal);

        var page = await staff.GetStringAsync($"/measures/{DemoMeasureId("4 West", "30-day readmissions")}");
        Assert.Contains("<h1>30-day readmissions</h1>", page, StringComparison.Ordinal);
        Assert.Contains("in a row below the centre line", page, StringComparison.Ordinal);
        Assert.Contains("Discharge checklist", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"chart-table\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter or import data", page, StringComparison.Ordinal);
    }

    private static int CountOf(string text, string fragment)
    {
        var count = 0;
        for (var i = text.IndexOf(fragment, StringComparison.Ordinal); i >= 0; i = text.IndexOf(fragment, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}

public sealed class SqliteMeasuresApiTests(SqliteApp app) : MeasuresApiTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresMeasuresApiTests(PostgresApp app) : MeasuresApiTests(app), IClassFixture<PostgresApp>;
