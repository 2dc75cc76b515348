using LearningLoop.Analytics.Capability;
using LearningLoop.Analytics.Funnel;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Capability;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Networks;
using LearningLoop.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>The Northern Learning Network's part: two shared measures (30-day readmissions, inpatient falls), which the
/// three hospitals share selectively — Riverside shares readmissions but not falls, Lakeside and Hillcrest both — so a
/// coordinator's view visibly holds only what was shared; Riverside and Lakeside share their capability profiles (Lakeside
/// ran a small assessment of its own: strong on engaging stakeholders, weaker on data); Riverside's improvement lead
/// coordinates the network and has rated its maturity twice. Deterministic: its own seeded random source.</summary>
public sealed class NetworkDemoStory : IDemoStory
{
    public const string CoordinatorEmail = "lead@riverside.example";

    public int Order => 70;

    // Per hospital: monthly discharges, readmission rate, monthly bed days, falls per 1,000 bed days.
    private static readonly (string Name, int Discharges, double Readmitted, int BedDays, double Falls)[] Peers =
    [
        ("Lakeside Community Hospital", 310, 0.118, 2600, 3.1),
        ("Hillcrest Regional Hospital", 520, 0.162, 4300, 4.6),
    ];

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var db = world.Db;
        var random = new Random(20250601);
        var network = await db.Networks.SingleAsync(n => n.Id == world.Hospital.NetworkId, ct);
        var readmissions = new NetworkMeasure
        {
            Network = network, Name = "30-day readmissions", Kind = FunnelMeasure.Proportion, Multiplier = 100, ValueLabel = "% readmitted",
            Definition = "Inpatients discharged in the period who were readmitted as an emergency within 30 days, out of all inpatients discharged.",
        };
        var falls = new NetworkMeasure
        {
            Network = network, Name = "Inpatient falls", Kind = FunnelMeasure.Rate, Multiplier = 1000, ValueLabel = "per 1,000 bed days",
            Definition = "Falls of inpatients, with or without harm, per 1,000 occupied bed days.",
        };
        db.NetworkMeasures.AddRange(readmissions, falls);
        var shareOn = new DateOnly(2025, 4, 1);
        var riversideReadmissions = await db.Measures.SingleAsync(m => m.OrganisationId == world.Hospital.Id && m.Name == "30-day readmissions, whole hospital", ct);
        db.MeasureShares.Add(new MeasureShare { OrganisationId = world.Hospital.Id, NetworkMeasure = readmissions, MeasureId = riversideReadmissions.Id, SharedOn = shareOn });
        db.CapabilityShares.Add(new CapabilityShare { OrganisationId = world.Hospital.Id, SharedOn = shareOn });

        var months = Enumerable.Range(0, 24).Select(i => new DateOnly(world.Today.Year, world.Today.Month, 1).AddMonths(-24 + i)).ToList();
        foreach (var (name, discharges, readmitted, bedDays, fallRate) in Peers)
        {
            var peer = await db.Organisations.SingleAsync(o => o.Name == name, ct);
            var readmission = PeerMeasure(peer.Id, "30-day readmissions", SpcChartType.P, 100, "% readmitted");
            var fall = PeerMeasure(peer.Id, "Inpatient falls", SpcChartType.U, 1000, "per 1,000 bed days");
            foreach (var month in months)
            {
                var n = discharges + random.Next(-25, 26);
                readmission.Values.Add(new MeasureValue { Period = month, Numerator = Math.Round(n * readmitted + Normal(random) * Math.Sqrt(n * readmitted)), Denominator = n });
                var days = bedDays + random.Next(-150, 151);
                fall.Values.Add(new MeasureValue { Period = month, Numerator = Math.Max(0, Math.Round(days * fallRate / 1000 + Normal(random) * 3)), Denominator = days });
            }
            db.Measures.AddRange(readmission, fall);
            await db.SaveChangesAsync(ct);
            db.MeasureShares.Add(new MeasureShare { OrganisationId = peer.Id, NetworkMeasure = readmissions, MeasureId = readmission.Id, SharedOn = shareOn });
            db.MeasureShares.Add(new MeasureShare { OrganisationId = peer.Id, NetworkMeasure = falls, MeasureId = fall.Id, SharedOn = shareOn });
            if (name.StartsWith("Lakeside", StringComparison.Ordinal))
            {
                await LakesideAssessmentAsync(world, peer.Id, random, ct);
                db.CapabilityShares.Add(new CapabilityShare { OrganisationId = peer.Id, SharedOn = shareOn });
            }
        }

