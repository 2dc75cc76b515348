using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;

namespace LearningLoop.Core.Demo;

public sealed partial class ImprovementDemoStory
{
    private static Initiative FourWest(DemoWorld world, DemoCast cast, Measure? readmissions, Measure? stay, Measure? beforeNoon)
    {
        var initiative = New(world, "Safer, smoother discharges on 4 West", InitiativePhase.Spreading, D(2024, 3, 1),
            "Discharges on 4 West happen late in the day and surprise the people who make them work: physicians, nurses, case " +
            "managers and pharmacists learn of a plan at different times, patients go home unsure about their medicines, and " +
            "about 14% are readmitted within 30 days. The February 2024 relational coordination survey found the weakest ties " +
            "between physicians and case managers.",
            "Reduce 30-day readmissions on 4 West from 14% to 10% by March 2025, without lengthening stays.");
        initiative.AimMeasureId = readmissions?.Id;
        initiative.AimBaseline = 14;
        initiative.AimTarget = 10;
        initiative.AimDate = D(2025, 3, 31);
        initiative.LeadId = cast.FourWestManager.Id;
        initiative.SponsorId = cast.Executive?.Id;
        initiative.UpdatedUtc = new DateTime(2025, 9, 15, 10, 0, 0, DateTimeKind.Utc);
        initiative.Units.Add(new InitiativeUnit { Initiative = initiative, UnitId = world.Units["4 West"].Id });
        Link(initiative, readmissions, beforeNoon, stay);

        Member(initiative, cast.FourWestManager, TeamRole.FrontLineManager, D(2024, 1, 15));
        Member(initiative, cast.Attending, TeamRole.Clinician, D(2024, 1, 15));
        Member(initiative, cast.CaseManager, TeamRole.Clinician, D(2024, 1, 15));
        Member(initiative, cast.Nurse, TeamRole.Clinician, D(2024, 1, 15));
        Member(initiative, cast.Pharmacist, TeamRole.Clinician, D(2024, 2, 1));
        Member(initiative, cast.MedicineHead, TeamRole.MiddleManager, D(2024, 1, 15));
        Member(initiative, cast.Executive, TeamRole.SeniorManager, D(2024, 1, 15));
        Member(initiative, cast.Partner, TeamRole.PatientPartner, D(2024, 2, 12));
        Member(initiative, cast.Coach, TeamRole.Coach, D(2024, 2, 1));

        var sharedPlan = Primary(initiative, "Everyone caring for the patient shares one discharge plan");
        var communication = Secondary(initiative, sharedPlan, "Frequent, timely, accurate communication between physicians, nurses and case managers");
        var respect = Secondary(initiative, sharedPlan, "Shared goals and mutual respect across workgroups");
        var ready = Primary(initiative, "Patients and families are ready to go home");
        var medicines = Secondary(initiative, ready, "Medicines reconciled and explained before the day of discharge");
        var followUp = Secondary(initiative, ready, "Patients understand their follow-up and warning signs");
        var flow = Primary(initiative, "Beds flow early in the day");
        var dayBefore = Secondary(initiative, flow, "Discharge decisions made the day before");

        var huddle = Idea(initiative, communication, "Daily 15-minute interdisciplinary discharge huddle");
        Idea(initiative, respect, "Relational coaching for the unit's leaders");
        Idea(initiative, respect, "Relational mapping of who depends on whom at discharge");
        var checklist = Idea(initiative, medicines, "Shared discharge checklist started on admission");
        var teachBack = Idea(initiative, followUp, "Teach-back with a leaflet co-designed by the patient partner");
        var expected = Idea(initiative, dayBefore, "Expected discharge date on the huddle board");

        const string huddleData = "Attendance by workgroup, minutes per huddle, barriers raised and resolved (tally sheet on the huddle board)";
        Cycle(initiative, huddle, beforeNoon, "Huddle at 10:00 with one medical team", "1 team, 5 weekdays", D(2024, 3, 4), D(2024, 3, 8),
            "Will a short daily huddle surface discharge barriers that the case manager does not already know about?",
            "Four of five huddles will take place; at least two barriers a day will be new to the case manager.",
            "Held on 4 of 5 days; the resident left early twice for the ward round.",
            "11 barriers raised, 6 of them new to the case manager: prediction met. 10:00 clashes with the ward round.",
            PdsaDecision.Adapt, "Move the huddle to 09:15, before the ward round.", who: "Nurse in charge, resident, case manager", data: huddleData,
            observations: "Nurses spoke more than expected; the physician asked the case manager for her view twice.");
        Cycle(initiative, huddle, beforeNoon, "Huddle at 09:15, before rounds, both medical teams", "2 teams, 2 weeks", D(2024, 3, 18), D(2024, 3, 29),
            "Does an earlier huddle keep physicians in the room?",
            "Physicians will attend 8 of 10 huddles; huddles will stay under 15 minutes.",
            "Held on 9 of 10 days; physicians on time on 8.",
            "Attendance met the prediction; huddles ran 14 minutes on average but wandered without a structure.",
            PdsaDecision.Adapt, "Add a script: who goes home tomorrow, what is in the way, who owns it.", who: "Both medical teams, case managers, pharmacist", data: huddleData);
        Cycle(initiative, huddle, beforeNoon, "Scripted huddle for the whole unit on weekdays", "Whole unit, 4 weeks", D(2024, 4, 15), D(2024, 5, 10),
            "Does the three-question script keep huddles short and make discharges earlier?",
            "Huddles under 15 minutes; discharges before noon up from 22% to at least 25% in the weeks of the test.",
            "Held every weekday; the script was printed on the huddle board.",
            "Huddles averaged 11 minutes; discharges before noon rose to 27% in the test weeks. Weekends fell back.",
            PdsaDecision.Adapt, "Test weekend huddles led by the nurse in charge.", who: "Whole unit", data: huddleData);
        Cycle(initiative, huddle, beforeNoon, "Seven-day huddle, led by the nurse in charge at weekends", "Whole unit, 7 days a week, 4 weeks", D(2024, 6, 3), D(2024, 6, 30),
            "Can the huddle run at weekends without the unit manager?",
            "Seven of eight weekend huddles will take place.",
            "All weekday huddles and 7 of 8 weekend huddles took place.",
            "Prediction met; weekend discharges before noon no longer fall back.",
            PdsaDecision.Adopt, "Make the huddle standard work; the nurse in charge owns it at weekends.", who: "Whole unit, nurses in charge", data: huddleData);

        const string checklistData = "Checklists started within 24 hours of admission, items done before the discharge day, readmissions of the checked patients";
        Cycle(initiative, checklist, readmissions, "Checklist with one nurse for five patients", "1 nurse, 5 patients", D(2024, 7, 8), D(2024, 7, 12),
            "Can a nurse start a shared discharge checklist on admission?",
            "All five checklists will be started on the day of admission.",
            "Four of five were started on admission; case managers wanted the medicines section first.",
            "Prediction nearly met; the order of the sections matters more than expected.",
            PdsaDecision.Adapt, "Reorder the checklist: medicines first; ask the pharmacist to sign that section.", who: "One nurse, the case manager", data: checklistData);
        Cycle(initiative, checklist, readmissions, "Revised checklist for one medical team, started on admission", "1 team, 4 weeks", D(2024, 8, 5), D(2024, 8, 30),
            "Does the pharmacist's sign-off get medicines reconciled before the day of discharge?",
            "Medicines will be reconciled before the discharge day for 80% of the team's patients.",
            "Checklists started for 41 of 44 admissions; the pharmacist signed 35.",
            "Reconciliation before the discharge day: 34 of 44 (77%), close to the prediction.",
            PdsaDecision.Adapt, "Bring the checklist to the huddle so gaps are owned the day before.", who: "One medical team, pharmacist, case manager", data: checklistData);
        Cycle(initiative, checklist, readmissions, "Checklist for every admission, reviewed at the huddle", "Whole unit, 4 weeks", D(2024, 9, 16), D(2024, 10, 11),
            "Does reviewing the checklist at the huddle hold up across the whole unit?",
            "90% of admissions will have a started checklist; gaps will be named at the huddle the day before discharge.",
            "Checklists started for 118 of 127 admissions (93%); every discharge was reviewed at the huddle.",
            "Prediction met. Readmissions of the checked patients: 9 of 104 (8.7%).",
            PdsaDecision.Adopt, "Adopt for every admission from October 2024; audit monthly.", who: "Whole unit", data: checklistData);

        Cycle(initiative, teachBack, null, "Teach-back with the co-designed leaflet", "2 nurses, 10 patients", D(2024, 9, 2), D(2024, 9, 13),
            "Do patients explain their medicines back correctly with the new leaflet?",
            "Eight of ten patients will explain all their medicines back correctly.",
            "Ten patients; the patient partner sat in on three conversations.",
            "Six of ten explained everything back; the leaflet's medicine table was too dense.",
            PdsaDecision.Adapt, "Simplify the table with the patient partner and test again with 20 patients.", who: "Two nurses, the patient partner");
        Cycle(initiative, expected, beforeNoon, "Expected discharge date on the huddle board", "Whole unit, 2 weeks", D(2024, 5, 13), D(2024, 5, 24),
            "Does writing the expected date on the board bring discharge decisions forward?",
            "Dates will be written for 90% of patients and kept up to date daily.",
            "Dates were written for most patients on weekdays and not updated at weekends.",
            "Only 55% of dates were current; the huddle script already asks the same question.",
            PdsaDecision.Abandon, "Fold the question into the huddle script instead of a separate board.");

        var origin = world.Units["4 West"].Id;
        Adopted(world, initiative, "5 West", origin, D(2025, 2, 3),
            "Same three-question script; the huddle runs at 09:00 to fit 5 West's earlier rounds.",
            "Held daily since February; case managers report fewer surprise discharges.");
        Adopted(world, initiative, "3 East", origin, D(2025, 4, 7),
            "A surgical version: after the theatre list is known, with the surgical registrar joining by phone.",
            "Discharges before noon on 3 East up from 24% to 31% by June 2025.");
        Adopted(world, initiative, "ICU", world.Units.GetValueOrDefault("3 East")?.Id, D(2025, 6, 2),
            "A step-down huddle at 11:00 about transfers out of ICU rather than discharges home.",
            "Delayed transfers out of ICU down from 9 to 5 a month over the summer.");
        Adopted(world, initiative, "Maternity", world.Units.GetValueOrDefault("5 West")?.Id, D(2025, 9, 1),
            "Midwife-led, twice daily; the checklist gained the newborn checks.",
            "Too early to judge; midwives and obstetricians both attend.");
        return initiative;
    }

