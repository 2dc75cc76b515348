using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Measures;

/// <summary>Issue 12 item 4: a measure whose data stopped (two whole periods without a value) says so on its page, on its
/// unit's dashboard tile, in the list of measures and on the home of the people of its unit; a measure with this
/// month's data says nothing of the kind.</summary>
public abstract class DataStoppedTests(LearningLoopApp app)
{
    private const string Lead = "lead@riverside.example";
    private const string Manager = "manager@riverside.example";
    private static readonly DateOnly ThisMonth = new(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);

    private async Task<int> MeasureAsync(HttpClient lead, string name, DateOnly lastPeriod)
    {
        var unitId = app.WithSystemScope(db => db.Units.Single(u => u.Name == "4 West").Id);
        var created = await lead.PostAsJsonAsync("/api/v1/measures", new
        {
            name, ownerLevel = "Unit", unitId, kind = "Process", chart = "P", multiplier = 100, direction = "Up",
            numeratorDefinition = "Audited", denominatorDefinition = "Observed", valueLabel = "% compliant",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var rows = Enumerable.Range(0, 12).Select(i => new
        {
            period = lastPeriod.AddMonths(i - 11).ToString("yyyy-MM", CultureInfo.InvariantCulture), numerator = 30 + i % 3, denominator = 40,
        });
        Assert.Equal(HttpStatusCode.OK, (await lead.PutAsJsonAsync($"/api/v1/measures/{id}/values", rows)).StatusCode);
        return id;
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_measure_whose_data_stopped_says_so_wherever_it_is_shown_and_a_current_one_does_not()
    {
        var api = await app.ClientForAsync(Lead);
        var stoppedName = $"Hand-off audit {Guid.NewGuid():N}"[..24];
        var currentName = $"Bedside audit {Guid.NewGuid():N}"[..22];
        var stopped = await MeasureAsync(api, stoppedName, new DateOnly(2015, 6, 1));
        var current = await MeasureAsync(api, currentName, ThisMonth);
        var lead = await app.SignInAsync(Lead);

        var stoppedPage = await PageAsync(lead, $"/measures/{stopped}");
        Assert.Contains("data-testid=\"data-stopped\"", stoppedPage, StringComparison.Ordinal);
        Assert.Contains("no data since 2015-06", stoppedPage, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"data-stopped\"", await PageAsync(lead, $"/measures/{current}"), StringComparison.Ordinal);

        var unitId = app.WithSystemScope(db => db.Units.Single(u => u.Name == "4 West").Id);
        var dashboard = await PageAsync(lead, $"/units/{unitId}/measures");
        Assert.Contains("data stopped", Card(dashboard, stoppedName), StringComparison.Ordinal);
        Assert.DoesNotContain("data stopped", Card(dashboard, currentName), StringComparison.Ordinal);

        var list = await PageAsync(lead, "/measures");
        Assert.Contains("data stopped", Row(list, stoppedName), StringComparison.Ordinal);
        Assert.DoesNotContain("data stopped", Row(list, currentName), StringComparison.Ordinal);

        var home = await PageAsync(await app.SignInAsync(Manager), "/");
        var section = home[home.IndexOf("data-testid=\"data-stopped\"", StringComparison.Ordinal)..];
        Assert.Contains(stoppedName, section, StringComparison.Ordinal);
        Assert.DoesNotContain(currentName, section, StringComparison.Ordinal);
    }

    private static string Card(string html, string name) => Between(html, name, "</article>");

    private static string Row(string html, string name) => Between(html, name, "</tr>");

    private static string Between(string html, string name, string end)
    {
        var start = html.IndexOf(name, StringComparison.Ordinal);
        Assert.True(start >= 0, $"{name} is not on the page");
        return html[start..html.IndexOf(end, start, StringComparison.Ordinal)];
    }
}

public sealed class SqliteDataStoppedTests(SqliteApp app) : DataStoppedTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresDataStoppedTests(PostgresApp app) : DataStoppedTests(app), IClassFixture<PostgresApp>;
