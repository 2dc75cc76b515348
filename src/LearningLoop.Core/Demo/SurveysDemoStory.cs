using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Demo;

/// <summary>Relational coordination on 4 West's discharge process before and during the relational intervention
/// (Feb 2024 about 3.3, weakest ties physicians and case managers; Sep 2024 about 3.6; Mar 2025 about 3.9) and on
/// 5 West, which stays near 3.3. Pharmacists and case managers are too few on each unit for their own ratings to be
/// shown, so suppression is visible in every heat map. Deterministic: its own seeded random source.</summary>
public sealed class SurveysDemoStory : IDemoStory
{
    public int Order => 30;

    private const string Process = "discharging a patient";
    private static readonly string[] Groups = ["attending_physician", "resident", "nurse", "pharmacist", "case_manager"];

    // Wave: unit, name, opens, target overall, physician<->case-manager gap, respondents per group (in Groups order).
    private static readonly (string Unit, string Name, DateOnly Opens, double Overall, double Gap, int[] Respondents)[] Plan =
    [
        ("4 West", "4 West discharge RC, Feb 2024", new(2024, 2, 5), 3.3, -0.75, [5, 6, 19, 3, 3]),
        ("4 West", "4 West discharge RC, Sep 2024", new(2024, 9, 9), 3.6, -0.5, [5, 7, 22, 3, 3]),
        ("4 West", "4 West discharge RC, Mar 2025", new(2025, 3, 3), 3.9, -0.3, [6, 8, 24, 3, 3]),
        ("5 West", "5 West discharge RC, Feb 2024", new(2024, 2, 12), 3.3, -0.6, [5, 6, 18, 3, 3]),
        ("5 West", "5 West discharge RC, Sep 2024", new(2024, 9, 16), 3.3, -0.6, [5, 6, 17, 3, 3]),
        ("5 West", "5 West discharge RC, Mar 2025", new(2025, 3, 10), 3.3, -0.6, [5, 6, 18, 3, 3]),
    ];

    /// <summary>The latest 4 West wave in French and Spanish, so that its set-up shows translations (issue 12).</summary>
    private const string TranslatedWave = "4 West discharge RC, Mar 2025";

    private static readonly (string Language, string Process, string[] Groups)[] Translations =
    [
        ("fr", "la sortie d'un patient", ["Médecins traitants", "Résidents", "Infirmières", "Pharmaciens", "Gestionnaires de cas"]),
        ("es", "el alta de un paciente", ["Médicos adjuntos", "Residentes", "Enfermeras", "Farmacéuticos", "Gestores de casos"]),
    ];

    /// <summary>Nurses' comments, each from the day what it speaks of existed: no February 2024 comment praises the
    /// huddles that began in March, nor the checklist adopted in October (issue 12: no comment predates its subject).</summary>
    private static readonly (string Text, DateOnly From)[] NurseComments =
    [
        ("Discharge plans change late in the afternoon and we are often the last to hear.", DateOnly.MinValue),
        ("The daily huddle helps: we now know who is waiting on what.", new(2024, 3, 4)),
        ("Case managers are hard to reach before rounds finish.", DateOnly.MinValue),
        ("Pharmacy reconciliation is quick when we flag discharges the day before.", DateOnly.MinValue),
        ("Residents rotate often; a short handover note on discharges would help.", DateOnly.MinValue),
        ("When the checklist is used, families get the same message from everyone.", new(2024, 10, 1)),
    ];

    private static string CommentFor(Wave wave, int respondent)
    {
        var said = NurseComments.Where(c => c.From <= wave.Opens).ToList();
        return said[(respondent + wave.Id) % said.Count].Text;
    }

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var db = world.Db;
        var instrument = RelationalCoordinationInstrument.Create(world.Hospital.Id, DateTime.SpecifyKind(new DateTime(2024, 1, 15), DateTimeKind.Utc));
        db.Instruments.Add(instrument);
        await db.SaveChangesAsync(ct);
        var version = instrument.Versions[0];

