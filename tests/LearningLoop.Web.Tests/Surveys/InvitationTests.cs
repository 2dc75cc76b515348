using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>Invitations and reminders over SMTP (MailKit) to a sink on loopback.</summary>
public sealed partial class InvitationTests(LoggedSqliteApp app) : IClassFixture<LoggedSqliteApp>
{
    private readonly SurveyHarness _survey = new(app);

    [Fact]
    public async Task Everyone_in_the_population_gets_a_working_link_that_is_stored_nowhere_and_reminders_carry_none()
    {
        var wave = await _survey.CreateWaveAsync("E-mail", "nurse", "case_manager");
        var population = app.WithSystemScope(db => db.People.Count(p => (p.Workgroup!.Key == "nurse" || p.Workgroup!.Key == "case_manager")
            && p.Units.Any(u => u.Unit!.Name == "4 West") && p.OrganisationId == db.Organisations.Single(o => o.Name == "Riverside General Hospital").Id));
        var admin = await app.ClientForAsync(SurveyHarness.Admin);
        app.Smtp.Messages.Clear();

        var sent = await admin.PostAsync($"/api/v1/surveys/waves/{wave}/invitations", null);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(population, (await sent.Content.ReadFromJsonAsync<JsonElement>(SurveyHarness.Json)).GetProperty("sent").GetInt32());
        var invitations = app.Smtp.Messages.ToArray();
        Assert.Equal(population, invitations.Length);
        var tokens = invitations.Select(m => Link().Match(m).Groups[1].Value).ToList();
        Assert.All(tokens, t => Assert.Equal(48, t.Length));
        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.Equal(population, app.WithSystemScope(db => db.SurveyInvitations.Count(i => i.WaveId == wave)));

        // A link from an e-mail works once.
        Assert.Contains("Your answers are in", (await _survey.PostAsync(tokens[0], "submit", _survey.Answers("nurse", 4, "nurse"))).Html, StringComparison.Ordinal);
        Assert.Contains("already been used", (await _survey.PostAsync(tokens[0], "submit", _survey.Answers("nurse", 4, "nurse"))).Html, StringComparison.Ordinal);

        // Nobody is invited twice.
        var again = await admin.PostAsync($"/api/v1/surveys/waves/{wave}/invitations", null);
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>(SurveyHarness.Json)).GetProperty("sent").GetInt32());

        // Reminders go to everyone invited and carry no link (we cannot know who answered, by design).
        app.Smtp.Messages.Clear();
        var reminded = await admin.PostAsync($"/api/v1/surveys/waves/{wave}/reminders", null);
        Assert.Equal(HttpStatusCode.OK, reminded.StatusCode);
        var reminders = app.Smtp.Messages.ToArray();
        Assert.Equal(population, reminders.Length);
        Assert.All(reminders, m => Assert.DoesNotContain("/s#", m, StringComparison.Ordinal));
        Assert.All(reminders, m => Assert.Contains("Subject: Reminder:", m, StringComparison.Ordinal));

        // No token was written anywhere in the database file.
        var path = app.WithSystemScope(db => db.Database.GetDbConnection().DataSource);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var bytes = System.Text.Encoding.ASCII.GetString(await File.ReadAllBytesAsync(path));
        Assert.All(tokens, t => Assert.DoesNotContain(t, bytes, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"/s#([A-Za-z0-9_-]{48})")]
    private static partial Regex Link();
}
