using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using LearningLoop.Core.Organisations;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Web.Tests.Security.Matrix;

/// <summary>Issue 13 item 7: every endpoint and page of the app's own route table, every role, own and other
/// organisation, against authorisation-matrix.txt. Route parameters are ids of real demo rows of Riverside (one initiative
/// with cycles, drivers, team, partners…, and its children), so a refusal is a refusal and not an absence. Writes run for
/// real up to the database, where <see cref="WriteProbe"/> stops them: reaching a write proves "allowed", and nothing
/// changes. Pages are requested with GET: a page's form post runs the same component, with the same authorisation and
/// record lookups, before its handler. Set LEARNINGLOOP_MATRIX_OBSERVED=path to write the observed table there.</summary>
public abstract partial class AuthorisationMatrixTests(MatrixApp app)
{
    private const string Riverside = "Riverside General Hospital";
    private static readonly string[] Principals = [.. MatrixLine.Roles, "anonymous"];

    private enum Outcome { Allowed, Refused, Failed }

    /// <summary>A method and pattern; <see cref="ContentType"/> is what the endpoint declares it accepts (routing answers
    /// 415 before authorisation to any other), JSON when it declares nothing.</summary>
    private sealed record Route(string Method, string Pattern, string ContentType = "application/json")
    {
        public bool HasRecordIds => Pattern.Contains(":int}", StringComparison.Ordinal) || Pattern.Contains(":guid}", StringComparison.Ordinal);
    }

    private sealed record Observation(Outcome Outcome, string Detail);

    [Fact]
    public void Every_route_of_the_app_has_one_line_and_every_line_a_route()
    {
        var routes = Routes();
        Assert.True(routes.Count > 150, $"only {routes.Count} routes found");
        var lines = MatrixLine.Read();
        var duplicates = lines.GroupBy(l => (l.Method, l.Route)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Method} {g.Key.Route}").ToList();
        Assert.True(duplicates.Count == 0, $"{MatrixLine.FileName} lists twice: {string.Join(", ", duplicates)}");
        var listed = lines.Select(l => (l.Method, l.Route)).ToHashSet();
        var missing = routes.Where(r => !listed.Contains((r.Method, r.Pattern))).ToList();
        Assert.True(missing.Count == 0, $"New routes need a line in tests/LearningLoop.Web.Tests/Security/{MatrixLine.FileName} saying who may use them, e.g.\n"
            + string.Join('\n', missing.Select(r => MatrixLine.Format(r.Method, r.Pattern, new HashSet<string>(), anyone: false)))
            + "\n(replace 'nobody' by the roles; LEARNINGLOOP_MATRIX_OBSERVED=/tmp/observed.txt writes what the app does now)");
        var mapped = routes.Select(r => (r.Method, r.Pattern)).ToHashSet();
        var gone = lines.Where(l => !mapped.Contains((l.Method, l.Route))).Select(l => $"line {l.LineNumber}: {l.Method} {l.Route}").ToList();
        Assert.True(gone.Count == 0, $"{MatrixLine.FileName} lists routes the app no longer has:\n{string.Join('\n', gone)}");
    }

    [Fact]
    public async Task Each_role_of_the_organisation_reaches_what_the_matrix_allows_and_nothing_else()
    {
        var routes = Routes();
        var expected = MatrixLine.Read().ToDictionary(l => (l.Method, l.Route));
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var role in MatrixLine.Roles) clients[role] = await app.SignInAsync($"{role}@riverside.example");
        clients["anonymous"] = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var ids = RiversideIds();
        var bodies = await PutBodiesAsync(routes, ids, clients["admin"]);

