using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Measures;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;
using static LearningLoop.Web.Tests.Safety.SafetyTestData;

namespace LearningLoop.Web.Tests.Safety;

/// <summary>The report form posted as a browser without scripts would: the receipt is shown once, in the page.</summary>
public abstract class SafetyPagesTests(LearningLoopApp app)
{
    /// <summary>The rates page and its rates view both query; sharing the request's DbContext failed about 26 times in 30
    /// on PostgreSQL ("A second operation was started on this context instance"). Each render must now succeed.</summary>
    [Fact]
    public async Task The_rates_pages_render_every_time_while_the_page_and_its_view_both_query()
    {
        var staff = await app.ClientForAsync(Staff);
        var unit = app.UnitId("4 West");
        var failures = new List<string>();
        for (var i = 0; i < 15; i++)
        {
            foreach (var url in new[] { "/safety/rates", $"/safety/rates?scope=u{unit}", $"/units/{unit}" })
            {
                var response = await staff.GetAsync(url);
                if (!response.IsSuccessStatusCode) failures.Add($"{url}: {(int)response.StatusCode} {response.ReasonPhrase}");
            }
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task The_report_form_saves_an_anonymous_report_and_shows_its_receipt_code_once()
    {
        var staff = await app.ClientForAsync(Staff);
        var response = await BlazorForm.PostAsync(staff, "/safety", "report",
        [
            new("Input.UnitId", app.UnitId("4 West").ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.OccurredOn", "2025-10-30"),
            new("Input.EventTypeId", app.EventTypeId("fall").ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.Description", "Form report " + app.Provider),
            new("Input.Concern", "NearMiss"),
            new("Input.Harm", ""),
            new("Input.MedicationCategory", ""),
            new("Input.Factors", "Equipment"),
            new("Input.Factors", "Staffing"),
            new("Input.ImmediateActions", ""),
            new("Input.Anonymous", "true"),
        ]);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"receipt-code\"", page, StringComparison.Ordinal);
        var stored = app.WithSystemScope(db => db.SafetyEvents.Single(e => e.Description == "Form report " + app.Provider));
        Assert.Null(stored.ReporterUserId);
        Assert.Equal(Core.Safety.ContributingFactors.Equipment | Core.Safety.ContributingFactors.Staffing, stored.Factors);
    }
}

public sealed class SqliteSafetyPagesTests(SqliteApp app) : SafetyPagesTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSafetyPagesTests(PostgresApp app) : SafetyPagesTests(app), IClassFixture<PostgresApp>;
