using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Partners;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Demo;

/// <summary>The partnership part of the demo (demo-story.md): a registry of the hospital's 20 patient partners; on 4 West
/// two partners who joined at planning and co-made the decisions (a real partnership); on 6 North a partner who joined
/// after the plan, attends rarely and co-made no decision (tokenism warnings); on Emergency a partner recruited through
/// a request, still onboarding. Alignment: on 6 North, middle managers rate the initiative's priority far below
/// front-line clinicians (flagged). Fixed data, the same on every run; meetings recur monthly into 2027 so the
/// partner's home always shows the next ones.</summary>
public sealed class PartnersDemoStory : IDemoStory
{
    public int Order => 50;

    private static readonly string[] Experiences =
        ["heart failure", "hospital discharge", "carer", "falls", "sepsis", "intensive care", "maternity", "mental health", "diabetes", "cancer"];
    private static readonly string[] SkillSet = ["plain-language writing", "co-design", "public speaking", "data", "teaching", "committee work"];
    private static readonly string[] OtherLanguages = ["French", "Spanish", "Polish", "Arabic", "Punjabi"];

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var db = world.Db;
        var partners = await db.People.Where(p => p.OrganisationId == world.Hospital.Id && p.Level == ManagementLevel.PatientPartner && !p.Units.Any())
            .OrderBy(p => p.Id).ToListAsync(ct);
        var initiatives = await db.Initiatives.Where(i => i.OrganisationId == world.Hospital.Id).Include(i => i.Team).ToListAsync(ct);
        var fourWest = initiatives.First(i => i.Title.StartsWith("Safer, smoother discharges", StringComparison.Ordinal));
        var sixNorth = initiatives.First(i => i.Title.StartsWith("Fewer falls", StringComparison.Ordinal));
        var emergency = initiatives.First(i => i.Title.StartsWith("Antibiotics within the hour", StringComparison.Ordinal));

        db.PartnerProfiles.AddRange(partners.Select((p, i) => Profile(world, p, i)));
        var (first, late, fourWestSecond, emergencyPartner) = (partners[0], partners[1], partners[2], partners[3]);
        Join(fourWest, fourWestSecond, D(2024, 2, 12));
        Join(emergency, emergencyPartner, D(2025, 9, 15));

        db.PartnerEngagements.AddRange(
            Engaged(fourWest, first, EngagementLevel.Partnership, InitiativePhase.Planning),
            Engaged(fourWest, fourWestSecond, EngagementLevel.Involvement, InitiativePhase.Planning),
            Engaged(sixNorth, late, EngagementLevel.Consultation, InitiativePhase.Testing),
            Engaged(emergency, emergencyPartner, EngagementLevel.Involvement, InitiativePhase.Planning));

        var fourWestTeam = fourWest.Team.Select(t => t.PersonId).Distinct().ToList();
        // 4 West: monthly team meetings from February 2024; both partners at nearly all of them.
        db.EngagementMeetings.AddRange(Monthly(fourWest.Id, "Discharge team meeting", "4 West seminar room", D(2024, 2, 6), D(2027, 12, 31), world.Today,
            (n, held) => held ? fourWestTeam.Where((id, k) => (id != first.Id || n % 7 != 3) && (id != fourWestSecond.Id || n % 5 != 2) && (n + k) % 4 != 0).ToList() : []));
        db.EngagementDecisions.AddRange(
            Decision(fourWest.Id, D(2024, 2, 27), "Aim and family of measures agreed, readmissions first", fourWestTeam),
            Decision(fourWest.Id, D(2024, 6, 25), "Seven-day huddle becomes standard work", [fourWest.LeadId!.Value, first.Id, fourWestSecond.Id]),
            Decision(fourWest.Id, D(2024, 9, 24), "Teach-back leaflet rewritten in plain language with the partners", [first.Id, fourWestSecond.Id, fourWest.LeadId!.Value]));

        // 6 North meets fortnightly. The partner joined after the plan was set (20 August 2025), came to 1 of the 5
        // meetings since, and was in no decision.
        var sixNorthStaff = sixNorth.Team.Where(t => t.PersonId != late.Id).Select(t => t.PersonId).ToList();
        db.EngagementMeetings.AddRange(Every(14, sixNorth.Id, "Falls team huddle", "6 North office", D(2025, 3, 18), D(2027, 12, 31), world.Today,
            (_, held, on) => held ? [.. sixNorthStaff, .. on == D(2025, 9, 16) ? new[] { late.Id } : []] : []));
        db.EngagementDecisions.AddRange(
            Decision(sixNorth.Id, D(2025, 4, 15), "Night-time rounding is the first change to test", sixNorthStaff),
            Decision(sixNorth.Id, D(2025, 6, 17), "Risk-based rounding replaces hourly rounding", sixNorthStaff),
            Decision(sixNorth.Id, D(2025, 9, 16), "Rounding joins the night induction sheet", sixNorthStaff));

