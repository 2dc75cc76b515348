using LearningLoop.Analytics.Partnership;
using LearningLoop.Core.Partners;

namespace LearningLoop.Web.Features.Partners;

/// <summary>Words for the partnership's enums, as the pages say them.</summary>
public static class PartnershipLabels
{
    public static string Level(EngagementLevel level) => level switch
    {
        EngagementLevel.Consultation => "consultation",
        EngagementLevel.Involvement => "involvement",
        _ => "partnership and shared leadership",
    };

    public static string Sign(TokenismSign sign) => sign switch
    {
        TokenismSign.JoinedAfterPlan => "Joined after the plan",
        TokenismSign.AttendsUnderHalf => "Attends under half the meetings",
        TokenismSign.NoDecisionCoMade => "No decision co-made",
        _ => "Alone on a large team",
    };

    public static string Step(OnboardingSteps step) => step switch
    {
        OnboardingSteps.WelcomeConversation => "Welcome conversation",
        OnboardingSteps.AgreementSigned => "Partner agreement signed",
        OnboardingSteps.ConfidentialitySigned => "Confidentiality signed",
        OnboardingSteps.OrientationTraining => "Orientation training",
        OnboardingSteps.MetTheLead => "Met the initiative's lead",
        OnboardingSteps.AddedToTeam => "Added to the team",
        _ => step.ToString(),
    };
}
