using LearningLoop.Analytics.Capability;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>Two closed LHS capability assessments (October 2024 and September 2025) and the plan that followed: strong on
/// analysing clinical data, weak on engaging stakeholders and on organisational investment at the middle-management
/// level, a little better everywhere in 2025; executives rate the learning culture far above the front line, and
/// partners are too few to be shown on their own. The plan's top action links to the 4 West discharge initiative, whose
/// patient partner joined at planning. Deterministic: its own seeded random source.</summary>
public sealed class CapabilityDemoStory : IDemoStory
{
    public int Order => 50;

    // Where each domain stands at each level (individual, team, middle management, organisation) in 2025.
    private static readonly Dictionary<string, double[]> Level2025 = new(StringComparer.Ordinal)
    {
        ["organisational-learning"] = [3.4, 3.6, 3.0, 3.2],
        ["evidence-into-practice"] = [3.3, 3.4, 2.9, 3.1],
        ["building-knowledge"] = [2.9, 3.0, 2.7, 3.0],
        ["analysing-data"] = [3.9, 4.1, 3.8, 4.2],
        ["engaging-stakeholders"] = [2.7, 2.6, 2.0, 2.5],
        ["skilled-workforce"] = [3.3, 3.2, 2.8, 3.0],
        ["data-systems"] = [3.5, 3.6, 3.4, 3.8],
        ["investment"] = [3.0, 2.8, 2.0, 2.7],
        ["learning-culture"] = [3.4, 3.5, 3.0, 3.3],
        ["partnerships"] = [0, 0, 0, 3.1],
        ["funding-incentives"] = [0, 0, 0, 2.6],
    };

    private static readonly Dictionary<string, double> Importance = new(StringComparer.Ordinal)
    {
        ["engaging-stakeholders"] = 4.5, ["investment"] = 4.4, ["learning-culture"] = 4.3, ["organisational-learning"] = 4.1,
        ["analysing-data"] = 4.0, ["evidence-into-practice"] = 4.0, ["skilled-workforce"] = 3.9, ["data-systems"] = 3.6,
        ["building-knowledge"] = 3.3, ["partnerships"] = 3.5, ["funding-incentives"] = 3.4,
    };

    // Assessment: name, opens, shift from the 2025 levels, respondents per group (executive, manager, staff, partner).
    private static readonly (string Name, DateOnly Opens, double Shift, int[] Respondents)[] Plan =
    [
        ("LHS capability, October 2024", new(2024, 10, 1), -0.3, [5, 11, 24, 3]),
        ("LHS capability, September 2025", new(2025, 9, 8), 0, [6, 13, 28, 4]),
    ];

    private static readonly double[] GroupShift = [0.45, 0.05, -0.2, -0.35];

    // Medicine's units answer more often, so the Medicine division has enough respondents to read on its own.
    private static readonly string[] UnitDraw = ["4 West", "4 West", "5 West", "5 West", "6 North Cardiology", "Emergency", "4 West",
        "3 East", "ICU", "Maternity", "3 West Orthopaedics", "Paediatrics", "5 West", "Emergency"];

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var db = world.Db;
        var instrument = CapabilityInstrument.Create(world.Hospital.Id, DateTime.SpecifyKind(new DateTime(2024, 9, 1), DateTimeKind.Utc));
        db.Instruments.Add(instrument);
        await db.SaveChangesAsync(ct);
        var random = new Random(20241001);
        var waves = new List<Wave>();
        foreach (var (name, opens, shift, respondents) in Plan)
        {
            var wave = new Wave
            {
                OrganisationId = world.Hospital.Id, Name = name, InstrumentVersionId = instrument.Versions[0].Id, Opens = opens,
                Closes = opens.AddDays(20), LinkKey = null, // closed before the demo's today: its link key is erased
            };
            wave.Units.AddRange(world.Units.Values.Select(u => new WaveUnit { UnitId = u.Id }));
            wave.Workgroups.AddRange(world.Workgroups.Values.Select((w, i) => new WaveWorkgroup { WorkgroupId = w.Id, Position = i + 1 }));
            db.Waves.Add(wave);
            await db.SaveChangesAsync(ct);
            waves.Add(wave);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Responses.AddRange(Draw(world, wave, shift, respondents, random));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        await PlanAsync(world, waves[^1], ct);
    }