        var emergencyTeam = emergency.Team.Select(t => t.PersonId).Append(emergencyPartner.Id).Distinct().ToList();
        db.EngagementMeetings.AddRange(Monthly(emergency.Id, "Sepsis planning meeting", "Emergency teaching room", D(2025, 9, 9), D(2027, 12, 31), world.Today,
            (_, held) => held ? emergencyTeam : []));
        db.EngagementDecisions.Add(Decision(emergency.Id, D(2025, 10, 14), "Screening prompt shaped around the triage conversation", emergencyTeam));

        var request = new PartnerRequest
        {
            InitiativeId = emergency.Id, Experience = ["sepsis", "intensive care"], Skills = ["co-design"], Language = "Spanish",
            Availability = Availability.WeekdayEvening | Availability.Remote, Wanted = 1, RequestedOn = D(2025, 8, 20),
            Note = "Someone who has lived through sepsis, or cared for someone who has, to shape the triage prompt with us.",
        };
        request.Invitations.Add(new PartnerInvitation
        {
            PersonId = emergencyPartner.Id, InvitedOn = D(2025, 8, 28), Status = InvitationStatus.Accepted,
            Onboarding = OnboardingSteps.WelcomeConversation | OnboardingSteps.AgreementSigned | OnboardingSteps.MetTheLead | OnboardingSteps.AddedToTeam,
        });
        db.PartnerRequests.Add(request);

