using System.Net;
using System.Text.RegularExpressions;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Partners;

/// <summary>What a patient partner can reach by URL, for EVERY route the app maps (read from its endpoint data source,
/// so a route added tomorrow is tested tomorrow): each GET route not on <see cref="PartnerMayRead"/> must answer 403 or
/// 404 to the demo partner's session, with its ids filled from records the partner may not see (another partner, an
/// initiative the partner is not on). The allowed list is what docs/guide/access.md grants a partner: the organisation's
/// work they read like everyone (initiatives, lessons, measures, people's names), their own profile and account.</summary>
public abstract partial class PartnerReachTests(LearningLoopApp app)
{
    /// <summary>Routes a partner may read. Every entry must exist in the app (checked), so the list cannot rot.</summary>
    private static readonly HashSet<string> PartnerMayRead = new(StringComparer.Ordinal)
    {
        // Home, the partner's own profile and the pages every member reads.
        "/", "/overview", "/partners/me", "/partners/{Id:int}", "/api/v1/partners/me", "/api/v1/partners/{id:int}",
        // Initiatives: the organisation's work is readable by every member (decision 0008).
        "/initiatives", "/initiatives/{Id:int}", "/initiatives/{Id:int}/drivers", "/initiatives/{Id:int}/cycles",
        "/initiatives/{Id:int}/cycles/{CycleId:int}", "/initiatives/{Id:int}/spread", "/initiatives/{Id:int}/timeline",
        "/initiatives/{Id:int}/team", "/initiatives/{Id:int}/report", "/initiatives/{Id:int}/partnership",
        "/api/v1/initiatives", "/api/v1/initiatives/{id:int}", "/api/v1/initiatives/{id:int}/drivers",
        "/api/v1/initiatives/{id:int}/driver-diagram.svg", "/api/v1/initiatives/{id:int}/driver-diagram.png", "/api/v1/initiatives/{id:int}/timeline",
        "/api/v1/initiatives/{id:int}/spread-map.svg", "/api/v1/initiatives/{id:int}/spread-map.png",
        "/api/v1/initiatives/{id:int}/alignment", "/api/v1/initiatives/{id:int}/alignment/map.svg", "/api/v1/initiatives/{id:int}/alignment/map.png",
        "/api/v1/alignment/misaligned",
        // Lessons and measures, names of units and people (not their contact details: tested in WhoSeesWhatTests).
        "/lessons", "/lessons/{Id:int}", "/api/v1/lessons", "/api/v1/lessons/similar", "/api/v1/lessons/{id:int}",
        "/lessons/new", "/lessons/{Id:int}/edit",  // team members record lessons; the save checks the initiative (0008)
        "/api/v1/cycles", "/api/v1/adoptions", "/api/v1/initiatives/{id:int}/cycles", "/api/v1/initiatives/{id:int}/cycles/{cycleId:int}",
        "/measures", "/measures/{Id:int}", "/measures/compare", "/api/v1/measures", "/api/v1/measures/compare", "/api/v1/measures/compare.csv", "/api/v1/measures/compare.svg", "/api/v1/measures/compare.png",
        "/api/v1/measures/{id:int}", "/api/v1/measures/{id:int}/chart", "/api/v1/measures/{id:int}/chart.csv", "/api/v1/measures/{id:int}/chart.svg",
        "/api/v1/measures/{id:int}/chart.png", "/api/v1/measures/{id:int}/fhir", "/api/v1/measures/{id:int}/values", "/api/v1/measures/{id:int}/values.csv", "/api/v1/measures/{id:int}/values.xlsx",
        "/units", "/units/{Id:int}", "/units/{Id:int}/measures", "/units/{Id:int}/timeline", "/divisions", "/workgroups", "/people", "/people/{Id:int}",
        "/api/v1/units", "/api/v1/units/{id:int}", "/api/v1/divisions", "/api/v1/workgroups", "/api/v1/people", "/api/v1/people/{id:int}", "/api/v1/me",
        // The partner's own account and API keys.
        "/account/api-keys",
        // Search finds only what the searcher may open (decision 0031; SearchTests prove it for partners).
        "/search", "/api/v1/search",
    };