    private static void Adopted(DemoWorld world, Initiative initiative, string unit, int? from, DateOnly on, string adaptation, string result)
    {
        if (world.Units.TryGetValue(unit, out var u))
        {
            initiative.Adoptions.Add(new Adoption { Initiative = initiative, UnitId = u.Id, FromUnitId = from, AdoptedOn = on, Adaptation = adaptation, Result = result });
        }
    }

    private static Initiative SixNorthFalls(DemoWorld world, DemoCast cast, Measure? falls)
    {
        var initiative = New(world, "Fewer falls on 6 North Cardiology", InitiativePhase.Testing, D(2025, 4, 1),
            "Falls on 6 North sit near 3 per 1,000 bed days, mostly at night on the way to the bathroom.",
            "Reduce falls on 6 North from 3.1 to 2.0 per 1,000 bed days by June 2026.");
        initiative.AimMeasureId = falls?.Id;
        initiative.AimBaseline = 3.1;
        initiative.AimTarget = 2.0;
        initiative.AimDate = D(2026, 6, 30);
        initiative.LeadId = cast.SixNorthManager?.Id;
        if (world.Units.TryGetValue("6 North Cardiology", out var unit))
        {
            initiative.Units.Add(new InitiativeUnit { Initiative = initiative, UnitId = unit.Id });
        }
        Link(initiative, falls);
        Member(initiative, cast.SixNorthManager, TeamRole.FrontLineManager, D(2025, 3, 20));
        Member(initiative, cast.SixNorthNurse, TeamRole.Clinician, D(2025, 3, 20));
        // Joined after the plan was set: the partnership programme's tokenism warning has something to show.
        Member(initiative, cast.LatePartner, TeamRole.PatientPartner, D(2025, 8, 20));

        var night = Primary(initiative, "Patients at risk are seen before they get up alone");
        var rounding = Secondary(initiative, night, "Predictable night-time contact");
        var idea = Idea(initiative, rounding, "Intentional hourly rounding from 22:00 to 06:00");
        Cycle(initiative, idea, falls, "Hourly rounding with one nurse for one night", "1 nurse, 1 night", D(2025, 5, 12), D(2025, 5, 12),
            "Can a nurse round hourly on eight patients at night?", "All eight rounds will be recorded.",
            "Seven of eight rounds recorded; two patients asked to be left to sleep.", "Nearly met; sleep matters to patients.",
            PdsaDecision.Adapt, "Skip rounds for sleeping low-risk patients.", who: "One night nurse");
        Cycle(initiative, idea, falls, "Risk-based rounding on one bay for a week", "1 bay, 7 nights", D(2025, 6, 2), D(2025, 6, 8),
            "Does rounding only high-risk patients keep the rounds going?", "Rounds recorded on 90% of hours.",
            "Rounds recorded on 82% of hours; agency nurses did not know the plan.", "Below prediction; induction is the gap.",
            PdsaDecision.Adapt, "Add rounding to the night induction sheet, then test on the whole unit.", who: "Night nurses, bay 2");
        return initiative;
    }