        var responses = new List<Response>();
        foreach (var (unitName, name, opens, overall, gap, respondents) in Plan)
        {
            var unit = world.Units[unitName];
            var wave = new Wave
            {
                OrganisationId = world.Hospital.Id, Name = name, InstrumentVersionId = version.Id, Opens = opens, Closes = opens.AddDays(20),
                FocalWorkProcess = Process, LinkKey = null, // closed long before the demo's today: the link key is erased
                Distribution = unitName == "5 West" ? DistributionModes.Links | DistributionModes.Kiosk : DistributionModes.Links,
                KioskCode = unitName == "5 West" ? "demo" + opens.ToString("yyyyMM", System.Globalization.CultureInfo.InvariantCulture) : null,
            };
            wave.Units.Add(new WaveUnit { UnitId = unit.Id });
            wave.Workgroups.AddRange(Groups.Select((g, i) => new WaveWorkgroup { WorkgroupId = world.Workgroups[g].Id, Position = i + 1 }));
            if (name == TranslatedWave)
            {
                foreach (var (language, process, groups) in Translations)
                {
                    wave.Translations.Add(new WaveTranslation { Language = language, Text = process });
                    wave.Translations.AddRange(Groups.Select((g, i) => new WaveTranslation { Language = language, WorkgroupId = world.Workgroups[g].Id, Text = groups[i] }));
                }
            }
            db.Waves.Add(wave);
            await db.SaveChangesAsync(ct);

            // Answers are whole numbers, rounded and clamped to 1..5, so the wave's mean drifts from its target; the
            // offset is corrected from the first draw and the wave drawn again from the same seed.
            var effects = Effects(gap);
            var offset = overall - MeanEffect(effects, respondents);
            var seed = 20240205 + wave.Id;
            var drawn = Draw(world, wave, unit.Id, effects, offset, respondents, new Random(seed));
            offset += overall - drawn.SelectMany(r => r.Answers).Where(a => a.Value is not null).Average(a => a.Value!.Value);
            drawn = Draw(world, wave, unit.Id, effects, offset, respondents, new Random(seed));
            responses.AddRange(drawn);
        }
        // One bulk insert: a few hundred responses and some eight thousand answers.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Responses.AddRange(responses);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private static List<Response> Draw(DemoWorld world, Wave wave, int unitId, double[,] effects, double offset, int[] respondents, Random random)
    {
        var responses = new List<Response>();
        var fourWest = wave.Name.StartsWith("4 West", StringComparison.Ordinal);
        for (var g = 0; g < Groups.Length; g++)
        {
            for (var r = 0; r < respondents[g]; r++)
            {
                var response = new Response
                {
                    Id = DeterministicId(random), OrganisationId = world.Hospital.Id, WaveId = wave.Id, Status = ResponseStatus.Submitted,
                    WorkgroupId = world.Workgroups[Groups[g]].Id, UnitId = unitId,
                    Language = random.NextDouble() switch { < 0.1 => "fr", < 0.15 => "es", _ => "en" },
                };
                var person = Normal(random) * 0.3;
                for (var t = 0; t < Groups.Length; t++)
                {
                    foreach (var item in RcItems.Keys)
                    {
                        if (random.NextDouble() < 0.04)
                        {
                            continue; // left blank, as some respondents do
                        }
                        var value = (int)Math.Round(offset + effects[g, t] + person + Normal(random) * 0.55);
                        response.Answers.Add(new Answer
                        {
                            OrganisationId = world.Hospital.Id, ItemKey = item, TargetWorkgroupId = world.Workgroups[Groups[t]].Id,
                            Value = Math.Clamp(value, RcItems.MinValue, RcItems.MaxValue),
                        });
                    }
                }
                if (Groups[g] == "nurse" && fourWest && r < 3)
                {
                    response.Answers.Add(new Answer { OrganisationId = world.Hospital.Id, ItemKey = RelationalCoordinationInstrument.CommentKey, Text = CommentFor(wave, r) });
                }
                if (Groups[g] == "case_manager" && r == 0)
                {
                    // Never shown: case managers are fewer than the minimum cell size.
                    response.Answers.Add(new Answer { OrganisationId = world.Hospital.Id, ItemKey = RelationalCoordinationInstrument.CommentKey, Text = "We find out about discharges too late to arrange home care." });
                }
                responses.Add(response);
            }
        }
        return responses;
    }

    /// <summary>How a tie departs from the wave's level: a group rates itself higher; physicians and case managers
    /// rate each other lower by <paramref name="gap"/>; nurses and pharmacists a little lower.</summary>
    private static double[,] Effects(double gap)
    {
        var effects = new double[Groups.Length, Groups.Length];
        for (var a = 0; a < Groups.Length; a++)
        {
            for (var b = 0; b < Groups.Length; b++)
            {
                var pair = new[] { Groups[a], Groups[b] };
                effects[a, b] = a == b ? 0.45
                    : pair.Contains("case_manager") && (pair.Contains("attending_physician") || pair.Contains("resident")) ? gap
                    : pair.Contains("nurse") && pair.Contains("pharmacist") ? -0.15
                    : 0.05;
            }
        }
        return effects;
    }

    /// <summary>The mean effect over all ties the plan will produce, so the wave's overall lands on its target.</summary>
    private static double MeanEffect(double[,] effects, int[] respondents)
    {
        double sum = 0, ties = 0;
        for (var a = 0; a < Groups.Length; a++)
        {
            for (var b = 0; b < Groups.Length; b++)
            {
                sum += effects[a, b] * respondents[a];
                ties += respondents[a];
            }
        }
        return sum / ties;
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
