using LearningLoop.Core.Improvement;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Surveys;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>How the partnership is evaluated and managed in the demo (demo-story.md): 4 West's partnership, checked with
/// the participant questionnaire in September 2024 and March 2025 and the project questionnaire in March 2025, scores
/// well; 6 North's, checked in October 2025, scores low on influence and impact (its partner joined late); the
/// organisation questionnaire of October 2025 finds commitment but little support or influence. The managers' checklist
/// matches the capability assessment: senior leaders have designed an approach, middle managers have little in place
/// (engaging stakeholders is weakest at their level), 4 West's front-line managers integrate partners well. An alignment
/// survey of 6 North in October 2025 confirms the middle managers' low priority. Deterministic: its own random source.</summary>
public sealed class PartnershipEvaluationDemoStory : IDemoStory
{
    public int Order => 55;

    // Per wave: name, kind, initiative (title start, null: the organisation), opens, respondents per role (partner, staff,
    // manager; the project and organisation questionnaires have no role item) and the chance of a positive answer per composite.
    private static readonly (string Name, PartnershipSurveyKind Kind, string? Initiative, DateOnly Opens, int[] Respondents, double[] Positive)[] Plan =
    [
        ("4 West partnership check, September 2024", PartnershipSurveyKind.Participant, "Safer, smoother discharges", new(2024, 9, 2), [2, 8, 2],
            [0.85, 0.8, 0.75, 0.8]),
        ("4 West partnership check, March 2025", PartnershipSurveyKind.Participant, "Safer, smoother discharges", new(2025, 3, 3), [2, 9, 2],
            [0.9, 0.85, 0.85, 0.9]),
        ("4 West project questionnaire, March 2025", PartnershipSurveyKind.Project, "Safer, smoother discharges", new(2025, 3, 3), [7],
            [0.85, 0.8, 0.85]),
        ("6 North partnership check, October 2025", PartnershipSurveyKind.Participant, "Fewer falls", new(2025, 10, 6), [1, 7, 1],
            [0.6, 0.5, 0.2, 0.25]),
        ("Partnership across Riverside, October 2025", PartnershipSurveyKind.Organisation, null, new(2025, 10, 6), [14],
            [0.75, 0.35, 0.3, 0.45]),
    ];

    // 6 North's alignment survey: respondents and means per group (priority, incentives, barriers, benefit, effort).
    private static readonly (int Group, int Respondents, double[] Means)[] SixNorthAlignment =
    [
        (1, 9, [4.7, 3.9, 3.1, 4.6, 3.2]),
        (2, 6, [1.8, 2.0, 4.3, 2.2, 4.6]),
        (3, 5, [3.9, 3.2, 2.9, 4.0, 2.8]),
        (4, 2, [4.8, 4.0, 2.0, 4.9, 2.0]), // too few to show on their own
    ];

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var db = world.Db;
        var random = new Random(20251006);
        var now = DateTime.SpecifyKind(new DateTime(2024, 8, 1), DateTimeKind.Utc);
        var initiatives = await db.Initiatives.Where(i => i.OrganisationId == world.Hospital.Id).Include(i => i.Units).ToListAsync(ct);
        var instruments = new Dictionary<PartnershipSurveyKind, Instrument>
        {
            [PartnershipSurveyKind.Participant] = EngagementEvaluationInstruments.Participant.Create(world.Hospital.Id, now),
            [PartnershipSurveyKind.Project] = EngagementEvaluationInstruments.Project.Create(world.Hospital.Id, now),
            [PartnershipSurveyKind.Organisation] = EngagementEvaluationInstruments.Organisation.Create(world.Hospital.Id, now),
            [PartnershipSurveyKind.Alignment] = AlignmentSurveyInstrument.Create(world.Hospital.Id, now),
        };
        db.Instruments.AddRange(instruments.Values);
        await db.SaveChangesAsync(ct);

        foreach (var (name, kind, title, opens, respondents, positive) in Plan)
        {
            var initiative = title is null ? null : initiatives.First(i => i.Title.StartsWith(title, StringComparison.Ordinal));
            var wave = await WaveAsync(world, instruments[kind], name, opens, initiative, kind, ct);
            var plan = EngagementEvaluationInstruments.For(kind);
            for (var role = 0; role < respondents.Length; role++)
            {
                for (var n = 0; n < respondents[role]; n++)
                {
                    var response = Response(world, wave, random);
                    if (plan.Role is { } r) response.Answers.Add(Answer(world, r.Key, role + 1));
                    // Partners agree a little less often than staff, everywhere: they see the partnership from outside the team.
                    var partnerShift = kind == PartnershipSurveyKind.Participant && role == 0 ? -0.1 : 0;
                    foreach (var ((_, _, items), p) in plan.Composites.Zip(positive))
                    {
                        foreach (var (item, _, reverse) in items)
                        {
                            if (random.NextDouble() < 0.04) continue; // left blank
                            var yes = random.NextDouble() < p + partnerShift;
                            var value = random.NextDouble() < 0.03 ? 6 : yes ? 4 + random.Next(2) : 1 + random.Next(3);
                            if (reverse && value != 6) value = 6 - value;
                            response.Answers.Add(Answer(world, item, value));
                        }
                    }
                    db.Responses.Add(response);
                }
            }
        }

