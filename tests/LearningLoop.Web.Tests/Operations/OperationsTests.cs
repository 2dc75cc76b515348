using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Core.Access;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Tests.Operations;

public abstract class OperationsTests(LearningLoopApp app)
{
    [Fact]
    public async Task Health_and_readiness_answer_200_without_signing_in()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var report = await ready.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Healthy", report.GetProperty("status").GetString());
        Assert.Equal("Healthy", report.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
        Assert.False(report.GetProperty("checks").TryGetProperty("replica", out _)); // none configured
    }

    [Fact]
    public async Task The_openapi_document_describes_the_v1_api()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/units/{id}", out _));
        Assert.True(paths.TryGetProperty("/api/v1/people/import", out _));
        Assert.Equal("LearningLoop API", document.GetProperty("info").GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_api_key_authenticates_as_its_owner_until_it_is_revoked()
    {
        var client = await app.ClientForAsync("lead@riverside.example");
        var me = await client.GetFromJsonAsync<JsonElement>("/api/v1/me");
        Assert.Equal("lead@riverside.example", me.GetProperty("email").GetString());
        Assert.Contains(me.GetProperty("roles").EnumerateArray(), r => r.GetString() == Roles.ImprovementLead);

        app.WithSystemScope(db =>
        {
            var userId = db.Users.Single(u => u.Email == "lead@riverside.example").Id;
            foreach (var key in db.ApiKeys.Where(k => k.UserId == userId)) key.RevokedUtc = DateTime.UtcNow;
            return db.SaveChanges();
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me")).StatusCode);
    }

    [Fact]
    public async Task Api_keys_are_stored_only_as_hashes()
    {
        await app.ClientForAsync("manager@riverside.example");
        var stored = app.WithSystemScope(db => db.ApiKeys.AsNoTracking().ToList());
        Assert.NotEmpty(stored);
        Assert.All(stored, k =>
        {
            Assert.DoesNotContain(ApiKeySecret.Marker, k.Hash, StringComparison.Ordinal);
            Assert.Equal(64, k.Hash.Length);
        });
    }

    [Fact]
    public async Task An_unknown_api_key_is_refused()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKeySecret.Create());
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/units")).StatusCode);
    }
}

public sealed class SqliteOperationsTests(SqliteApp app) : OperationsTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresOperationsTests(PostgresApp app) : OperationsTests(app), IClassFixture<PostgresApp>;
