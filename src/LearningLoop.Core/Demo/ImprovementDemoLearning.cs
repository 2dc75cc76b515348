using LearningLoop.Core.Improvement;

namespace LearningLoop.Core.Demo;

public sealed partial class ImprovementDemoStory
{
    private static IEnumerable<Intervention> Interventions(DemoWorld world, Initiative discharges)
    {
        Intervention On(string unit, InterventionKind kind, DateOnly starts, DateOnly? ends, string title, string description, string participants, int? count, bool ofInitiative = true) => new()
        {
            OrganisationId = world.Hospital.Id, InitiativeId = ofInitiative ? discharges.Id : null, UnitId = world.Units.GetValueOrDefault(unit)?.Id,
            Kind = kind, StartsOn = starts, EndsOn = ends, Title = title, Description = description, Participants = participants, ParticipantCount = count,
        };
        yield return On("4 West", InterventionKind.Coaching, D(2024, 2, 26), D(2024, 6, 28), "Relational coaching for 4 West's leaders",
            "Six fortnightly sessions with the improvement office's coach: the February RC results, the weakest ties, and how leaders model " +
            "problem-solving communication.", "Unit manager, two charge nurses, lead physician, case-manager lead, pharmacist", 6);
        yield return On("4 West", InterventionKind.Huddle, D(2024, 3, 4), null, "Daily interdisciplinary discharge huddles begin",
            "15 minutes at the huddle board; tested and refined in four PDSA cycles, standard work from July 2024.",
            "Nurse in charge, attending or resident, case manager, pharmacist, physiotherapist", 6);
        yield return On("4 West", InterventionKind.RelationalMapping, D(2024, 3, 20), null, "Relational mapping of the discharge process",
            "A two-hour session mapping who depends on whom to get a patient home, and where communication breaks down.",
            "Staff from all eight workgroups", 22);
        yield return On("4 West", InterventionKind.Training, D(2024, 5, 15), D(2024, 5, 29), "Teach-back training for nurses",
            "Three 45-minute sessions on teach-back, with the patient partner role-playing the patient.", "Nurses and allied health assistants", 18);
        yield return On("4 West", InterventionKind.Coaching, D(2024, 9, 23), null, "Booster coaching after the September RC wave",
            "The September 2024 wave showed physician–case manager ties improving; one session on keeping the gains.", "Unit leaders", 6);
        yield return On("4 West", InterventionKind.StructuralChange, D(2024, 10, 1), null, "Shared discharge checklist becomes standard",
            "Started on admission for every patient; medicines section signed by the pharmacist; reviewed at the huddle.", "Whole unit", 62);
        yield return On("5 West", InterventionKind.Huddle, D(2025, 1, 20), D(2025, 1, 24), "5 West shadows 4 West's huddle",
            "Five 5 West staff attended 4 West's huddle for a week before starting their own.", "5 West manager, nurses, case manager", 5);
        yield return On("3 East", InterventionKind.Coaching, D(2025, 3, 17), null, "Huddle coaching for 3 East",
            "4 West's unit manager coached 3 East's charge nurses through their first two weeks.", "3 East charge nurses", 4);
        yield return On("ICU", InterventionKind.Training, D(2025, 9, 1), D(2025, 9, 30), "Hand-hygiene refresher for agency staff",
            "Ten-minute induction on the WHO five moments for every agency nurse.", "Agency nurses", 31, ofInitiative: false);
    }

    private static IEnumerable<Lesson> Lessons(DemoWorld world, Initiative discharges, Initiative falls)
    {
        Lesson New(string title, DateOnly on, string tags, string body, string unit = "4 West", Initiative? initiative = null, string links = "") => new()
        {
            OrganisationId = world.Hospital.Id, InitiativeId = (initiative ?? discharges).Id, UnitId = world.Units.GetValueOrDefault(unit)?.Id,
            Title = title, RecordedOn = on, Tags = LessonTags.Normalise(tags), Body = body, Author = "4 West improvement team", Links = links,
        };
        yield return New("Hold the huddle before the ward round, not after", D(2024, 4, 2), "huddles, discharge, timing",
            """
            Our first huddle at **10:00** clashed with the ward round: residents left early and decisions waited for the next day.
            Moving it to **09:15** kept physicians in the room on 8 of 10 days.

            - Ask each workgroup when it *can* come before fixing the time.
            - Start on time, even if someone is missing; the huddle earns attendance by being useful.
            """);
        yield return New("Relational mapping made invisible work visible", D(2024, 4, 10), "relational coordination, relational mapping, case managers",
            """
            Mapping who depends on whom to get a patient home showed that case managers depended on **everyone** and that almost
            nobody knew what they needed, or when. Physicians were surprised that a late decision cost the case manager a day.

            The map, not the survey score, is what changed conversations: print it and put it beside the huddle board.
            """);
        yield return New("Start the discharge checklist on admission, medicines first", D(2024, 10, 20), "discharge, checklist, medicines",
            """
            A checklist started on the day of discharge is a to-do list; started on admission it is a **shared plan**.
            Putting the medicines section first, signed by the pharmacist, got 77% of medicines reconciled before the discharge day.

            See PDSA ramp 2 of the initiative for the three cycles.
            """);
        yield return New("Give the patient partner a role before the plan is set", D(2024, 11, 5), "patient partnership, co-design",
            """
            Our patient partner joined in February 2024, during planning, and co-designed the teach-back leaflet.
            Her first test showed the medicine table was too dense: something no clinician on the team had noticed.

            > "I was asked what mattered to me before anything was decided." (patient partner)
            """);
        yield return New("What travelled, and what did not", D(2025, 6, 15), "spread, huddles, adaptation",
            """
            The huddle reached 5 West, 3 East and ICU in five months without a mandate. What **travelled**:

            1. the three-question script (who goes home tomorrow, what is in the way, who owns it);
            2. the nurse in charge as the huddle's owner;
            3. seeing it live: 5 West shadowed 4 West for a week.

            What did **not** travel: the fixed time and the 15-minute limit. Each unit set its own, and that is why it stuck.
            ICU turned it into a *step-down* huddle about transfers, learned from 3 East rather than from us.
            """, links: "https://www.ihi.org/resources/how-to-improve");
        yield return New("Weekend huddles need their own owner", D(2024, 7, 2), "huddles, weekends, staffing",
            """
            Weekend discharges fell back until the **nurse in charge** owned the weekend huddle. A practice owned by the unit
            manager lasts five days a week.
            """);
        yield return New("Night rounding fails without the agency induction", D(2025, 6, 20), "falls, rounding, agency staff",
            """
            Risk-based hourly rounding held on 82% of hours, below our prediction: agency nurses had not been told the plan.
            Add the practice to the **night induction sheet** before the next test.
            """, unit: "6 North Cardiology", initiative: falls);
    }