    private static List<Response> Draw(DemoWorld world, Wave wave, double shift, int[] respondents, Random random)
    {
        var responses = new List<Response>();
        for (var g = 0; g < respondents.Length; g++)
        {
            for (var r = 0; r < respondents[g]; r++)
            {
                // Executives and partners work across units and name none; managers and staff name their unit.
                int? unit = g is 1 or 2 ? world.Units[UnitDraw[random.Next(UnitDraw.Length)]].Id : null;
                var response = new Response
                {
                    Id = DeterministicId(random), OrganisationId = world.Hospital.Id, WaveId = wave.Id, Status = ResponseStatus.Submitted, UnitId = unit,
                };
                response.Answers.Add(new Answer { OrganisationId = world.Hospital.Id, ItemKey = CapabilityInstrument.RoleKey, Value = g + 1 });
                var person = Normal(random) * 0.3;
                foreach (var (domain, level) in CapabilityFramework.Cells)
                {
                    var index = CapabilityFramework.Levels.ToList().FindIndex(l => l.Key == level.Key);
                    var mean = Level2025[domain.Key][index] + shift + GroupShift[g] + person;
                    if (domain.Key == "learning-culture" && level.Key == CapabilityFramework.Organisation)
                    {
                        mean += g switch { 0 => 1.0, 2 => -0.5, _ => 0 }; // leaders and the front line see the culture differently
                    }
                    if (random.NextDouble() < 0.03) continue; // left blank, as some respondents do
                    response.Answers.Add(Value(world, CapabilityInstrument.ScoreKey(domain.Key, level.Key), mean + Normal(random) * 0.6));
                    response.Answers.Add(Value(world, CapabilityInstrument.ImportanceKey(domain.Key, level.Key),
                        Importance[domain.Key] + Normal(random) * 0.6));
                }
                responses.Add(response);
            }
        }
        return responses;
    }

    private static Answer Value(DemoWorld world, string key, double value) => new()
    {
        OrganisationId = world.Hospital.Id, ItemKey = key, Value = Math.Clamp((int)Math.Round(value), CapabilityFramework.ScaleMin, CapabilityFramework.ScaleMax),
    };

    private static async Task PlanAsync(DemoWorld world, Wave assessment, CancellationToken ct)
    {
        var db = world.Db;
        var discharges = await db.Initiatives.FirstOrDefaultAsync(i => i.OrganisationId == world.Hospital.Id && i.Title.StartsWith("Safer, smoother"), ct);
        var people = await db.People.Where(p => p.OrganisationId == world.Hospital.Id).OrderBy(p => p.Id).Take(40).ToListAsync(ct);
        var created = DateTime.SpecifyKind(new DateTime(2025, 10, 6), DateTimeKind.Utc);
        CapabilityAction Action(string title, string description, string domain, string? level, int owner, DateOnly starts, DateOnly due,
            CapabilityActionStatus status) => new()
        {
            OrganisationId = world.Hospital.Id, Title = title, Description = description, Domain = domain, Level = level, WaveId = assessment.Id,
            OwnerId = people.Count > owner ? people[owner].Id : null, StartsOn = starts, DueOn = due, Status = status,
            CreatedUtc = created, UpdatedUtc = created,
        };
        var partners = Action("Bring patient partners into every initiative from the planning phase",
            "Build on 4 West's discharge work, where a partner shaped the checklist: a partner on each initiative's team before its plan is set.",
            "engaging-stakeholders", CapabilityFramework.MiddleManagement, 3, new(2025, 10, 15), new(2027, 3, 31), CapabilityActionStatus.InProgress);
        if (discharges is not null) partners.Initiatives.Add(new CapabilityActionInitiative { InitiativeId = discharges.Id });
        var time = Action("Protected improvement time for unit managers",
            "Half a day a fortnight for each unit manager, backfilled, to coach PDSA cycles and join huddles.",
            "investment", CapabilityFramework.MiddleManagement, 7, new(2025, 11, 1), new(2027, 6, 30), CapabilityActionStatus.Planned);
        var culture = Action("Leadership walk-rounds that listen to the front line",
            "Executives join one unit huddle a week and report back what they heard; the gap between how leaders and staff see the culture is the measure.",
            "learning-culture", CapabilityFramework.Organisation, 1, new(2025, 9, 1), new(2025, 10, 15), CapabilityActionStatus.InProgress);
        db.CapabilityActions.AddRange(partners, time, culture);
        await db.SaveChangesAsync(ct);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static Guid DeterministicId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
