using System.Globalization;
using System.Text;
using LearningLoop.Analytics.Census;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Safety;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>Three years of safety reporting (November 2022 to the demo's today) on Riverside's wards: the census made
/// as FHIR NDJSON Encounters in memory and counted by the same midnight census as <c>learningloop census</c>; reports
/// at about 165 per 10,000 patient days (near misses about 138); on 4 West, after its relational intervention, reporting
/// rises to about 202 (near misses about 166) while harm events fall. Hillcrest, a peer in the network, shares its rates
/// too, so the network funnel has company. Deterministic: its own seeded random source.</summary>
public sealed class SafetyDemoStory(PatientDays patientDays) : IDemoStory
{
    public int Order => 50;

    public static readonly DateOnly First = new(2022, 11, 1);

    /// <summary>The month 4 West's reporting has risen by (the intervention began in March 2024; the story's "late 2024").</summary>
    public static readonly DateOnly RiseFrom = new(2024, 11, 1);

    private const double Occupancy = 0.88;
    private const double LengthOfStay = 6.8;

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var db = world.Db;
        var random = new Random(20221101);
        var hospital = world.Hospital;
        var wards = world.Units.Values.Where(u => u.Beds is not null).OrderBy(u => u.Name, StringComparer.Ordinal).ToList();
        var types = SafetyEventType.DefaultsFor(hospital.Id);
        db.SafetyEventTypes.AddRange(types);
        db.SafetySettings.Add(new SafetySettings { OrganisationId = hospital.Id, ShareRatesWithNetwork = true });
        await db.SaveChangesAsync(ct);

        // The census, as a FHIR bulk export would deliver it, counted by the midnight census.
        var ndjson = Encounters(wards, world.Today, random);
        var map = new LocationUnitMap(wards.Select(u => KeyValuePair.Create(LocationOf(u), u.Name)));
        var census = MidnightCensus.Compute(new MemoryStream(ndjson), map, new CensusOptions(Until: world.Today));
        var unitIds = wards.ToDictionary(u => u.Name, u => u.Id, StringComparer.Ordinal);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await patientDays.StoreAsync(census.Days.Where(d => d.Date <= world.Today)
            .Select(d => new PatientDays.Entry(unitIds[d.Unit], d.Date, d.PatientDays)).ToList(), PatientDaySource.Fhir, hospital.Id, ct);

        var reporter = await db.Users.Where(u => u.Email == "staff@riverside.example").Select(u => u.Id).FirstOrDefaultAsync(ct);
        var lessons = await db.Lessons.Where(l => l.OrganisationId == hospital.Id).Select(l => l.Id).ToListAsync(ct);
        var initiative = await db.Initiatives.Where(i => i.OrganisationId == hospital.Id && i.Title.Contains("4 West")).Select(i => (int?)i.Id).FirstOrDefaultAsync(ct);
        var monthly = census.Days.GroupBy(d => (d.Unit, Month: new DateOnly(d.Date.Year, d.Date.Month, 1)))
            .ToDictionary(g => g.Key, g => g.Sum(d => d.PatientDays));
        var events = new List<SafetyEvent>();
        foreach (var ((unit, month), days) in monthly.Where(m => m.Key.Month <= world.Today))
        {
            var (reporting, nearMiss, harm) = Rates(unit, month);
            var monthEnd = month.AddMonths(1).AddDays(-1) is var end && end > world.Today ? world.Today : month.AddMonths(1).AddDays(-1);
            // Half the Poisson noise: the demo should tell its story on every page, not only on average.
            var expected = reporting * days / SafetyRates.Per;
            var n = Math.Max(0, (int)Math.Round(expected + Normal(random) * Math.Sqrt(expected) / 2));
            for (var i = 0; i < n; i++)
            {
                var draw = random.NextDouble() * reporting;
                var concern = draw < nearMiss ? ClassOfConcern.NearMiss : draw < reporting - 6 ? ClassOfConcern.Incident : ClassOfConcern.UnsafeCondition;
                var harmful = concern == ClassOfConcern.Incident && random.NextDouble() < harm / (reporting - 6 - nearMiss);
                var occurred = month.AddDays(random.Next(monthEnd.Day));
                events.Add(Event(world, random, unitIds[unit], types, occurred, concern, harmful, reporter, lessons, initiative));
            }
        }
        db.SafetyEvents.AddRange(events);
        await db.SaveChangesAsync(ct);
        await PeerAsync(world, random, ct);
        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    /// <summary>Reports, near misses and harm events per 10,000 patient days in a month on a unit.</summary>
    private static (double Reporting, double NearMiss, double Harm) Rates(string unit, DateOnly month)
    {
        if (unit != "4 West") return (165, 138, 8);
        if (month < new DateOnly(2024, 3, 1)) return (165, 138, 9);
        if (month < RiseFrom) return (180, 150, 7); // the intervention settling in
        return (202, 166, 4.5);
    }

    private static SafetyEvent Event(DemoWorld world, Random random, int unitId, List<SafetyEventType> types, DateOnly occurred,
        ClassOfConcern concern, bool harmful, string? reporter, List<int> lessons, int? initiative)
    {
        var type = types[Pick(random, [22, 26, 8, 6, 6, 8, 8, 12, 4])];
        var harm = harmful ? (random.NextDouble() < 0.75 ? HarmLevel.Mild : random.NextDouble() < 0.85 ? HarmLevel.Moderate : HarmLevel.Severe) : HarmLevel.None;
        NccMerpCategory? category = !type.Medication ? null : concern switch
        {
            ClassOfConcern.UnsafeCondition => NccMerpCategory.A,
            ClassOfConcern.NearMiss => NccMerpCategory.B,
            _ => harm switch { HarmLevel.Mild => NccMerpCategory.E, HarmLevel.Moderate => NccMerpCategory.F, HarmLevel.Severe => NccMerpCategory.G, _ => random.NextDouble() < 0.5 ? NccMerpCategory.C : NccMerpCategory.D },
        };
        var reported = occurred.AddDays(random.Next(3)) is var r && r > world.Today ? world.Today : occurred.AddDays(random.Next(3));
        var age = world.Today.DayNumber - reported.DayNumber;
        var status = age > 60 ? TriageStatus.Closed : age > 30 ? TriageStatus.ActionPlanned : age > 10 ? TriageStatus.UnderReview : TriageStatus.New;
        var closed = status == TriageStatus.Closed;
        return new SafetyEvent
        {
            OrganisationId = world.Hospital.Id, UnitId = unitId, EventTypeId = type.Id, OccurredOn = occurred, ReportedOn = reported,
            Description = Describe(type.Key, concern, random), Concern = concern, Harm = harm, MedicationCategory = category,
            Factors = (ContributingFactors)(1 << random.Next(11)) | (random.NextDouble() < 0.4 ? (ContributingFactors)(1 << random.Next(11)) : 0),
            ImmediateActions = concern == ClassOfConcern.Incident ? "Patient assessed; doctor informed." : "",
            ReporterUserId = random.NextDouble() < 0.35 ? null : reporter,
            ReceiptHash = ReceiptCode.Hash(ReceiptCode.Create())!,
            Status = status, StatusChangedOn = status == TriageStatus.New ? null : reported.AddDays(Math.Min(age, 10 + random.Next(40))),
            Feedback = closed ? "Reviewed at the unit's safety huddle; the learning was shared with the team." : "",
            LessonId = closed && lessons.Count > 0 && random.NextDouble() < 0.05 ? lessons[random.Next(lessons.Count)] : null,
            InitiativeId = closed && initiative is not null && unitId == world.Units["4 West"].Id && random.NextDouble() < 0.1 ? initiative : null,
        };
    }

    private static string Describe(string type, ClassOfConcern concern, Random random) => (type, concern) switch
    {
        ("fall", ClassOfConcern.NearMiss) => "Patient found standing unsteadily without the walking frame; helped back to bed.",
        ("fall", _) => "Patient slipped on the way to the bathroom at night.",
        ("medication", ClassOfConcern.NearMiss) => "Wrong strength of a tablet prepared; caught at the double check before giving it.",
        ("medication", _) => random.NextDouble() < 0.5 ? "Evening dose given two hours late." : "Dose given from the old chart after a change.",
        ("communication", _) => "Discharge plan changed at handover and the family was told two different dates.",
        ("equipment", _) => "Infusion pump alarm did not sound when the line was blocked.",
        ("pressure-injury", _) => "Stage 2 pressure injury found on the heel.",
        _ => "Procedure delayed because the consent form was missing.",
    };

    /// <summary>Hillcrest's two wards: a census and reports at a somewhat lower reporting rate, shared with the network.</summary>
    private async Task PeerAsync(DemoWorld world, Random random, CancellationToken ct)
    {
        var db = world.Db;
        var peer = await db.Organisations.FirstAsync(o => o.Name == "Hillcrest Regional Hospital", ct);
        var division = new Division { OrganisationId = peer.Id, Name = "Hillcrest medical wards" }; // a name no test of Riverside's divisions can mistake
        db.Divisions.Add(division);
        await db.SaveChangesAsync(ct);
        var wards = new[] { new Unit { OrganisationId = peer.Id, DivisionId = division.Id, Name = "Ward A", Beds = 24 },
            new Unit { OrganisationId = peer.Id, DivisionId = division.Id, Name = "Ward B", Beds = 20 } };
        db.Units.AddRange(wards);
        var types = SafetyEventType.DefaultsFor(peer.Id);
        db.SafetyEventTypes.AddRange(types);
        db.SafetySettings.Add(new SafetySettings { OrganisationId = peer.Id, ShareRatesWithNetwork = true });
        await db.SaveChangesAsync(ct);
        var entries = new List<PatientDays.Entry>();
        var events = new List<SafetyEvent>();
        foreach (var ward in wards)
        {
            for (var day = First; day <= world.Today; day = day.AddDays(1))
            {
                var census = (int)Math.Round(ward.Beds!.Value * Occupancy + Normal(random) * 1.5);
                entries.Add(new PatientDays.Entry(ward.Id, day, census));
                for (var i = Poisson(random, 140 * census / SafetyRates.Per); i > 0; i--)
                {
                    events.Add(new SafetyEvent
                    {
                        OrganisationId = peer.Id, UnitId = ward.Id, EventTypeId = types[random.Next(types.Count)].Id, OccurredOn = day, ReportedOn = day,
                        Description = "Reported at Hillcrest.", Concern = ClassOfConcern.NearMiss, ReceiptHash = ReceiptCode.Hash(ReceiptCode.Create())!,
                        Status = TriageStatus.Closed, Feedback = "Reviewed.",
                    });
                }
            }
        }
        await patientDays.StoreAsync(entries, PatientDaySource.Entered, peer.Id, ct);
        db.SafetyEvents.AddRange(events);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Inpatient stays on every ward, admitted each day in Poisson numbers that keep the ward near its occupancy,
    /// as FHIR R4 Encounter lines; one stay in forty moves ward half-way (a transfer with two location periods).</summary>
    private static byte[] Encounters(List<Unit> wards, DateOnly today, Random random)
    {
        var text = new StringBuilder(1 << 22);
        var id = 0;
        foreach (var ward in wards)
        {
            var admissionsPerDay = ward.Beds!.Value * Occupancy / LengthOfStay;
            // Start a few weeks early so the first month opens with a full ward.
            for (var day = First.AddDays(-28); day <= today; day = day.AddDays(1))
            {
                for (var i = Poisson(random, admissionsPerDay); i > 0; i--)
                {
                    var start = day.ToDateTime(new TimeOnly(8 + random.Next(12), random.Next(60)), DateTimeKind.Utc);
                    var end = start.AddHours(24 * LengthOfStay * -Math.Log(1 - random.NextDouble()) + 2);
                    var status = end > today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ? "in-progress" : "finished";
                    text.Append(CultureInfo.InvariantCulture, $"{{\"resourceType\":\"Encounter\",\"id\":\"e{++id}\",\"status\":\"{status}\",")
                        .Append("\"class\":{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActCode\",\"code\":\"IMP\"},")
                        .Append(CultureInfo.InvariantCulture, $"\"period\":{{\"start\":\"{start:yyyy-MM-ddTHH:mm:ss}Z\"");
                    text.Append(status == "finished" ? string.Create(CultureInfo.InvariantCulture, $",\"end\":\"{end:yyyy-MM-ddTHH:mm:ss}Z\"}},") : "},");
                    text.Append(CultureInfo.InvariantCulture, $"\"location\":[{{\"location\":{{\"reference\":\"{LocationOf(ward)}\"}}}}]}}\n");
                }
            }
        }
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string LocationOf(Unit unit) => "Location/" + unit.Name.ToLowerInvariant().Replace(' ', '-');

    private static int Pick(Random random, int[] weights)
    {
        var draw = random.Next(weights.Sum());
        for (var i = 0; i < weights.Length; i++)
        {
            if ((draw -= weights[i]) < 0) return i;
        }
        return weights.Length - 1;
    }

    /// <summary>Knuth's Poisson sampler; means here are small (under 20).</summary>
    private static int Poisson(Random random, double mean)
    {
        var limit = Math.Exp(-mean);
        var k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble()) k++;
        return k;
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