    [Fact]
    public async Task A_patient_partner_reaches_no_staff_only_page_or_api_resource_by_url()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is not { } methods || methods.Contains("GET"))
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/'))
            .Where(r => !Anonymous(r))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Assert.True(routes.Count > 60, $"only {routes.Count} routes found");
        Assert.True(!PartnerMayRead.Except(routes).Any(), string.Join("\n", routes));

        var browser = await app.SignInAsync(Partner);
        var reached = new List<string>();
        foreach (var route in routes.Where(r => !PartnerMayRead.Contains(r)))
        {
            var url = Fill(route);
            var response = await browser.GetAsync(url);
            if (response.StatusCode is not (HttpStatusCode.Forbidden or HttpStatusCode.NotFound))
                reached.Add($"{route} → {url}: {(int)response.StatusCode}");
        }
        Assert.True(reached.Count == 0, "The partner reached:\n" + string.Join('\n', reached));
    }

    [Fact]
    public async Task Another_partners_profile_and_contact_details_are_absent_for_the_partner()
    {
        var other = app.RiversidePartners()[1];
        var browser = await app.SignInAsync(Partner);
        foreach (var url in new[] { $"/partners/{app.ProfileOf(other)}", $"/api/v1/partners/{app.ProfileOf(other)}", $"/people/{other}", $"/api/v1/people/{other}" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(url)).StatusCode);
        }
        var people = await browser.GetStringAsync("/people");
        Assert.DoesNotContain("@riverside.example", people, StringComparison.Ordinal);
    }

    /// <summary>The partnership's management pages and forms (decision 0021), named here so that the guarantee reads on its
    /// own: each exists, the enumeration above refuses it on an initiative the partner is not on, and on the partner's own
    /// initiative the partner reads its evaluation and records meetings and decisions as a team member, but neither
    /// governs it (requests, assessments), runs its surveys, nor reaches the managers' pages.</summary>
    [Fact]
    public async Task The_partnership_management_routes_are_closed_to_a_partner_except_their_own_teams_records()
    {
        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText!.Trim('/')).ToHashSet(StringComparer.Ordinal);
        string[] added =
        [
            "/partners/practices", "/partners/practices/{Level}/{Item}", "/partners/evaluation", "/initiatives/{Id:int}/partnership/meetings/new",
            "/initiatives/{Id:int}/partnership/meetings/{MeetingId:int}", "/initiatives/{Id:int}/partnership/decisions/new",
            "/initiatives/{Id:int}/partnership/requests/new", "/initiatives/{Id:int}/alignment/new", "/initiatives/{Id:int}/partnership/surveys/new",
            "/api/v1/partnership/practices", "/api/v1/partnership/evaluation", "/api/v1/initiatives/{id:int}/engagement/evaluation",
        ];
        Assert.All(added, r => Assert.Contains(r, routes));
        Assert.Empty(added.Intersect(PartnerMayRead));

        var own = app.InitiativeId(FourWest);
        var browser = await app.SignInAsync(Partner);
        var meeting = app.WithSystemScope(db => db.EngagementMeetings.Where(m => m.InitiativeId == own).OrderBy(m => m.Id).First().Id);
        foreach (var (url, expected) in new[]
                 {
                     ($"/api/v1/initiatives/{own}/engagement/evaluation", HttpStatusCode.OK),
                     ($"/initiatives/{own}/partnership/meetings/new", HttpStatusCode.OK), ($"/initiatives/{own}/partnership/meetings/{meeting}", HttpStatusCode.OK),
                     ($"/initiatives/{own}/partnership/decisions/new", HttpStatusCode.OK),
                     ($"/initiatives/{own}/partnership/requests/new", HttpStatusCode.Forbidden), ($"/initiatives/{own}/alignment/new", HttpStatusCode.Forbidden),
                     ($"/initiatives/{own}/partnership/surveys/new", HttpStatusCode.Forbidden), ("/partners/practices", HttpStatusCode.Forbidden),
                     ("/partners/practices/Executive/design-purpose", HttpStatusCode.Forbidden), ("/partners/evaluation", HttpStatusCode.Forbidden),
                     ("/api/v1/partnership/practices", HttpStatusCode.Forbidden), ("/api/v1/partnership/evaluation", HttpStatusCode.Forbidden),
                 })
        {
            Assert.True(expected == (await browser.GetAsync(url)).StatusCode, url);
        }
        // Another initiative's meeting under the partner's own initiative is not found.
        var elsewhere = app.WithSystemScope(db => db.EngagementMeetings.Where(m => m.InitiativeId != own).OrderBy(m => m.Id).First().Id);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/initiatives/{own}/partnership/meetings/{elsewhere}")).StatusCode);
    }

    /// <summary>Routes that need no sign-in (sign-in, set-up, survey answering, health, static files) are not the question.</summary>
    private static bool Anonymous(string route) =>
        route.StartsWith("/login", StringComparison.Ordinal) || route.StartsWith("/logout", StringComparison.Ordinal)
        || route.StartsWith("/account/set-password", StringComparison.Ordinal) || route.StartsWith("/setup", StringComparison.Ordinal)
        || route.StartsWith("/health", StringComparison.Ordinal) || route.StartsWith("/s/", StringComparison.Ordinal)
        || route.StartsWith("/k/", StringComparison.Ordinal) || route.StartsWith("/access-denied", StringComparison.Ordinal)
        || route.StartsWith("/not-found", StringComparison.Ordinal) || route.StartsWith("/error", StringComparison.Ordinal)
        || route.StartsWith("/api/reference", StringComparison.Ordinal) || route.StartsWith("/openapi", StringComparison.Ordinal)
        || route.StartsWith("/_", StringComparison.Ordinal) || route.StartsWith("/status/", StringComparison.Ordinal) || route == "/s"
        || route.StartsWith("/{", StringComparison.Ordinal) || route.Contains('.', StringComparison.Ordinal) && !route.StartsWith("/api/v1", StringComparison.Ordinal);

    /// <summary>Fills a route's parameters with records the partner must not see: ids of records that exist (so a 404
    /// is the refusal, not an absence), another partner for people and profiles, 6 North's initiative (not theirs).</summary>
    private string Fill(string route)
    {
        var other = app.RiversidePartners()[1];
        var sixNorth = app.InitiativeId(PartnershipTestData.SixNorth);
        var values = app.WithSystemScope(db => new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["people"] = other,
            ["partners"] = db.PartnerProfiles.Single(p => p.PersonId == other).Id,
            ["initiatives"] = sixNorth,
            ["measures"] = db.Measures.OrderBy(m => m.Id).First().Id,
            ["units"] = db.Units.OrderBy(u => u.Id).First().Id,
            ["divisions"] = db.Divisions.OrderBy(d => d.Id).First().Id,
            ["workgroups"] = db.Workgroups.OrderBy(w => w.Id).First().Id,
            ["waves"] = db.Waves.OrderBy(w => w.Id).First().Id,
            ["instruments"] = db.Instruments.OrderBy(i => i.Id).First().Id,
            ["lessons"] = db.Lessons.OrderBy(l => l.InitiativeId == sixNorth ? 0 : 1).ThenBy(l => l.Id).First().Id,
            ["interviews"] = db.InterviewNotes.OrderBy(n => n.Id).First().Id,
            ["interview-notes"] = db.InterviewNotes.OrderBy(n => n.Id).First().Id,
            ["interventions"] = db.Interventions.OrderBy(n => n.Id).First().Id,
            ["partner-requests"] = db.PartnerRequests.OrderBy(r => r.Id).First().Id,
            ["cycles"] = db.PdsaCycles.Where(c => c.InitiativeId == sixNorth).OrderBy(c => c.Id).First().Id,
        });
        var segments = route.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (!segments[i].StartsWith('{')) continue;
            var owner = i > 0 ? segments[i - 1] : "";
            var name = Parameter().Match(segments[i]).Groups[1].Value;
            segments[i] = segments[i].Contains(":int", StringComparison.Ordinal) || name.EndsWith("id", StringComparison.OrdinalIgnoreCase)
                ? (values.TryGetValue(owner, out var id) ? id : 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : "x";
        }
        return string.Join('/', segments);
    }

    [GeneratedRegex(@"^\{\*?([A-Za-z]+)")]
    private static partial Regex Parameter();
}

public sealed class SqlitePartnerReachTests(SqliteApp app) : PartnerReachTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresPartnerReachTests(PostgresApp app) : PartnerReachTests(app), IClassFixture<PostgresApp>;
