using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Web.Tests.Infrastructure;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Safety;

/// <summary>What the safety tests share: the demo's event types and a report body.</summary>
internal static class SafetyTestData
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static int EventTypeId(this LearningLoopApp app, string key) =>
        app.WithSystemScope(db => db.SafetyEventTypes.Single(t => t.Key == key && db.Organisations.Any(o => o.Id == t.OrganisationId && o.Name == "Riverside General Hospital")).Id);

    public static object Report(LearningLoopApp app, string description, bool anonymous, string occurredOn = "2025-10-20", string unit = "4 West",
        string type = "fall", string? concern = "NearMiss", string? harm = null, string? medicationCategory = null) => new
    {
        unitId = app.UnitId(unit), eventTypeId = app.EventTypeId(type), occurredOn, description, concern, harm, medicationCategory,
        factors = new[] { "Staffing", "Handoff" }, immediateActions = "Bed lowered.", anonymous,
    };

    public static async Task<JsonElement> ReportAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/safety/events", body);
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json);
    }
}