    private static IEnumerable<InterviewNote> InterviewNotes(DemoWorld world, Initiative discharges)
    {
        InterviewNote New(DateOnly on, string role, InterviewThemes themes, CfirDomains domains, string summary, string quotes, string unit = "4 West") => new()
        {
            OrganisationId = world.Hospital.Id, InitiativeId = discharges.Id, UnitId = world.Units.GetValueOrDefault(unit)?.Id, InterviewedOn = on,
            IntervieweeRole = role, Interviewer = "Improvement office evaluator", Themes = themes, Domains = domains, Summary = summary, Quotes = quotes,
        };
        yield return New(D(2024, 2, 14), "Case manager", InterviewThemes.CommunicationAndRelationships, CfirDomains.InnerSetting,
            "Learns of discharges on the day; feels her work is invisible to physicians.", "\"I find out at eleven that someone is going home at twelve.\"");
        yield return New(D(2024, 2, 16), "Attending physician", InterviewThemes.Motivation, CfirDomains.Individuals | CfirDomains.Innovation,
            "Sceptical of another meeting; would come if it saved time on the round.", "\"Show me it saves time and I'll be there.\"");
        yield return New(D(2024, 2, 20), "Charge nurse", InterviewThemes.Engagement, CfirDomains.InnerSetting,
            "Keen; has tried huddles before without physicians.", "\"We've huddled before. Nurses only.\"");
        yield return New(D(2024, 6, 12), "Case manager", InterviewThemes.CommunicationAndRelationships | InterviewThemes.SystemsThinking, CfirDomains.ImplementationProcess,
            "Now hears plans the day before; sees how a late decision moves work onto others.", "\"The map showed them where my day goes.\"");
        yield return New(D(2024, 6, 18), "Resident", InterviewThemes.SelfEfficacy | InterviewThemes.CommunicationAndRelationships, CfirDomains.Individuals,
            "Feels able to ask pharmacists and case managers directly.", "\"I know who to call now, and they pick up.\"");
        yield return New(D(2024, 6, 25), "Unit manager", InterviewThemes.CoCreationWithLeaders | InterviewThemes.Engagement, CfirDomains.InnerSetting | CfirDomains.ImplementationProcess,
            "Coaching changed how she runs meetings: asks before telling.", "\"The coaching was about me, not the ward.\"");
        yield return New(D(2024, 10, 8), "Pharmacist", InterviewThemes.SystemsThinking | InterviewThemes.SelfEfficacy, CfirDomains.Innovation,
            "The checklist gives pharmacy a place in the plan from admission.", "\"Medicines first was our idea, and it stuck.\"");
        yield return New(D(2024, 10, 15), "Patient partner", InterviewThemes.CoCreationWithLeaders | InterviewThemes.Engagement, CfirDomains.Individuals,
            "Felt listened to from planning on; the leaflet was changed because of her test.", "\"They changed the leaflet because of what I saw.\"");
        yield return New(D(2025, 3, 4), "Charge nurse", InterviewThemes.Motivation | InterviewThemes.CommunicationAndRelationships, CfirDomains.OuterSetting | CfirDomains.InnerSetting,
            "Adopted the huddle after shadowing 4 West; changed the time.", "\"We saw it work next door, so we tried it.\"", unit: "5 West");
        yield return New(D(2025, 5, 20), "Surgical registrar", InterviewThemes.SystemsThinking | InterviewThemes.CommunicationAndRelationships, CfirDomains.Innovation | CfirDomains.ImplementationProcess,
            "Joins by phone after theatre; sees the ward's constraints.", "\"Two minutes on the phone saves a day of waiting.\"", unit: "3 East");
        yield return New(D(2025, 7, 8), "Nurse in charge", InterviewThemes.SystemsThinking | InterviewThemes.SelfEfficacy | InterviewThemes.CoCreationWithLeaders, CfirDomains.ImplementationProcess,
            "Adapted the huddle for step-down transfers with 3 East's help.", "\"We took the idea, not the form.\"", unit: "ICU");
        yield return New(D(2025, 9, 10), "Midwife", InterviewThemes.Engagement | InterviewThemes.CommunicationAndRelationships, CfirDomains.InnerSetting,
            "Twice-daily huddle with obstetricians; early days.", "\"Obstetricians come, which is new.\"", unit: "Maternity");
    }
}
