using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Demo;

/// <summary>Two closed waves of the safety-culture survey on Medicine's wards (4 West and 5 West), before the relational
/// intervention (February 2024) and after it (March 2025): "communication about error" moves from about 69.5% to
/// 70.6% positive, communication openness and reporting rise more; pharmacists and case managers are too few to be
/// shown on their own. Deterministic: its own seeded random source.</summary>
public sealed class CultureDemoStory : IDemoStory
{
    public int Order => 60;

    private static readonly (string Name, DateOnly Opens, double Shift, Dictionary<string, double> Targets)[] Plan =
    [
        ("Patient safety culture, Feb 2024", new(2024, 2, 19), 0, new() { ["communication-about-error"] = 69.5, ["communication-openness"] = 62, ["reporting"] = 58 }),
        ("Patient safety culture, Mar 2025", new(2025, 3, 17), 4, new() { ["communication-about-error"] = 70.6, ["communication-openness"] = 68, ["reporting"] = 66 }),
    ];

    private static readonly (string Group, int PerUnit)[] Respondents =
        [("nurse", 16), ("resident", 5), ("attending_physician", 4), ("pharmacist", 1), ("case_manager", 2)];

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var db = world.Db;
        var random = new Random(20240219);
        var instrument = SafetyCultureInstrument.Create(world.Hospital.Id, new DateTime(2024, 1, 20, 0, 0, 0, DateTimeKind.Utc));
        db.Instruments.Add(instrument);
        await db.SaveChangesAsync(ct);
        var version = instrument.Versions[0];
        var units = new[] { world.Units["4 West"], world.Units["5 West"] };
        var responses = new List<Response>();
        foreach (var (name, opens, shift, targets) in Plan)
        {
            var wave = new Wave
            {
                OrganisationId = world.Hospital.Id, Name = name, InstrumentVersionId = version.Id, Opens = opens, Closes = opens.AddDays(20),
                LinkKey = null, // closed long before the demo's today
            };
            wave.Units.AddRange(units.Select(u => new WaveUnit { UnitId = u.Id }));
            wave.Workgroups.AddRange(Respondents.Select((g, i) => new WaveWorkgroup { WorkgroupId = world.Workgroups[g.Group].Id, Position = i + 1 }));
            db.Waves.Add(wave);
            await db.SaveChangesAsync(ct);
            foreach (var unit in units)
            {
                foreach (var (group, count) in Respondents)
                {
                    for (var r = 0; r < count; r++)
                    {
                        var response = new Response
                        {
                            OrganisationId = world.Hospital.Id, WaveId = wave.Id, Status = ResponseStatus.Submitted,
                            WorkgroupId = world.Workgroups[group].Id, UnitId = unit.Id, Id = Id(random),
                        };
                        foreach (var (key, _, items) in SafetyCultureInstrument.Plan)
                        {
                            var target = targets.GetValueOrDefault(key, 64 + 3 * (key.Length % 5) + shift) / 100;
                            foreach (var (item, _, _, reverse) in items)
                            {
                                var value = random.NextDouble() < 0.04 ? 6 : Answer(random, random.NextDouble() < target, reverse);
                                response.Answers.Add(new Answer { OrganisationId = world.Hospital.Id, ItemKey = item, Value = value });
                            }
                        }
                        response.Answers.Add(new Answer { OrganisationId = world.Hospital.Id, ItemKey = SafetyCultureInstrument.OverallRatingKey, Value = Math.Clamp(3 + (int)Math.Round(Normal(random) * 0.8 + shift / 8), 1, 5) });
                        response.Answers.Add(new Answer { OrganisationId = world.Hospital.Id, ItemKey = SafetyCultureInstrument.EventsReportedKey, Value = Math.Clamp(1 + (int)Math.Round(Math.Abs(Normal(random)) + shift / 8), 1, 5) });
                        responses.Add(response);
                    }
                }
            }
        }
        db.Responses.AddRange(responses);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A five-point answer: positive is agree or strongly agree, or for a reverse-worded item disagree or strongly disagree.</summary>
    private static int Answer(Random random, bool positive, bool reverse)
    {
        var high = positive ? 4 + random.Next(2) : 1 + random.Next(3);
        return reverse ? 6 - high : high;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static Guid Id(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
