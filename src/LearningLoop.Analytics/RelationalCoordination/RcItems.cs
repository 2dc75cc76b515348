namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>The seven relational coordination dimensions, one survey item each, in the order of the specification.</summary>
public static class RcItems
{
    public const string Frequency = "frequency";
    public const string Timeliness = "timeliness";
    public const string Accuracy = "accuracy";
    public const string ProblemSolving = "problem_solving";
    public const string SharedGoals = "shared_goals";
    public const string SharedKnowledge = "shared_knowledge";
    public const string MutualRespect = "mutual_respect";

    /// <summary>Number of items (J in rwg(J), k in Cronbach's alpha).</summary>
    public const int Count = 7;

    /// <summary>A tie counts only when at least this many of the seven items are answered.</summary>
    public const int MinimumAnsweredForTie = 4;

    /// <summary>Lowest and highest answer on the five-point scale.</summary>
    public const int MinValue = 1;
    public const int MaxValue = 5;

    private static readonly string[] KeysInOrder =
        [Frequency, Timeliness, Accuracy, ProblemSolving, SharedGoals, SharedKnowledge, MutualRespect];

    public static IReadOnlyList<string> Keys => KeysInOrder;

    /// <summary>Index 0..6 of an item key (exact, case-sensitive), or -1 when it is not one of the seven.</summary>
    public static int IndexOf(string? item)
    {
        // Readers hand out these very string instances, so the reference check usually answers.
        for (int i = 0; i < KeysInOrder.Length; i++)
        {
            if (ReferenceEquals(item, KeysInOrder[i]))
            {
                return i;
            }
        }

        return Array.IndexOf(KeysInOrder, item);
    }

    /// <summary>The shared key instance whose UTF-8 bytes equal <paramref name="utf8"/>, or null.</summary>
    public static string? FromUtf8(ReadOnlySpan<byte> utf8) => utf8 switch
    {
        _ when utf8.SequenceEqual("frequency"u8) => Frequency,
        _ when utf8.SequenceEqual("timeliness"u8) => Timeliness,
        _ when utf8.SequenceEqual("accuracy"u8) => Accuracy,
        _ when utf8.SequenceEqual("problem_solving"u8) => ProblemSolving,
        _ when utf8.SequenceEqual("shared_goals"u8) => SharedGoals,
        _ when utf8.SequenceEqual("shared_knowledge"u8) => SharedKnowledge,
        _ when utf8.SequenceEqual("mutual_respect"u8) => MutualRespect,
        _ => null,
    };
}