        var coordinator = await db.Users.SingleAsync(u => u.Email == CoordinatorEmail, ct);
        db.NetworkCoordinators.Add(new NetworkCoordinator { Network = network, UserId = coordinator.Id });
        db.NetworkMaturityRatings.AddRange(Ratings(network.Id, coordinator.DisplayName));
        await db.SaveChangesAsync(ct);
    }

    private static Measure PeerMeasure(int organisationId, string name, SpcChartType chart, double multiplier, string label) => new()
    {
        OrganisationId = organisationId, OwnerLevel = MeasureOwnerLevel.Organisation, Name = name, Kind = MeasureKind.Outcome, Chart = chart,
        Multiplier = multiplier, Direction = ImprovementDirection.Down, Frequency = MeasureFrequency.Month, ValueLabel = label,
    };

    /// <summary>Twelve respondents, every cell rated: engaging stakeholders strong, analysing data and data systems weaker.</summary>
    private static async Task LakesideAssessmentAsync(DemoWorld world, int organisationId, Random random, CancellationToken ct)
    {
        var db = world.Db;
        var instrument = CapabilityInstrument.Create(organisationId, DateTime.SpecifyKind(new DateTime(2025, 5, 1), DateTimeKind.Utc));
        db.Instruments.Add(instrument);
        await db.SaveChangesAsync(ct);
        var wave = new Wave
        {
            OrganisationId = organisationId, Name = "LHS capability, spring 2025", InstrumentVersionId = instrument.Versions[0].Id,
            Opens = new DateOnly(2025, 5, 12), Closes = new DateOnly(2025, 6, 1), LinkKey = null,
        };
        db.Waves.Add(wave);
        await db.SaveChangesAsync(ct);
        for (var r = 0; r < 12; r++)
        {
            var response = new Response { Id = DeterministicId(random), OrganisationId = organisationId, WaveId = wave.Id, Status = ResponseStatus.Submitted };
            response.Answers.Add(new Answer { OrganisationId = organisationId, ItemKey = CapabilityInstrument.RoleKey, Value = 1 + r % 3 });
            foreach (var (domain, level) in CapabilityFramework.Cells)
            {
                var mean = domain.Key switch { "engaging-stakeholders" or "partnerships" => 3.9, "analysing-data" or "data-systems" => 2.4, _ => 3.1 };
                response.Answers.Add(Rating(organisationId, CapabilityInstrument.ScoreKey(domain.Key, level.Key), mean + Normal(random) * 0.6));
                response.Answers.Add(Rating(organisationId, CapabilityInstrument.ImportanceKey(domain.Key, level.Key), 3.8 + Normal(random) * 0.6));
            }
            db.Responses.Add(response);
        }
        await db.SaveChangesAsync(ct);
    }

    private static Answer Rating(int organisationId, string key, double value) => new()
    {
        OrganisationId = organisationId, ItemKey = key, Value = Math.Clamp((int)Math.Round(value), CapabilityFramework.ScaleMin, CapabilityFramework.ScaleMax),
    };

    private static IEnumerable<NetworkMaturityRating> Ratings(int network, string by)
    {
        (string Domain, int Level, string Evidence, int Earlier)[] plan =
        [
            ("leadership", 3, "Steering group of two executives, two clinicians and a patient partner meets monthly; the aim was reviewed in March.", 2),
            ("governance", 2, "Charter and data-sharing agreement signed by all three hospitals; no budget of its own yet.", 2),
            ("quality-improvement", 3, "Each hospital runs PDSA cycles on the discharge change package; huddles spread from Riverside to Lakeside.", 2),
            ("community", 2, "Quarterly calls and one learning session a year; partners join the calls but do not co-lead yet.", 1),
            ("data-analytics", 3, "Readmissions and falls shared on funnel plots each quarter; Riverside keeps falls to itself for now.", 2),
            ("research", 1, "Research questions collected at the 2025 learning session; no study yet.", 1),
        ];
        foreach (var (domain, level, evidence, earlier) in plan)
        {
            yield return new NetworkMaturityRating
            {
                NetworkId = network, Domain = domain, Level = earlier, RatedOn = new DateOnly(2024, 6, 3), RatedBy = by,
                Evidence = "First rating, when the network formed.",
            };
            yield return new NetworkMaturityRating { NetworkId = network, Domain = domain, Level = level, RatedOn = new DateOnly(2025, 6, 2), RatedBy = by, Evidence = evidence };
        }
    }

    private static Guid DeterministicId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