        var sixNorth = initiatives.First(i => i.Title.StartsWith("Fewer falls", StringComparison.Ordinal));
        var alignment = await WaveAsync(world, instruments[PartnershipSurveyKind.Alignment], "6 North alignment, October 2025", new(2025, 9, 29),
            sixNorth, PartnershipSurveyKind.Alignment, ct);
        foreach (var (group, count, means) in SixNorthAlignment)
        {
            for (var n = 0; n < count; n++)
            {
                var response = Response(world, alignment, random);
                response.Answers.Add(Answer(world, AlignmentSurveyInstrument.GroupKey, group));
                foreach (var ((key, _, _), mean) in AlignmentSurveyInstrument.Dimensions.Zip(means))
                {
                    response.Answers.Add(Answer(world, key, Math.Clamp((int)Math.Round(mean + (random.NextDouble() - 0.5) * 1.4), 1, 5)));
                }
                db.Responses.Add(response);
            }
        }
        await db.SaveChangesAsync(ct);
        await ChecklistAsync(world, initiatives.First(i => i.Title.StartsWith("Safer, smoother", StringComparison.Ordinal)), ct);
    }

    private static async Task<Wave> WaveAsync(DemoWorld world, Instrument instrument, string name, DateOnly opens, Initiative? initiative,
        PartnershipSurveyKind kind, CancellationToken ct)
    {
        var units = initiative is { Units.Count: > 0 } ? initiative.Units.Select(u => u.UnitId).ToList() : world.Units.Values.Select(u => u.Id).ToList();
        var wave = new Wave
        {
            OrganisationId = world.Hospital.Id, Name = name, InstrumentVersionId = instrument.Versions[0].Id, Opens = opens, Closes = opens.AddDays(20),
            LinkKey = null, // closed before the demo's today: its link key is erased
        };
        wave.Units.AddRange(units.Select(u => new WaveUnit { UnitId = u }));
        wave.Workgroups.AddRange(world.Workgroups.Values.Select((w, i) => new WaveWorkgroup { WorkgroupId = w.Id, Position = i + 1 }));
        world.Db.Waves.Add(wave);
        await world.Db.SaveChangesAsync(ct);
        world.Db.PartnershipSurveys.Add(new PartnershipSurvey { OrganisationId = world.Hospital.Id, WaveId = wave.Id, InitiativeId = initiative?.Id, Kind = kind });
        return wave;
    }

    /// <summary>Senior leaders: the approach is designed and resourced on paper; middle managers: little in place;
    /// front-line managers on 4 West: partners join early and are onboarded, evaluation twice a year.</summary>
    private static async Task ChecklistAsync(DemoWorld world, Initiative fourWest, CancellationToken ct)
    {
        var partnership = $"/initiatives/{fourWest.Id}/partnership";
        var checks = new (string Item, ManagementLevel Level, PracticeStatus Status, string Evidence, string Note)[]
        {
            ("design-purpose", ManagementLevel.Executive, PracticeStatus.InPlace, "https://intranet.riverside.example/policies/partners-in-care",
                "Partners in Care framework approved by the board, March 2024"),
            ("design-plans", ManagementLevel.Executive, PracticeStatus.InPlace, "/capability/plan", "In the capability plan's top action"),
            ("design-with-partners", ManagementLevel.Executive, PracticeStatus.Partly, "", "Two partners reviewed the framework; none wrote it"),
            ("structure-roles", ManagementLevel.Executive, PracticeStatus.Partly, "", "A coordinator half-time; no contact named per team"),
            ("structure-recruitment", ManagementLevel.Executive, PracticeStatus.InPlace, "/partners", "The registry and orientation training"),
            ("structure-recognition", ManagementLevel.Executive, PracticeStatus.InPlace, "https://intranet.riverside.example/policies/partner-honoraria",
                "Honoraria and expenses policy, 2024"),
            ("evaluation-ask", ManagementLevel.Executive, PracticeStatus.Partly, "", "Organisation questionnaire run once, October 2025"),
            ("design-plans", ManagementLevel.MiddleManager, PracticeStatus.Missing, "", "Not in the divisions' plans for 2025–26"),
            ("structure-roles", ManagementLevel.MiddleManager, PracticeStatus.Missing, "", "No time set aside in divisions"),
            ("integration-early", ManagementLevel.MiddleManager, PracticeStatus.Partly, "", "4 West yes; 6 North's partner joined after the plan"),
            ("integration-early", ManagementLevel.FrontLineManager, PracticeStatus.InPlace, partnership, "4 West's partners joined at planning"),
            ("integration-onboarding", ManagementLevel.FrontLineManager, PracticeStatus.InPlace, partnership, "Welcome conversation and named contact"),
            ("integration-voice", ManagementLevel.FrontLineManager, PracticeStatus.Partly, partnership, "Papers in advance; meetings still at 14:00"),
            ("evaluation-ask", ManagementLevel.FrontLineManager, PracticeStatus.InPlace, partnership, "Participant questionnaire every six months"),
            ("evaluation-act", ManagementLevel.FrontLineManager, PracticeStatus.Partly, "", "Results shared with partners; changes not yet tracked"),
        };
        world.Db.PracticeChecks.AddRange(checks.Select(c => new PracticeCheck
        {
            OrganisationId = world.Hospital.Id, ItemKey = c.Item, Level = c.Level, Status = c.Status, EvidenceUrl = c.Evidence, Note = c.Note,
            CheckedOn = new DateOnly(2025, 10, 20), CheckedById = fourWest.LeadId,
        }));
        await world.Db.SaveChangesAsync(ct);
    }

    private static Response Response(DemoWorld world, Wave wave, Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Response { Id = new Guid(bytes), OrganisationId = world.Hospital.Id, WaveId = wave.Id, Status = ResponseStatus.Submitted };
    }

    private static Answer Answer(DemoWorld world, string key, int value) => new() { OrganisationId = world.Hospital.Id, ItemKey = key, Value = value };
}
