using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Surveys;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static LearningLoop.Web.Tests.Initiatives.InitiativeTestData;

namespace LearningLoop.Web.Tests.Capability;

/// <summary>The at-a-glance tiles filled by safety, the safety-culture survey, partners and alignment, on the demo
/// organisation, on both databases: figures that match the demo story, a row per division linking down, suppression
/// held, and the relational-coordination tile's short path giving the same scores as the full wave reports.</summary>
public abstract class AtAGlanceTileTests(LearningLoopApp app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task The_organisation_tiles_tell_the_demo_story_and_link_down_to_every_division()
    {
        var lead = await app.ClientForAsync(Lead);
        var glance = await lead.GetFromJsonAsync<JsonElement>("/api/v1/at-a-glance", Json);
        var tiles = glance.GetProperty("tiles").EnumerateArray().ToDictionary(t => t.GetProperty("key").GetString()!);
        var divisions = glance.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("href").GetString()).ToList();
        Assert.Equal(3, divisions.Count);
        foreach (var tile in tiles.Values)
        {
            Assert.True(tile.GetProperty("available").GetBoolean(), tile.GetProperty("key").GetString());
            Assert.Equal(divisions, tile.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("href").GetString()));
        }

        // Reporting rises towards about 202 per 10,000 patient days in the demo story (from about 165).
        var rate = double.Parse(tiles["reporting-rate"].GetProperty("headline").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(rate, 150, 260);
        Assert.True(tiles["reporting-rate"].GetProperty("trend").GetArrayLength() >= 12);
        Assert.Contains("% on the twelve months before", tiles["reporting-rate"].GetProperty("summary").GetString(), StringComparison.Ordinal);

        // Communication about error, March 2025: about 70.6% positive, up from about 69.5%; only Medicine was surveyed.
        var culture = tiles["safety-culture"];
        Assert.InRange(double.Parse(culture.GetProperty("headline").GetString()!.TrimEnd('%'), CultureInfo.InvariantCulture), 60, 80);
        Assert.Contains("points since Patient safety culture, Feb 2024", culture.GetProperty("summary").GetString(), StringComparison.Ordinal);
        var byDivision = culture.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("value").GetString());
        Assert.Equal(culture.GetProperty("headline").GetString(), byDivision["Medicine"]);
        Assert.Equal("–", byDivision["Surgery"]);

        // A partner joined late and rarely attends on one initiative: its warning signs are listed; one initiative is misaligned.
        Assert.NotEmpty(tiles["partner-engagement"].GetProperty("items").EnumerateArray());
        Assert.All(tiles["partner-engagement"].GetProperty("items").EnumerateArray(),
            i => Assert.EndsWith("/partnership", i.GetProperty("href").GetString(), StringComparison.Ordinal));
        Assert.NotEqual("0 flagged", tiles["alignment"].GetProperty("headline").GetString());
        Assert.Contains(tiles["alignment"].GetProperty("items").EnumerateArray(), i => i.GetProperty("name").GetString()!.Contains("middle managers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_unit_with_too_few_culture_respondents_shows_no_culture_figure()
    {
        var icu = app.UnitId("ICU");
        app.WithSystemScope(db => AddSmallCultureWave(db, icu));
        var lead = await app.ClientForAsync(Lead);
        var glance = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/at-a-glance?unit={icu}", Json);
        var culture = glance.GetProperty("tiles").EnumerateArray().Single(t => t.GetProperty("key").GetString() == "safety-culture");
        Assert.Equal(JsonValueKind.Null, culture.GetProperty("headline").ValueKind);
        Assert.Contains("too few answered here", culture.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, culture.GetProperty("rows").ValueKind); // a unit has nothing below it
    }

    [Fact]
    public async Task The_rc_tile_scores_are_the_full_wave_reports_unit_scores()
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetOrganisation(await Riverside(db));
        var rc = scope.ServiceProvider.GetRequiredService<RcReports>();
        var waves = await db.Waves.Where(w => w.InstrumentVersion!.Instrument!.Kind == InstrumentKind.RelationalCoordination && w.Closes < DateOnly.FromDateTime(DateTime.UtcNow))
            .Select(w => w.Id).ToListAsync();
        Assert.NotEmpty(waves);
        await SameScoresAsync(rc, waves, expectShown: true);

        // With a minimum cell size above every unit's respondents, both paths hide every unit.
        var organisation = await db.Organisations.SingleAsync(o => o.Id == db.Scope.OrganisationId);
        var minimum = organisation.MinimumCellSize;
        organisation.MinimumCellSize = 500;
        await db.SaveChangesAsync();
        try
        {
            await SameScoresAsync(rc, waves, expectShown: false);
        }
        finally
        {
            organisation.MinimumCellSize = minimum;
            await db.SaveChangesAsync();
        }
    }

    private static async Task SameScoresAsync(RcReports rc, List<int> waves, bool expectShown)
    {
        var quick = await rc.UnitOverallsAsync(waves);
        Assert.Equal(expectShown, quick.Any(q => q.Overall is not null));
        foreach (var wave in waves)
        {
            var full = (await rc.WaveAsync(wave))!.Units.ToDictionary(u => u.Name, u => u.Overall);
            var short_ = quick.Where(q => q.WaveId == wave).ToDictionary(q => q.Unit, q => q.Overall);
            Assert.Equal(full.OrderBy(x => x.Key, StringComparer.Ordinal), short_.OrderBy(x => x.Key, StringComparer.Ordinal));
        }
    }

    private static Task<int> Riverside(LearningLoopDbContext db) =>
        db.Organisations.IgnoreQueryFilters().Where(o => o.Name == "Riverside General Hospital").Select(o => o.Id).SingleAsync();

    /// <summary>A closed safety-culture wave on one unit, long ago, answered by three people: under the minimum of five.</summary>
    private static int AddSmallCultureWave(LearningLoopDbContext db, int unit)
    {
        var organisation = db.Units.Single(u => u.Id == unit).OrganisationId;
        var version = db.InstrumentVersions.Single(v => v.Instrument!.Key == SafetyCultureInstrument.Key && v.Instrument.OrganisationId == organisation);
        var wave = new Wave { OrganisationId = organisation, Name = "Culture, ICU only", InstrumentVersionId = version.Id, Opens = new DateOnly(2023, 3, 1), Closes = new DateOnly(2023, 3, 20) };
        wave.Units.Add(new WaveUnit { UnitId = unit });
        db.Waves.Add(wave);
        db.SaveChanges();
        for (var r = 0; r < 3; r++)
        {
            var response = new Response { OrganisationId = organisation, WaveId = wave.Id, Status = ResponseStatus.Submitted, UnitId = unit, Id = Guid.NewGuid() };
            foreach (var (_, _, items) in SafetyCultureInstrument.Plan)
            {
                foreach (var item in items) response.Answers.Add(new Answer { OrganisationId = organisation, ItemKey = item.Item, Value = 4 });
            }
            db.Responses.Add(response);
        }
        return db.SaveChanges();
    }
}

public sealed class SqliteAtAGlanceTileTests(SqliteApp app) : AtAGlanceTileTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresAtAGlanceTileTests(PostgresApp app) : AtAGlanceTileTests(app), IClassFixture<PostgresApp>;
