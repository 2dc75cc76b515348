using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Partners;

/// <summary>One thing to have in place for a practice, in LearningLoop's own words.</summary>
public sealed record PracticeItem(string Key, PartnershipPractice Practice, string Text);

/// <summary>The managers' checklist: for each of the four practices, what a management level should have in place.
/// Every item is asked of senior leaders, middle managers and front-line managers alike; what counts as evidence differs
/// by level (a board paper, a division plan, a unit's meeting notes), which is why each level checks its own.</summary>
public static class PracticeChecklist
{
    public static IReadOnlyList<ManagementLevel> Levels { get; } =
        [ManagementLevel.Executive, ManagementLevel.MiddleManager, ManagementLevel.FrontLineManager];

    public static IReadOnlyList<PracticeItem> Items { get; } =
    [
        new("design-purpose", PartnershipPractice.Design,
            "A written approach says why and how patients partner in improvement here, in words the whole organisation can use"),
        new("design-plans", PartnershipPractice.Design, "Partnership goals appear in this level's plans and priorities"),
        new("design-with-partners", PartnershipPractice.Design, "Partners helped write the approach and review it"),
        new("structure-roles", PartnershipPractice.Structure, "Named roles and protected time for partnership (a coordinator, a contact per team)"),
        new("structure-recruitment", PartnershipPractice.Structure, "Recruitment, training and support for partners run as a programme, not case by case"),
        new("structure-recognition", PartnershipPractice.Structure, "Recognition and expenses are paid by a policy partners know in advance"),
        new("integration-early", PartnershipPractice.Integration, "Partners join teams before the plan is set"),
        new("integration-onboarding", PartnershipPractice.Integration, "Each partner has an onboarding conversation and a named contact on the team"),
        new("integration-voice", PartnershipPractice.Integration,
            "Meetings are run so partners can speak and decide: papers in advance, plain language, times that suit them"),
        new("evaluation-ask", PartnershipPractice.Evaluation, "Partners and teams are asked how the partnership works, at least twice a year"),
        new("evaluation-act", PartnershipPractice.Evaluation, "The results are reviewed with partners and changes are made and reported back"),
    ];

    public static PracticeItem? Find(string key) => Items.FirstOrDefault(i => i.Key == key);
}
