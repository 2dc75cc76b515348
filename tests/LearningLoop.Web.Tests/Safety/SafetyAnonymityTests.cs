using System.Net.Http.Json;
using System.Reflection;
using LearningLoop.Core.Safety;
using LearningLoop.Web.Tests.Surveys;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;
using static LearningLoop.Web.Tests.Safety.SafetyTestData;

namespace LearningLoop.Web.Tests.Safety;

/// <summary>The promise made to an anonymous reporter: no user, no IP address, no time finer than the day, and no log
/// line (every category at Trace) that ties the report to the person who sent it.</summary>
public sealed class SafetyAnonymityTests(LoggedSqliteApp app) : IClassFixture<LoggedSqliteApp>
{
    [Fact]
    public void A_safety_event_has_no_column_for_a_time_or_an_address()
    {
        var properties = typeof(SafetyEvent).GetProperties(BindingFlags.Public | BindingFlags.Instance);
        Assert.DoesNotContain(properties, p => Nullable.GetUnderlyingType(p.PropertyType) is { } t ? IsTime(t) : IsTime(p.PropertyType));
        Assert.DoesNotContain(properties, p => p.Name.Contains("Ip", StringComparison.Ordinal) || p.Name.Contains("Address", StringComparison.OrdinalIgnoreCase));
        var columns = app.WithSystemScope(db => db.Model.FindEntityType(typeof(SafetyEvent))!.GetProperties().Select(p => p.ClrType).ToList());
        Assert.DoesNotContain(columns, t => IsTime(Nullable.GetUnderlyingType(t) ?? t));
    }

    [Fact]
    public async Task No_log_line_of_an_anonymous_report_names_the_reporter()
    {
        var staff = await app.ClientForAsync(Staff);
        var user = app.WithSystemScope(db => db.Users.Single(u => u.Email == Staff));
        app.Log.Lines.Clear();
        var report = await ReportAsync(staff, Report(app, "Logged anonymously", anonymous: true));
        var code = report.GetProperty("receiptCode").GetString()!;
        await staff.PostAsJsonAsync("/api/v1/safety/receipts", new { code });

        var lines = app.Log.Lines.ToList();
        Assert.NotEmpty(lines); // logging was on: the request was logged, just not who made it
        foreach (var secret in new[] { user.Id, user.Email!, user.DisplayName, user.UserName!, code, ReceiptCode.Hash(code)! })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
        Assert.Null(app.WithSystemScope(db => db.SafetyEvents.Single(e => e.Description == "Logged anonymously").ReporterUserId));
    }

    private static bool IsTime(Type t) => t == typeof(DateTime) || t == typeof(DateTimeOffset) || t == typeof(TimeOnly) || t == typeof(TimeSpan);
}
