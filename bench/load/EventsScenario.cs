using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

/// <summary>Bursts of safety reports: <c>bursts</c> times, <c>burst</c> reports posted at once through the API by the
/// demo staff member (the per-person limit of decision 0025 is switched off for this run only). Pass: every report got
/// 201 with a receipt, the receipts are all different, and every receipt, followed afterwards, finds its report (the
/// reviewers' list shows the newest 500 only, so it cannot count them).</summary>
static class EventsScenario
{
    public static async Task<bool> RunAsync(Uri address, HttpClient http, int bursts, int burst)
    {
        var (staff, cookie) = await Load.SignInAsync(address, "staff@riverside.example");
        using var _staff = staff;
        var units = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/units");
        var types = await staff.GetFromJsonAsync<JsonElement[]>("/api/v1/safety/event-types");
        var unitId = units!.First().GetProperty("id").GetInt32();
        var typeId = types!.First().GetProperty("id").GetInt32();
        var origin = address.GetLeftPart(UriPartial.Authority);
        var run = Guid.NewGuid().ToString("N")[..8];
        var times = new ConcurrentBag<double>();
        var outcomes = new ConcurrentBag<string>();
        var receipts = new ConcurrentBag<string>();
        var all = Stopwatch.StartNew();
        for (var b = 0; b < bursts; b++)
        {
            using var gate = new SemaphoreSlim(0);
            var tasks = Enumerable.Range(0, burst).Select(async i =>
            {
                var body = JsonSerializer.Serialize(new
                {
                    unitId, eventTypeId = typeId, occurredOn = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd"), description = $"load {run} {b}-{i}",
                    concern = "NearMiss", factors = new[] { "Staffing" }, immediateActions = "None.", anonymous = i % 2 == 0,
                });
                await gate.WaitAsync();
                var clock = Stopwatch.StartNew();
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/safety/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                    request.Headers.Add("Cookie", cookie);
                    request.Headers.Add("Origin", origin);
                    using var response = await http.SendAsync(request);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                    outcomes.Add(((int)response.StatusCode).ToString());
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        receipts.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("receiptCode").GetString()!);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    outcomes.Add(e.GetType().Name);
                }
            }).ToList();
            gate.Release(burst);
            await Task.WhenAll(tasks);
        }
        var wall = all.Elapsed.TotalSeconds;
        var accepted = outcomes.Count(o => o == "201");
        var found = await Load.BoundedAsync(receipts.ToList(), 20, async (code, _) =>
            (await staff.PostAsJsonAsync("/api/v1/safety/receipts", new { code })).StatusCode == HttpStatusCode.OK);
        Console.WriteLine($"{bursts} bursts of {burst} reports at once in {wall:0.0} s; load average {Load.LoadAverage()}");
        Console.WriteLine($"  outcomes: {string.Join(", ", outcomes.GroupBy(o => o).Select(g => $"{g.Key} {g.Count()}"))}");
        Console.WriteLine($"  latency: {Load.Percentiles(times)}");
        Console.WriteLine($"  stored: accepted {accepted}, receipts distinct {receipts.Distinct().Count()}, receipts that find their report {found.Count(f => f)}");
        return accepted == bursts * burst && receipts.Distinct().Count() == accepted && found.Count(f => f) == accepted;
    }
}
