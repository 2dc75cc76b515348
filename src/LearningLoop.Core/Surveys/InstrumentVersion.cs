using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>One frozen wording of an <see cref="Instrument"/>: its items, composites and texts in every language.
/// Versions are added, never edited once a wave uses them.</summary>
public sealed class InstrumentVersion : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int InstrumentId { get; set; }
    public Instrument? Instrument { get; set; }
    public int Number { get; set; } = 1;
    public DateTime CreatedUtc { get; set; }

    /// <summary>Title and introduction per language (<see cref="SurveyLanguages"/>).</summary>
    public List<InstrumentText> Texts { get; } = [];
    public List<Item> Items { get; } = [];
    public List<Composite> Composites { get; } = [];

    public InstrumentText TextFor(string language) =>
        Texts.FirstOrDefault(t => t.Language == language) ?? Texts.FirstOrDefault(t => t.Language == SurveyLanguages.Default)
        ?? Texts.FirstOrDefault() ?? new InstrumentText { Language = language, Title = Instrument?.Name ?? "Survey" };

    public Item? FindItem(string key) => Items.FirstOrDefault(i => i.Key == key);
}

/// <summary>The title and introduction respondents read, in one language. <c>{process}</c> stands for the wave's
/// focal work process.</summary>
public sealed class InstrumentText
{
    public required string Language { get; set; }
    public required string Title { get; set; }
    public string Introduction { get; set; } = "";
}
