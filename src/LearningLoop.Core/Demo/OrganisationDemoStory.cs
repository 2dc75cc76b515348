using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Demo;

/// <summary>Riverside General Hospital in the Northern Learning Network: 3 divisions, 12 units, 8 workgroups,
/// about 600 staff and 20 patient partners (docs/demo.md).</summary>
public sealed class OrganisationDemoStory : IDemoStory
{
    public int Order => 0;

    private static readonly (string Division, string Unit, UnitKind Kind, int? Beds, int Staff)[] UnitPlan =
    [
        ("Medicine", "4 West", UnitKind.Ward, 28, 62),
        ("Medicine", "5 West", UnitKind.Ward, 28, 58),
        ("Medicine", "6 North Cardiology", UnitKind.Ward, 24, 48),
        ("Medicine", "Emergency", UnitKind.Emergency, null, 70),
        ("Surgery", "3 East", UnitKind.Ward, 30, 56),
        ("Surgery", "3 West Orthopaedics", UnitKind.Ward, 26, 46),
        ("Surgery", "ICU", UnitKind.CriticalCare, 16, 64),
        ("Surgery", "Day Surgery", UnitKind.Department, null, 34),
        ("Women and Children", "Maternity", UnitKind.Ward, 32, 58),
        ("Women and Children", "Neonatal Unit", UnitKind.CriticalCare, 18, 40),
        ("Women and Children", "Paediatrics", UnitKind.Ward, 22, 38),
        ("Women and Children", "Women's Clinic", UnitKind.Clinic, null, 14),
    ];

    // Share of a unit's staff in each workgroup; the rest are nurses.
    private static readonly (string Key, string Name, double Share)[] WorkgroupPlan =
    [
        ("attending_physician", "Attending physicians", 0.10),
        ("resident", "Residents", 0.14),
        ("nurse", "Nurses", 0.0),
        ("pharmacist", "Pharmacists", 0.05),
        ("case_manager", "Case managers", 0.05),
        ("physiotherapist", "Physiotherapists", 0.07),
        ("unit_manager", "Unit managers", 0.0),
        ("allied_health_assistant", "Allied health assistants", 0.10),
    ];

    private static readonly string[] GivenNames =
    [
        "Amara", "Ben", "Chloé", "Daniel", "Elena", "Farid", "Grace", "Hugo", "Isabel", "Jonas", "Kira", "Luis", "Maya",
        "Noah", "Olivia", "Pedro", "Quinn", "Rosa", "Samir", "Tara", "Uma", "Victor", "Wen", "Ximena", "Yusuf", "Zoe",
        "Aisha", "Bruno", "Camille", "Dmitri", "Esther", "Felix", "Gabriela", "Hamid", "Ines", "Jack", "Leila", "Marco",
    ];

    private static readonly string[] FamilyNames =
    [
        "Abbott", "Bergeron", "Chen", "Dubois", "Evans", "Fernández", "Gagnon", "Hassan", "Ito", "Jensen", "Khan", "Lambert",
        "Moreau", "Nguyen", "Okafor", "Patel", "Quintero", "Roy", "Silva", "Tremblay", "Usman", "Vasquez", "Walsh",
        "Young", "Zhang", "Côté", "Martin", "Singh", "Kowalski", "Murphy", "Rossi", "Haddad",
    ];

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var db = world.Db;
        var network = new Network { Name = "Northern Learning Network" };
        var hospital = new Organisation { Name = "Riverside General Hospital", Network = network };
        db.AddRange(network, hospital,
            new Organisation { Name = "Lakeside Community Hospital", Network = network },
            new Organisation { Name = "Hillcrest Regional Hospital", Network = network });
        await db.SaveChangesAsync(ct);
        world.Hospital = hospital;

        foreach (var (key, name, _) in WorkgroupPlan)
        {
            var wg = new Workgroup { OrganisationId = hospital.Id, Key = key, Name = name };
            world.Workgroups[key] = wg;
            db.Workgroups.Add(wg);
        }
        var divisions = UnitPlan.Select(u => u.Division).Distinct()
            .ToDictionary(d => d, d => new Division { OrganisationId = hospital.Id, Name = d });
        db.Divisions.AddRange(divisions.Values);
        await db.SaveChangesAsync(ct);

        foreach (var plan in UnitPlan)
        {
            var unit = new Unit { OrganisationId = hospital.Id, DivisionId = divisions[plan.Division].Id, Name = plan.Unit, Kind = plan.Kind, Beds = plan.Beds };
            world.Units[plan.Unit] = unit;
            db.Units.Add(unit);
        }
        await db.SaveChangesAsync(ct);

        var people = new List<Person>();
        var names = new NameSource(world.Random);
        foreach (var plan in UnitPlan)
        {
            var unit = world.Units[plan.Unit];
            for (var i = 0; i < plan.Staff; i++)
            {
                var (workgroup, level) = RoleFor(i, plan.Staff);
                var person = names.NextPerson(hospital.Id);
                person.WorkgroupId = world.Workgroups[workgroup].Id;
                person.Level = level;
                person.Units.Add(new PersonUnit { Person = person, UnitId = unit.Id });
                people.Add(person);
            }
        }
        foreach (var division in divisions.Values)
        {
            var head = names.NextPerson(hospital.Id);
            head.Level = ManagementLevel.MiddleManager;
            head.WorkgroupId = world.Workgroups["unit_manager"].Id;
            people.Add(head);
        }
        for (var i = 0; i < 5; i++)
        {
            var executive = names.NextPerson(hospital.Id);
            executive.Level = ManagementLevel.Executive;
            people.Add(executive);
        }
        for (var i = 0; i < 20; i++)
        {
            var partner = names.NextPerson(hospital.Id);
            partner.Level = ManagementLevel.PatientPartner;
            people.Add(partner);
        }
        db.People.AddRange(people);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The first person of a unit manages it; then workgroups fill by share, nurses taking the rest.</summary>
    private static (string Workgroup, ManagementLevel Level) RoleFor(int index, int staff)
    {
        if (index == 0)
        {
            return ("unit_manager", ManagementLevel.FrontLineManager);
        }
        var cumulative = 1;
        foreach (var (key, _, share) in WorkgroupPlan)
        {
            cumulative += (int)Math.Round(share * staff);
            if (index < cumulative)
            {
                return (key, ManagementLevel.FrontLineStaff);
            }
        }
        return ("nurse", ManagementLevel.FrontLineStaff);
    }

    private sealed class NameSource(Random random)
    {
        private readonly HashSet<string> _emails = new(StringComparer.Ordinal);

        public Person NextPerson(int organisationId)
        {
            while (true)
            {
                var given = GivenNames[random.Next(GivenNames.Length)];
                var family = FamilyNames[random.Next(FamilyNames.Length)];
                var email = $"{Ascii(given)}.{Ascii(family)}{(_emails.Count > 300 ? random.Next(10, 99).ToString(System.Globalization.CultureInfo.InvariantCulture) : "")}@riverside.example";
                if (_emails.Add(email))
                {
                    return new Person { OrganisationId = organisationId, Name = $"{given} {family}", Email = email };
                }
            }
        }

        private static string Ascii(string s) => new string(s.Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => c < 128 && char.IsLetter(c)).ToArray()).ToLowerInvariant();
    }
}
