using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Measures;

/// <summary>Comparing units on a funnel plot, on both databases: the demo's units, their summed data and exact limits,
/// the page's plot, and a unit clearly outside the limits flagged in the API, the CSV and a sentence.</summary>
public abstract class FunnelCompareTests(LearningLoopApp app)
{
    private const string Lead = "lead@riverside.example";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private int UnitId(string name) => app.WithSystemScope(db => db.Units.Single(u => u.Name == name).Id);

    private static async Task<JsonElement> CompareAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync($"/api/v1/measures/compare?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }

    [Fact]
    public async Task Every_demo_unit_with_hand_hygiene_is_compared_on_its_summed_data_over_the_last_12_months()
    {
        var lead = await app.ClientForAsync(Lead);
        var measures = (await lead.GetFromJsonAsync<JsonElement[]>("/api/v1/measures", Json))!
            .Where(m => m.GetProperty("name").GetString() == "Hand-hygiene compliance" && m.GetProperty("ownerLevel").GetString() == "Unit").ToList();
        Assert.True(measures.Count >= 6);

        var compare = await CompareAsync(lead, "name=Hand-hygiene%20compliance");
        Assert.Equal("Proportion", compare.GetProperty("measure").GetString());
        Assert.Equal("2025-10", compare.GetProperty("to").GetString());
        Assert.Equal("2024-11", compare.GetProperty("from").GetString());
        var units = compare.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(measures.Select(m => m.GetProperty("owner").GetString()).Order(), units.Select(u => u.GetProperty("unit").GetString()).Order());

        double events = 0, cases = 0;
        foreach (var unit in units)
        {
            var values = await lead.GetFromJsonAsync<JsonElement[]>($"/api/v1/measures/{unit.GetProperty("measureId").GetInt32()}/values", Json);
            var period = values!.Where(v => string.CompareOrdinal(v.GetProperty("period").GetString(), "2024-11") >= 0).ToList();
            Assert.Equal(12, period.Count);
            var (n, d) = (period.Sum(v => v.GetProperty("numerator").GetDouble()), period.Sum(v => v.GetProperty("denominator").GetDouble()));
            Assert.Equal(n, unit.GetProperty("events").GetDouble());
            Assert.Equal(d, unit.GetProperty("denominator").GetDouble());
            Assert.Equal(n / d * 100, unit.GetProperty("value").GetDouble(), 9);
            (events, cases) = (events + n, cases + d);
        }
        Assert.Equal(events / cases * 100, compare.GetProperty("target").GetDouble(), 9);

        // The same comparison by a measure's id.
        var byId = await CompareAsync(lead, $"id={units[0].GetProperty("measureId").GetInt32()}");
        Assert.Equal(units.Count, byId.GetProperty("units").GetArrayLength());

        // The plot downloads for the same months, every unit on it, the unit of ?id= highlighted as on the page.
        var first = units[0];
        var svg = System.Xml.Linq.XDocument.Parse(await lead.GetStringAsync($"/api/v1/measures/compare.svg?id={first.GetProperty("measureId").GetInt32()}"));
        var text = svg.Root!.Value;
        Assert.All(units, u => Assert.Contains(u.GetProperty("unit").GetString()!, text, StringComparison.Ordinal));
        var page = await lead.GetStringAsync($"/measures/compare?id={first.GetProperty("measureId").GetInt32()}");
        Assert.Contains($"/api/v1/measures/compare.png?name=Hand-hygiene%20compliance&amp;from=2024-11&amp;to=2025-10&amp;id={first.GetProperty("measureId").GetInt32()}",
            page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_limits_lie_either_side_of_the_overall_value_and_narrow_as_the_denominator_grows()
    {
        var lead = await app.ClientForAsync(Lead);
        var compare = await CompareAsync(lead, "name=30-day%20readmissions&from=2024-01&to=2025-06");
        var target = compare.GetProperty("target").GetDouble();
        var units = compare.GetProperty("units").EnumerateArray().OrderBy(u => u.GetProperty("denominator").GetDouble()).ToList();
        Assert.True(units.Count >= 5);
        double Get(JsonElement u, string name) => u.GetProperty(name).GetDouble();
        foreach (var u in units)
        {
            Assert.True(Get(u, "lower998") < Get(u, "lower95") && Get(u, "lower95") < target && target < Get(u, "upper95") && Get(u, "upper95") < Get(u, "upper998"));
            // Symmetric-ish: the binomial is skewed a little at 10%, never by more than a fifth of the width.
            var (below, above) = (target - Get(u, "lower95"), Get(u, "upper95") - target);
            Assert.True(Math.Abs(above - below) < 0.2 * (above + below), $"{u.GetProperty("unit")}: {below} below, {above} above");
        }
        var widths = units.Select(u => Get(u, "upper998") - Get(u, "lower998")).ToList();
        for (var i = 1; i < widths.Count; i++)
        {
            Assert.True(widths[i] <= widths[i - 1] * 1.01, $"width {widths[i]} after {widths[i - 1]}");
        }
        Assert.True(widths[^1] < widths[0] * 0.9);

        var notComparable = await lead.GetAsync("/api/v1/measures/compare?name=Length%20of%20stay");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notComparable.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.GetAsync("/api/v1/measures/compare?name=Falls&from=March")).StatusCode);
    }

    [Fact]
    public async Task The_page_draws_one_point_per_unit_and_the_measure_page_links_to_it()
    {
        var lead = await app.ClientForAsync(Lead);
        var units = (await CompareAsync(lead, "name=Hand-hygiene%20compliance")).GetProperty("units").GetArrayLength();
        var page = await lead.GetStringAsync("/measures/compare?name=Hand-hygiene%20compliance");
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Equal(units, Regex.Count(page, "<g class=\"fp-unit"));
        Assert.Contains("data-testid=\"funnel-table\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", page, StringComparison.Ordinal);

        var id = app.WithSystemScope(db => db.Measures.First(m => m.Name == "Hand-hygiene compliance" && m.Unit!.Name == "ICU").Id);
        Assert.Contains("href=\"/measures/compare?id=" + id.ToString(CultureInfo.InvariantCulture), await lead.GetStringAsync($"/measures/{id}"), StringComparison.Ordinal);
        var stay = app.WithSystemScope(db => db.Measures.First(m => m.Name == "Length of stay").Id);
        Assert.DoesNotContain("Compare units", await lead.GetStringAsync($"/measures/{stay}"), StringComparison.Ordinal);

        // Coming from ICU's measure, ICU is ringed; the x axis names the period's total, not one month's denominator.
        var fromIcu = await lead.GetStringAsync($"/measures/compare?id={id}");
        Assert.Matches("data-unit=\"ICU\"[^>]*data-highlight=\"true\"", fromIcu);
        Assert.Equal(1, Regex.Count(fromIcu, "data-highlight="));
        var readmissions = WebUtility.HtmlDecode(await lead.GetStringAsync("/measures/compare?name=30-day%20readmissions"));
        Assert.Matches(@">Total patients discharged \(alive, not transferred\), \d{4}-\d{2} to \d{4}-\d{2}<", readmissions);
        Assert.DoesNotContain("in the month<", readmissions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_clearly_outside_is_flagged_in_the_api_the_csv_and_a_sentence_and_other_organisations_see_nothing()
    {
        const string name = "Funnel test: bundle compliance";
        var lead = await app.ClientForAsync(Lead);
        foreach (var (unit, done) in new[] { ("4 West", 100), ("5 West", 104), ("3 East", 96), ("ICU", 180) })
        {
            var created = await lead.PostAsJsonAsync("/api/v1/measures", new
            {
                name, ownerLevel = "Unit", unitId = UnitId(unit), kind = "Process", chart = "P", multiplier = 100, direction = "Up",
                numeratorDefinition = "Bundles complete", denominatorDefinition = "Patients audited", valueLabel = "% complete",
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await created.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
            var rows = Enumerable.Range(0, 12).Select(i => new { period = $"2024-{i + 1:00}", numerator = done, denominator = 200 }).ToArray();
            Assert.Equal(HttpStatusCode.OK, (await lead.PutAsJsonAsync($"/api/v1/measures/{id}/values", rows)).StatusCode);
        }

        var compare = await CompareAsync(lead, $"name={Uri.EscapeDataString(name)}");
        Assert.Equal("2024-01", compare.GetProperty("from").GetString());
        var positions = compare.GetProperty("units").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!, u => u.GetProperty("position").GetString());
        Assert.Equal("above-99.8", positions["ICU"]);
        Assert.All(positions.Where(p => p.Key != "ICU"), p => Assert.StartsWith("below", p.Value, StringComparison.Ordinal));

        var csv = await lead.GetStringAsync($"/api/v1/measures/compare.csv?name={Uri.EscapeDataString(name)}&from=2024-01&to=2024-12");
        Assert.StartsWith("unit,events,denominator,value,", csv, StringComparison.Ordinal);
        Assert.Contains("ICU,2160,2400,90,", csv, StringComparison.Ordinal);
        Assert.EndsWith(",above-99.8", csv.Split('\n').Single(l => l.StartsWith("ICU,", StringComparison.Ordinal)), StringComparison.Ordinal);

        var page = WebUtility.HtmlDecode(await lead.GetStringAsync($"/measures/compare?name={Uri.EscapeDataString(name)}"));
        Assert.Contains("ICU: 90% (2,160 of 2,400) is above the 99.8% limit", page, StringComparison.Ordinal);
        Assert.Contains("data-position=\"AboveControl\"", page, StringComparison.Ordinal);

        var other = await app.ClientForAsync(LearningLoopApp.OtherAdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/measures/compare?name={Uri.EscapeDataString(name)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/measures/compare?name={Uri.EscapeDataString(name)}")).StatusCode);
    }
}

public sealed class SqliteFunnelCompareTests(SqliteApp app) : FunnelCompareTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresFunnelCompareTests(PostgresApp app) : FunnelCompareTests(app), IClassFixture<PostgresApp>;