    private static Initiative EmergencySepsis(DemoWorld world, DemoCast cast)
    {
        var initiative = New(world, "Antibiotics within the hour for sepsis in Emergency", InitiativePhase.Planning, D(2025, 8, 4),
            "Patients with suspected sepsis wait a median of 95 minutes for their first antibiotic dose in Emergency.",
            "Give 90% of patients with suspected sepsis their first antibiotic within 60 minutes of triage by September 2026.");
        initiative.LeadId = cast.EmergencyManager?.Id;
        if (world.Units.TryGetValue("Emergency", out var unit))
        {
            initiative.Units.Add(new InitiativeUnit { Initiative = initiative, UnitId = unit.Id });
        }
        Member(initiative, cast.EmergencyManager, TeamRole.FrontLineManager, D(2025, 8, 4));
        var recognise = Primary(initiative, "Sepsis is recognised at triage");
        Idea(initiative, Secondary(initiative, recognise, "A screening tool every triage nurse uses"), "Sepsis screening prompt in the triage form");
        return initiative;
    }

    private static Initiative IcuHygiene(DemoWorld world, DemoCast cast, Measure? hygiene)
    {
        var initiative = New(world, "Hand-hygiene recovery in ICU", InitiativePhase.Idea, D(2025, 10, 15),
            "Hand-hygiene compliance in ICU fell from about 93% to 76% from August 2025, while agency staff covered vacancies.",
            "Bring ICU hand-hygiene compliance back above 95% by March 2026.");
        initiative.AimMeasureId = hygiene?.Id;
        initiative.AimBaseline = 76;
        initiative.AimTarget = 95;
        initiative.AimDate = D(2026, 3, 31);
        initiative.LeadId = cast.IcuManager?.Id;
        if (world.Units.TryGetValue("ICU", out var unit))
        {
            initiative.Units.Add(new InitiativeUnit { Initiative = initiative, UnitId = unit.Id });
        }
        Link(initiative, hygiene);
        Member(initiative, cast.IcuManager, TeamRole.FrontLineManager, D(2025, 10, 15));
        return initiative;
    }
}