        db.StakeholderAssessments.AddRange(Alignment(fourWest.Id, sixNorth.Id));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Every fourth partner differs in what they bring; the first (the demo partner's sign-in) is the 4 West
    /// partner the story follows, the fourth knows sepsis and speaks Spanish (the Emergency request's fit).</summary>
    private static PartnerProfile Profile(DemoWorld world, Person person, int i)
    {
        var profile = new PartnerProfile
        {
            OrganisationId = world.Hospital.Id, PersonId = person.Id,
            Status = i < 16 ? PartnerStatus.Active : i < 18 ? PartnerStatus.Paused : PartnerStatus.Prospective,
            LivedExperience = i switch
            {
                0 => ["heart failure", "hospital discharge", "carer"],
                3 => ["sepsis", "intensive care"],
                _ => [Experiences[i % Experiences.Length], Experiences[(i * 3 + 1) % Experiences.Length]],
            },
            Skills = i == 0 ? ["plain-language writing", "co-design"] : [SkillSet[i % SkillSet.Length]],
            Languages = i == 3 ? ["English", "Spanish"] : i % 4 == 0 ? ["English", OtherLanguages[i / 4 % OtherLanguages.Length]] : ["English"],
            Availability = (i % 3) switch { 0 => Availability.WeekdayDaytime | Availability.Remote, 1 => Availability.WeekdayEvening, _ => Availability.Weekend | Availability.Remote },
            About = i == 0 ? "I cared for my father through three admissions for heart failure; I want the next family to leave knowing the plan."
                : "",
            JoinedOn = new DateOnly(2023, 1 + i % 12, 1),
        };
        if (i == 3) profile.Availability = Availability.WeekdayEvening | Availability.Remote;
        if (i < 16)
        {
            var from = profile.JoinedOn!.Value;
            profile.Records.Add(Record(PartnerRecordKind.Consent, "Consent to hold contact details and lived-experience areas", from, from.AddYears(5)));
            profile.Records.Add(Record(PartnerRecordKind.Agreement, "Partner agreement and confidentiality", from, from.AddYears(4)));
            profile.Records.Add(Record(PartnerRecordKind.Training, "Partners in improvement: orientation", from.AddMonths(1)));
        }
        if (i == 0)
        {
            profile.Records.Add(Record(PartnerRecordKind.Training, "Model for Improvement for partners", D(2024, 1, 20)));
            profile.Records.Add(Record(PartnerRecordKind.Recognition, "Honorarium, discharge initiative 2024", D(2024, 12, 15), amount: 450m));
            profile.Records.Add(Record(PartnerRecordKind.Recognition, "Certificate of partnership", D(2025, 3, 31)));
        }
        return profile;
    }

    private static PartnerEngagement Engaged(Initiative initiative, Person person, EngagementLevel level, InitiativePhase joined) =>
        new() { InitiativeId = initiative.Id, PersonId = person.Id, Level = level, PhaseJoined = joined };

    private static PartnerRecord Record(PartnerRecordKind kind, string name, DateOnly on, DateOnly? until = null, decimal? amount = null) =>
        new() { Kind = kind, Name = name, On = on, Until = until, Amount = amount };

    private static void Join(Initiative initiative, Person person, DateOnly on)
    {
        if (initiative.Team.All(t => t.PersonId != person.Id))
        {
            initiative.Team.Add(new TeamMember { InitiativeId = initiative.Id, PersonId = person.Id, Role = TeamRole.PatientPartner, JoinedOn = on });
        }
    }

    /// <summary>A meeting on the same weekday each month (the first occurrence's), attended as <paramref name="attendees"/>
    /// says for the n-th meeting; meetings after the demo's today are still to come and have no attendance.</summary>
    private static IEnumerable<EngagementMeeting> Monthly(int initiativeId, string title, string place, DateOnly first, DateOnly last, DateOnly today,
        Func<int, bool, List<int>> attendees) =>
        Meetings(on => on.AddMonths(1), initiativeId, title, place, first, last, today, (n, held, _) => attendees(n, held));

    private static IEnumerable<EngagementMeeting> Every(int days, int initiativeId, string title, string place, DateOnly first, DateOnly last,
        DateOnly today, Func<int, bool, DateOnly, List<int>> attendees) =>
        Meetings(on => on.AddDays(days), initiativeId, title, place, first, last, today, attendees);

    private static IEnumerable<EngagementMeeting> Meetings(Func<DateOnly, DateOnly> next, int initiativeId, string title, string place, DateOnly first,
        DateOnly last, DateOnly today, Func<int, bool, DateOnly, List<int>> attendees)
    {
        var n = 0;
        for (var on = first; on <= last; on = next(on), n++)
        {
            yield return new EngagementMeeting { InitiativeId = initiativeId, Title = title, Place = place, HeldOn = on, AttendeeIds = attendees(n, on <= today, on) };
        }
    }

    private static EngagementDecision Decision(int initiativeId, DateOnly on, string text, List<int> coMakers) =>
        new() { InitiativeId = initiativeId, MadeOn = on, Text = text, CoMakerIds = coMakers };

    /// <summary>4 West: all groups pull together. 6 North: middle managers rate falls a low priority with high effort (the
    /// night staffing it asks of them), front-line clinicians a top one; re-assessed in September, the gap remains.</summary>
    private static IEnumerable<StakeholderAssessment> Alignment(int fourWest, int sixNorth)
    {
        StakeholderAssessment A(int initiative, string group, DateOnly on, int priority, int incentives, int barriers, int benefit, int effort,
            string incentivesNote = "", string barriersNote = "", string benefitNote = "") => new()
            {
                InitiativeId = initiative, Group = group, AssessedOn = on, Priority = priority, Incentives = incentives, Barriers = barriers,
                Benefit = benefit, Effort = effort, IncentivesNote = incentivesNote, BarriersNote = barriersNote, BenefitNote = benefitNote,
            };
        var w = D(2024, 2, 20);
        yield return A(fourWest, StakeholderGroups.FrontLine, w, 5, 4, 2, 5, 3, "Fewer late-day surprises", "Ward round clashes", "Calmer discharges");
        yield return A(fourWest, StakeholderGroups.MiddleManagers, w, 4, 4, 2, 4, 2, "Bed flow targets", "", "Earlier beds");
        yield return A(fourWest, StakeholderGroups.SeniorLeaders, w, 5, 5, 1, 4, 2, "Readmission penalties", "", "Fewer readmissions");
        yield return A(fourWest, StakeholderGroups.PatientPartners, w, 5, 4, 2, 5, 2, "Families know the plan", "Jargon", "Safer going home");
        yield return A(fourWest, StakeholderGroups.SupportStaff, w, 4, 3, 2, 4, 3, "Predictable transport", "", "Fewer rushed bookings");
        foreach (var (on, managerPriority) in new[] { (D(2025, 4, 8), 1), (D(2025, 9, 9), 2) })
        {
            yield return A(sixNorth, StakeholderGroups.FrontLine, on, 5, 4, 3, 5, 3, "Patients hurt at night", "Short night staffing", "Fewer injuries");
            yield return A(sixNorth, StakeholderGroups.MiddleManagers, on, managerPriority, 2, 4, 2, 5, "Not on the division's scorecard",
                "Night rounding needs agency hours the budget lacks", "Little they can see");
            yield return A(sixNorth, StakeholderGroups.SeniorLeaders, on, 4, 3, 3, 4, 3, "Harm-free care pledge", "", "Fewer incident reviews");
            yield return A(sixNorth, StakeholderGroups.PatientPartners, on, 5, 4, 2, 5, 2, "Dignity at night", "", "Feeling safe to call");
        }
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);
}
