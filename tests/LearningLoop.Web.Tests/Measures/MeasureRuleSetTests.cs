using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Analytics.Spc;
using LearningLoop.Web.Tests.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace LearningLoop.Web.Tests.Measures;

/// <summary>A measure's rule set through the API and the pages: the organisation's default for a new measure, a
/// choice per measure, the chart and icons by that rule set, and the rule set named beside the icons.</summary>
public abstract class MeasureRuleSetTests(LearningLoopApp app)
{
    private const string Lead = "lead@riverside.example";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static object Body(string? ruleSet, int unitId) => new
    {
        name = $"Rule set test {Guid.NewGuid():N}", ownerLevel = "Unit", unitId, kind = "Outcome", chart = "I", multiplier = 1,
        direction = "Down", target = 8, valueLabel = "Days", ruleSet,
    };

    /// <summary>18 months around 10.5, then 10 months around 15.7: a shift up, concerning when lower is better.</summary>
    private static readonly double[] Shifted = [10, 13, 9, 10, 12.5, 10, 9, 13, 10, 11, 9, 12.5, 10, 9, 13, 10, 11, 9, 15, 16, 15, 17, 16, 15, 16, 17, 15, 16];

    private int UnitId() => app.WithSystemScope(db => db.Units.Single(u => u.Name == "4 West").Id);

    private async Task<int> CreateAsync(HttpClient client, string? ruleSet)
    {
        var response = await client.PostAsJsonAsync("/api/v1/measures", Body(ruleSet, UnitId()));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Json)).GetProperty("id").GetInt32();
        var rows = Shifted.Select((y, i) => new { period = new DateOnly(2023, 1, 1).AddMonths(i).ToString("yyyy-MM", CultureInfo.InvariantCulture), numerator = y });
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/v1/measures/{id}/values", rows)).StatusCode);
        return id;
    }

    private void SetOrganisationDefault(SpcRuleSet rules) => app.WithSystemScope(db =>
    {
        db.Organisations.Single(o => o.Name == "Riverside General Hospital").MeasureRuleSet = rules;
        return db.SaveChanges();
    });

    [Fact]
    public async Task A_new_measure_takes_the_organisations_default_and_may_choose_the_other()
    {
        var lead = await app.ClientForAsync(Lead);
        SetOrganisationDefault(SpcRuleSet.MakingDataCount);
        try
        {
            var byDefault = await CreateAsync(lead, null);
            var chosen = await CreateAsync(lead, "Anhoj");

            Assert.Equal("MakingDataCount", (await lead.GetFromJsonAsync<JsonElement>($"/api/v1/measures/{byDefault}", Json)).GetProperty("ruleSet").GetString());
            Assert.Equal("Anhoj", (await lead.GetFromJsonAsync<JsonElement>($"/api/v1/measures/{chosen}", Json)).GetProperty("ruleSet").GetString());
        }
        finally
        {
            SetOrganisationDefault(SpcRuleSet.Anhoj);
        }
    }

    [Fact]
    public async Task Administrators_change_the_default_and_others_may_only_read_it()
    {
        var admin = await app.ClientForAsync("admin@riverside.example");
        var lead = await app.ClientForAsync(Lead);
        try
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await lead.PutAsJsonAsync("/api/v1/measures/rule-set-default", new { ruleSet = "MakingDataCount" })).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await admin.PutAsJsonAsync("/api/v1/measures/rule-set-default", new { ruleSet = (string?)null })).StatusCode);
            var put = await admin.PutAsJsonAsync("/api/v1/measures/rule-set-default", new { ruleSet = "MakingDataCount" });
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);

            var read = await lead.GetFromJsonAsync<JsonElement>("/api/v1/measures/rule-set-default", Json);
            Assert.Equal(("MakingDataCount", "Making Data Count (NHS)"), (read.GetProperty("ruleSet").GetString(), read.GetProperty("title").GetString()));
            var id = await CreateAsync(lead, null);
            Assert.Equal("MakingDataCount", (await lead.GetFromJsonAsync<JsonElement>($"/api/v1/measures/{id}", Json)).GetProperty("ruleSet").GetString());
        }
        finally
        {
            SetOrganisationDefault(SpcRuleSet.Anhoj);
        }
    }

    [Fact]
    public async Task The_chart_follows_the_measures_rule_set_and_names_it()
    {
        var lead = await app.ClientForAsync(Lead);
        var id = await CreateAsync(lead, "MakingDataCount");

        var chart = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/measures/{id}/chart", Json);
        var page = await lead.GetStringAsync($"/measures/{id}");

        Assert.Equal(("mdc", "Making Data Count (NHS)"), (chart.GetProperty("rules").GetString(), chart.GetProperty("rulesTitle").GetString()));
        var points = chart.GetProperty("points");
        var last = points[points.GetArrayLength() - 1];
        Assert.Equal(("7 Points Above CL", "special_cause_concern"), (last.GetProperty("specialCauseType").GetString(), last.GetProperty("pointType").GetString()));
        Assert.Equal("ConcerningHigh", chart.GetProperty("icons").GetProperty("variation").GetString());
        Assert.Equal(Shifted.Average(), last.GetProperty("cl").GetDouble(), 9);
        Assert.Contains(chart.GetProperty("signals").EnumerateArray(), s => s.GetProperty("text").GetString()!.StartsWith("Concern: points 19 to 28", StringComparison.Ordinal));
        Assert.Contains("data-rules=\"mdc\"", page, StringComparison.Ordinal);
        Assert.Contains("Making Data Count (NHS) rules)", page, StringComparison.Ordinal);
        Assert.Contains("class=\"concern\"", page, StringComparison.Ordinal);
        var csv = (await lead.GetStringAsync($"/api/v1/measures/{id}/chart.csv")).Split('\n');
        Assert.Contains(",signal,", csv[0], StringComparison.Ordinal);
        Assert.Contains("Concern: part of seven or more points in a row above the mean (Making Data Count: 7 Points Above CL)", csv[^2], StringComparison.Ordinal);

        var anhoj = await lead.PutAsJsonAsync($"/api/v1/measures/{id}", Body("Anhoj", UnitId()));
        Assert.Equal(HttpStatusCode.OK, anhoj.StatusCode);
        var qicharts2 = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/measures/{id}/chart", Json);
        Assert.Equal("anhoj", qicharts2.GetProperty("rules").GetString());
        Assert.False(qicharts2.GetProperty("points")[0].TryGetProperty("pointType", out _));
    }
}

public sealed class SqliteMeasureRuleSetTests(SqliteApp app) : MeasureRuleSetTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresMeasureRuleSetTests(PostgresApp app) : MeasureRuleSetTests(app), IClassFixture<PostgresApp>;
