namespace LearningLoop.Core.Surveys;

/// <summary>One question of an instrument version. A scale item is answered with a whole number from
/// <see cref="ScaleMin"/> to <see cref="ScaleMax"/>; a free-text item with words, and is always optional.</summary>
public sealed class Item
{
    /// <summary>Stable key within the instrument (for relational coordination, the dimension: <c>frequency</c> ...).</summary>
    public required string Key { get; set; }
    public int Position { get; set; }
    public ItemKind Kind { get; set; } = ItemKind.Scale;
    public int ScaleMin { get; set; } = 1;
    public int ScaleMax { get; set; } = 5;

    /// <summary>A high answer means less of what the instrument measures; analysis turns it round
    /// (<see cref="Scored"/>) so that high always means more.</summary>
    public bool ReverseCoded { get; set; }
    public bool Required { get; set; }

    /// <summary>The answer that means "does not apply / don't know", when the item offers one: the scale's last point
    /// (6 after a five-point agreement scale), so the respondent form shows it as one more choice. It is stored but
    /// left out of every score.</summary>
    public int? NotApplicable { get; set; }
    public List<ItemTranslation> Translations { get; } = [];

    public int Points => ScaleMax - ScaleMin + 1;

    public bool InRange(int value) => value >= ScaleMin && value <= ScaleMax;

    /// <summary>The value analysed: the answer itself, or its mirror on the scale for a reverse-coded item.</summary>
    public int Scored(int answer) => ReverseCoded ? ScaleMin + ScoredMax - answer : answer;

    /// <summary>The highest point that carries a score: <see cref="ScaleMax"/>, or the one before it when that is N/A.</summary>
    public int ScoredMax => NotApplicable == ScaleMax ? ScaleMax - 1 : ScaleMax;

    public ItemTranslation TextFor(string language) =>
        Translations.FirstOrDefault(t => t.Language == language) ?? Translations.FirstOrDefault(t => t.Language == SurveyLanguages.Default)
        ?? Translations.FirstOrDefault() ?? new ItemTranslation { Language = language, Text = Key };
}

public enum ItemKind
{
    Scale,
    FreeText,
}

/// <summary>An item's wording in one language, with a label for every point of its scale (low to high), separated by
/// <c>|</c>. <c>{process}</c> stands for the wave's focal work process.</summary>
public sealed class ItemTranslation
{
    public required string Language { get; set; }
    public required string Text { get; set; }
    public string Anchors { get; set; } = "";

    public IReadOnlyList<string> AnchorLabels => Anchors.Length == 0 ? [] : Anchors.Split('|');
}
