using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Web.Features.Surveys;

/// <summary>The debrief's questions, in our own words. They ask what gets in the way and what would help, never who is
/// to blame: the aim of a feedback session is a shared picture of the work process, not a ranking of groups.</summary>
public static class DebriefQuestions
{
    /// <summary>A weak tie turned into questions for both groups to explore together.</summary>
    public static IReadOnlyList<string> ForTie(string from, string to, string workProcess) =>
    [
        $"When {from} need something from {to} during {workProcess}, what does it look like on a good day, and on a hard one?",
        $"What might {to} know about this work that {from} do not see, and the other way round?",
        $"What one change would make the hand-offs between {from} and {to} easier for both?",
    ];

    /// <summary>A question that opens a weak dimension without pointing at anyone.</summary>
    public static string ForDimension(string dimension, string workProcess) => dimension switch
    {
        RcItems.Frequency => $"Who needs to be in touch with whom about {workProcess}, and how often, for the work to go well?",
        RcItems.Timeliness => $"When does information about {workProcess} arrive too late, and what would bring it sooner?",
        RcItems.Accuracy => $"Where does information about {workProcess} get lost or changed on the way, and how would we notice?",
        RcItems.ProblemSolving => "When something goes wrong between groups, what happens next: do we solve it together, or look for whose fault it was?",
        RcItems.SharedGoals => $"What does each group most want {workProcess} to achieve, and where do those aims pull apart?",
        RcItems.SharedKnowledge => "What does each group's part of the work involve that the others may not see?",
        RcItems.MutualRespect => "What would tell each group that their part of the work is valued by the others?",
        _ => "What gets in the way here, and what would help?",
    };

    /// <summary>Why a strength is worth naming: the practice behind it can be kept and copied.</summary>
    public static string ForStrength(string from, string to) =>
        $"What do {from} and {to} do that makes this work? What should we keep doing, and where else could it help?";
}