        var observed = new ConcurrentDictionary<(Route, string), Observation>();
        var cases = routes.SelectMany(r => Principals.Select(p => (Route: r, Principal: p))).ToList();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, ct) =>
            observed[(c.Route, c.Principal)] = await ObserveAsync(clients[c.Principal], c.Route, Fill(c.Route.Pattern, ids), bodies.GetValueOrDefault(c.Route)));

        WriteObservedTable(routes, observed);
        var wrong = new List<string>();
        foreach (var route in routes)
        {
            if (!expected.TryGetValue((route.Method, route.Pattern), out var line)) continue;  // the other test names it
            foreach (var principal in Principals)
            {
                var seen = observed[(route, principal)];
                var mayUse = line.Anyone || line.Who.Contains(principal);
                var problem = seen.Outcome switch
                {
                    Outcome.Failed => $"failed: {seen.Detail}",
                    Outcome.Allowed when !mayUse => $"allowed but the matrix says no: {seen.Detail}",
                    // An anyone-route's parameters are invented codes: a 404 is not a refusal of the person.
                    Outcome.Refused when mayUse && !(line.Anyone && seen.Detail.StartsWith("404", StringComparison.Ordinal)) =>
                        $"refused but the matrix says yes: {seen.Detail}",
                    _ => null,
                };
                if (problem is not null) wrong.Add($"{route.Method} {route.Pattern} as {principal}: {problem} (line {line.LineNumber})");
            }
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} differences from {MatrixLine.FileName}:\n" + string.Join('\n', wrong)
            + "\nErrors logged:\n" + string.Join('\n', app.Errors.Lines.Distinct().Take(10)));
    }

    [Fact]
    public async Task No_role_of_another_organisation_reaches_this_ones_records_or_sees_its_data_in_lists()
    {
        await app.AddLakesideAccountsAsync();
        var routes = Routes();
        var ids = RiversideIds();
        var clients = new Dictionary<string, HttpClient>(StringComparer.Ordinal);
        foreach (var role in MatrixLine.Roles)
        {
            clients[role] = role == "admin"
                ? await app.SignInAsync(LearningLoopApp.OtherAdminEmail, "Lakeside-admin-2025")
                : await app.SignInAsync($"{role}@lakeside.example", MatrixApp.LakesidePassword);
        }
        var own = await app.SignInAsync("admin@riverside.example");
        var bodies = await PutBodiesAsync(routes, ids, own);
        var problems = new ConcurrentBag<string>();
        // The learning network's own records (its shared measures, maturity ratings) belong to the network, which both
        // hospitals are in, not to Riverside: NetworkApiTests checks that a coordinator sees only what members shared.
        var cases = routes.Where(r => !IsPublic(r.Pattern) && !IsNetworkWide(r.Pattern) && (r.HasRecordIds || r.Method == "GET"))
            .SelectMany(r => MatrixLine.Roles.Select(p => (Route: r, Role: p))).ToList();
        Assert.True(cases.Count > 500, $"only {cases.Count} cases");
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (c, ct) =>
        {
            var url = Fill(c.Route.Pattern, ids);
            if (c.Route.HasRecordIds)
            {
                var seen = await ObserveAsync(clients[c.Role], c.Route, url, bodies.GetValueOrDefault(c.Route));
                // A write whose body is refused (400, 415, 422) before the record is looked up reached nothing either.
                var refusedBody = c.Route.Method != "GET" && seen.Outcome == Outcome.Allowed && !seen.Detail.Contains("reached", StringComparison.Ordinal)
                    && seen.Detail[..3] is "400" or "415" or "422";
                if (seen.Outcome != Outcome.Refused && !refusedBody) problems.Add($"{c.Route.Method} {url} as Lakeside {c.Role}: {seen.Detail}");
                return;
            }
            using var response = await clients[c.Role].GetAsync(url, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            if ((int)response.StatusCode >= 500) problems.Add($"GET {url} as Lakeside {c.Role}: {(int)response.StatusCode}");
            else if (body.Contains(Riverside, StringComparison.Ordinal) || body.Contains("@riverside.example", StringComparison.OrdinalIgnoreCase))
                problems.Add($"GET {url} as Lakeside {c.Role} shows Riverside's data");
        });
        Assert.True(problems.IsEmpty, $"{problems.Count} cross-organisation problems:\n" + string.Join('\n', problems.Order(StringComparer.Ordinal))
            + "\nErrors logged:\n" + string.Join('\n', app.Errors.Lines.Distinct().Take(10)));
    }

    private async Task<Observation> ObserveAsync(HttpClient client, Route route, string url, string? putBody)
    {
        var probe = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), url);
        request.Headers.Add(WriteProbe.Header, probe);
        // Our own origin, as the browser's fetch sends it; the cross-site refusal is tested elsewhere.
        request.Headers.Add("Origin", "http://localhost");
        if (route.Method is "POST" or "PUT")
        {
            var json = route.ContentType == "application/json";
            request.Content = new StringContent(json ? putBody ?? "{}" : "", Encoding.UTF8, route.ContentType);
        }
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var location = response.Headers.Location?.OriginalString ?? "";
        if (app.Probe.Reached(probe) is { } write) return new(Outcome.Allowed, $"{status}, reached {write}");
        if (status is 401 or 403 or 404) return new(Outcome.Refused, $"{status}");
        if (status is 301 or 302 or 303 or 307 && (location.Contains("/login", StringComparison.Ordinal) || location.Contains("/access-denied", StringComparison.Ordinal)))
            return new(Outcome.Refused, $"{status} → {location}");
        if (status >= 500 || status == 405) return new(Outcome.Failed, $"{status} at {url}");
        return new(Outcome.Allowed, $"{status}{(location.Length > 0 ? " → " + location : "")}");
    }

    /// <summary>A PUT carries what the GET of the same address returns (read as the administrator), so that the body binds
    /// and the handler's own checks (tenancy, team) run; other writes carry an empty object.</summary>
    private static async Task<Dictionary<Route, string>> PutBodiesAsync(List<Route> routes, Dictionary<string, string> ids, HttpClient admin)
    {
        var bodies = new Dictionary<Route, string>();
        var gets = routes.Where(r => r.Method == "GET").Select(r => r.Pattern).ToHashSet(StringComparer.Ordinal);
        foreach (var put in routes.Where(r => r.Method == "PUT" && gets.Contains(r.Pattern)))
        {
            using var response = await admin.GetAsync(Fill(put.Pattern, ids));
            if (response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json")
                bodies[put] = await response.Content.ReadAsStringAsync();
        }
        return bodies;
    }

    private void WriteObservedTable(List<Route> routes, ConcurrentDictionary<(Route, string), Observation> observed)
    {
        var path = Environment.GetEnvironmentVariable("LEARNINGLOOP_MATRIX_OBSERVED");
        if (string.IsNullOrEmpty(path)) return;
        var lines = routes.Select(r =>
        {
            var who = MatrixLine.Roles.Where(p => observed[(r, p)].Outcome == Outcome.Allowed).ToHashSet(StringComparer.Ordinal);
            var anonymous = observed[(r, "anonymous")];
            var line = MatrixLine.Format(r.Method, r.Pattern, who, anyone: anonymous.Outcome == Outcome.Allowed
                || IsPublic(r.Pattern) && anonymous.Detail.StartsWith("404", StringComparison.Ordinal));
            var failed = Principals.Where(p => observed[(r, p)].Outcome == Outcome.Failed).ToList();
            return failed.Count == 0 ? line : $"{line}  # failed for {string.Join(' ', failed)}: {observed[(r, failed[0])].Detail}";
        });
        File.WriteAllLines($"{path}.{app.Provider}", lines);
    }

    /// <summary>Every method and route pattern the app maps. A page (GET and POST) is one GET line; an endpoint without
    /// methods (health checks) counts as GET.</summary>
    private List<Route> Routes() => app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
        .Where(e => !IsStaticFile("/" + e.RoutePattern.RawText!.Trim('/')))
        .SelectMany(e =>
        {
            var pattern = "/" + e.RoutePattern.RawText!.Trim('/');
            var methods = e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            var accepts = e.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes is [var first, ..] ? first : "application/json";
            return methods is null || methods.Contains("GET") ? [new Route("GET", pattern)] : methods.Select(m => new Route(m, pattern, accepts));
        })
        .Distinct().OrderBy(r => r.Pattern, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal).ToList();

    /// <summary>Static files (scripts, styles, the API reference's assets) are served to anyone and named by their
    /// content's hash, so they are not listed; the API's own files (<c>chart.csv</c>) are.</summary>
    private static bool IsStaticFile(string pattern) => pattern == "/{**path:file}"
        || !pattern.Contains('{', StringComparison.Ordinal) && !pattern.StartsWith("/api/v1/", StringComparison.Ordinal)
        && pattern[(pattern.LastIndexOf('/') + 1)..].Contains('.', StringComparison.Ordinal);

    private static bool IsNetworkWide(string pattern) =>
        pattern.StartsWith("/api/v1/network", StringComparison.Ordinal) || pattern.StartsWith("/network", StringComparison.Ordinal);

    /// <summary>Routes whose parameters are codes or files rather than records (answering a survey, static files, status pages).</summary>
    private static bool IsPublic(string pattern) => pattern == "/login/oidc" || !pattern.Contains(":int}", StringComparison.Ordinal) && !pattern.Contains(":guid}", StringComparison.Ordinal)
        && pattern.Contains('{', StringComparison.Ordinal) || pattern.StartsWith("/status/", StringComparison.Ordinal);

    /// <summary>Real Riverside rows for each parameter, keyed by the parameter's name or the segment before it; the
    /// initiative is the one with the most kinds of children, and every child is one of its own.</summary>
    private Dictionary<string, string> RiversideIds() => app.WithSystemScope(db =>
    {
        var org = db.Organisations.Single(o => o.Name == Riverside).Id;
        var initiative = db.Initiatives.Where(i => i.OrganisationId == org).Select(i => new
        {
            i.Id,
            Kinds = (db.PdsaCycles.Any(c => c.InitiativeId == i.Id) ? 1 : 0) + (db.Drivers.Any(c => c.InitiativeId == i.Id) ? 1 : 0)
                + (db.Adoptions.Any(c => c.InitiativeId == i.Id) ? 1 : 0) + (db.EngagementMeetings.Any(c => c.InitiativeId == i.Id) ? 1 : 0)
                + (db.PartnerEngagements.Any(c => c.InitiativeId == i.Id) ? 1 : 0) + (db.PartnerRequests.Any(c => c.InitiativeId == i.Id) ? 1 : 0)
                + (db.TeamMembers.Any(c => c.InitiativeId == i.Id) ? 1 : 0) + (db.ChangeIdeas.Any(c => c.InitiativeId == i.Id) ? 1 : 0),
        }).OrderByDescending(i => i.Kinds).ThenBy(i => i.Id).First().Id;
        // Requests and invitations are addressed on their own, not under the initiative: one that has invitations.
        var request = db.PartnerInvitations.Where(i => db.PartnerRequests.Any(r => r.Id == i.RequestId && db.Initiatives.Any(n => n.Id == r.InitiativeId && n.OrganisationId == org)))
            .OrderBy(i => i.RequestId).Select(i => i.RequestId).FirstOrDefault();
        var values = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
        {
            ["initiatives"] = initiative,
            ["cycles"] = db.PdsaCycles.Where(c => c.InitiativeId == initiative).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefault(),
            ["drivers"] = db.Drivers.Where(c => c.InitiativeId == initiative).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefault(),
            ["change-ideas"] = db.ChangeIdeas.Where(c => c.InitiativeId == initiative).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefault(),
            ["adoptions"] = db.Adoptions.Where(c => c.InitiativeId == initiative).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefault(),
            ["team"] = db.TeamMembers.Where(c => c.InitiativeId == initiative).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefault(),
            ["meetings"] = db.EngagementMeetings.Where(c => c.InitiativeId == initiative).OrderBy(c => c.Id).Select(c => c.Id).FirstOrDefault(),
            ["personId"] = db.PartnerEngagements.Where(c => c.InitiativeId == initiative).OrderBy(c => c.Id).Select(c => c.PersonId).FirstOrDefault(),
            ["partner-requests"] = request,
            ["partner-invitations"] = db.PartnerInvitations.Where(i => i.RequestId == request).OrderBy(i => i.Id).Select(i => i.Id).FirstOrDefault(),
            ["partners"] = db.PartnerProfiles.Where(p => p.OrganisationId == org).OrderBy(p => p.Id).Select(p => p.Id).First(),
            ["people"] = db.Users.Where(u => u.Email == "staff@riverside.example").Select(u => u.PersonId!.Value).Single(),
            ["measures"] = db.Measures.Where(m => m.OrganisationId == org).OrderBy(m => m.Id).Select(m => m.Id).First(),
            ["units"] = db.Units.Where(u => u.OrganisationId == org).OrderBy(u => u.Id).Select(u => u.Id).First(),
            ["divisions"] = db.Divisions.Where(d => d.OrganisationId == org).OrderBy(d => d.Id).Select(d => d.Id).First(),
            ["workgroups"] = db.Workgroups.Where(w => w.OrganisationId == org).OrderBy(w => w.Id).Select(w => w.Id).First(),
            ["waves"] = db.Waves.Where(w => w.OrganisationId == org && w.InstrumentVersion!.Instrument!.Key != Core.Capability.CapabilityInstrument.Key)
                .OrderBy(w => w.Id).Select(w => w.Id).First(),
            ["assessments"] = db.Waves.Where(w => w.OrganisationId == org && w.InstrumentVersion!.Instrument!.Key == Core.Capability.CapabilityInstrument.Key)
                .OrderBy(w => w.Id).Select(w => w.Id).First(),
            ["instruments"] = db.Instruments.Where(i => i.OrganisationId == org).OrderBy(i => i.Id).Select(i => i.Id).First(),
            ["lessons"] = db.Lessons.Where(l => l.OrganisationId == org).OrderBy(l => l.Id).Select(l => l.Id).First(),
            ["interviews"] = db.InterviewNotes.Where(n => n.OrganisationId == org).OrderBy(n => n.Id).Select(n => n.Id).First(),
            ["interview-notes"] = db.InterviewNotes.Where(n => n.OrganisationId == org).OrderBy(n => n.Id).Select(n => n.Id).First(),
            ["interventions"] = db.Interventions.Where(n => n.OrganisationId == org).OrderBy(n => n.Id).Select(n => n.Id).First(),
            ["actions"] = db.CapabilityActions.Where(a => a.OrganisationId == org).OrderBy(a => a.Id).Select(a => a.Id).First(),
        };
        var missing = values.Where(v => v.Value == 0).Select(v => v.Key).ToList();
        Assert.True(missing.Count == 0, $"the demo has no Riverside row for {string.Join(", ", missing)} (initiative {initiative})");
        var filled = values.ToDictionary(v => v.Key, v => v.Value.ToString(CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);
        filled["events"] = db.SafetyEvents.Where(e => e.OrganisationId == org).OrderBy(e => e.ReportedOn).Select(e => e.Id).First().ToString();
        filled["status"] = "404";
        return filled;
    });

    private static string Fill(string pattern, Dictionary<string, string> ids)
    {
        var segments = pattern.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var parameter = Parameter().Match(segments[i]);
            if (!parameter.Success) continue;
            var name = parameter.Groups[1].Value;
            var owner = i > 0 ? segments[i - 1] : "";
            var isRecord = segments[i].Contains(":int", StringComparison.Ordinal) || segments[i].Contains(":guid", StringComparison.Ordinal);
            // Codes that name a real thing, so that "nobody" is not an artefact of a made-up value.
            var value = !isRecord ? name.ToLowerInvariant() switch { "documentname" => "v1", "level" => "MiddleManager", "item" => "design-purpose", _ => "x" }
                : ids.TryGetValue(name, out var byName) ? byName
                : ids.TryGetValue(owner, out var byOwner) ? byOwner
                : throw new InvalidOperationException($"{pattern}: no demo row for {{{name}}} after '{owner}/'; add one to {nameof(RiversideIds)}");
            segments[i] = Placeholder().Replace(segments[i], value);  // keeps a suffix such as ".json"
        }
        return string.Join('/', segments);
    }

    [GeneratedRegex(@"^\{\*{0,2}([A-Za-z]+)")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\{[^}]*\}")]
    private static partial Regex Placeholder();
}

public sealed class SqliteAuthorisationMatrixTests(SqliteMatrixApp app) : AuthorisationMatrixTests(app), IClassFixture<SqliteMatrixApp>;

public sealed class PostgresAuthorisationMatrixTests(PostgresMatrixApp app) : AuthorisationMatrixTests(app), IClassFixture<PostgresMatrixApp>;
