using LearningLoop.Analytics.Capability;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Capability;

/// <summary>The built-in learning-health-system capability self-assessment, on the survey engine: first the respondent's
/// role, then for every domain of <see cref="CapabilityFramework"/> at every level it is rated at, how far it is in place
/// and how important it is now. The wording is LearningLoop's own. One composite per domain (its levels' ratings).</summary>
public static class CapabilityInstrument
{
    public const string Key = "lhs-capability";
    public const string RoleKey = "role";

    /// <summary>The respondent groups, in the order of the role item's scale (1 executive ... 4 partner).</summary>
    public static readonly IReadOnlyList<(string Key, string Name)> Groups =
        [("executive", "Executives"), ("manager", "Managers"), ("staff", "Front-line staff"), ("partner", "Partners")];

    // ":" rather than ".": the survey form reads "a.{item}.{target}", so an item key must hold no dot.
    public static string ScoreKey(string domain, string level) => $"{domain}:{level}";

    public static string ImportanceKey(string domain, string level) => $"{domain}:{level}:importance";

    public static string GroupOf(int roleAnswer) => roleAnswer >= 1 && roleAnswer <= Groups.Count ? Groups[roleAnswer - 1].Key : "unknown";

    public static string GroupName(string key) => Groups.FirstOrDefault(g => g.Key == key).Name ?? key;

    private const string Introduction =
        "This self-assessment asks where our organisation stands as a learning health system: how far each kind of learning "
        + "work, and each condition that makes it possible, is in place for individuals, for teams, among middle managers and "
        + "across the organisation, and how much each matters to us now. Say first which group you belong to. There are no "
        + "right answers: where people disagree, that is worth knowing. Your answers are anonymous and shown only as totals "
        + "over groups with enough respondents. It takes about fifteen minutes.";

    /// <summary>A fresh copy of the instrument for one organisation (version 1).</summary>
    public static Instrument Create(int organisationId, DateTime nowUtc)
    {
        var instrument = new Instrument { OrganisationId = organisationId, Key = Key, Name = "LHS capability self-assessment", BuiltIn = true };
        var version = new InstrumentVersion { OrganisationId = organisationId, Number = 1, CreatedUtc = nowUtc, Instrument = instrument };
        version.Texts.Add(new InstrumentText { Language = "en", Title = "Where we stand as a learning health system", Introduction = Introduction });
        var position = 0;
        var role = new Item { Key = RoleKey, Position = ++position, ScaleMin = 1, ScaleMax = Groups.Count, Required = true };
        role.Translations.Add(new ItemTranslation
        {
            Language = "en", Text = "Which group do you belong to?", Anchors = "Executive or senior leader|Manager|Front-line staff|Patient, family or community partner",
        });
        version.Items.Add(role);
        foreach (var (domain, level) in CapabilityFramework.Cells)
        {
            var where = domain.Kind == CapabilityDomainKind.ExternalEnvironment ? "Around our organisation" : $"At the {level.Name.ToLowerInvariant()} level";
            version.Items.Add(Scale(ScoreKey(domain.Key, level.Key), ++position,
                $"{domain.Name}. {where}: {domain.Description.ToLowerInvariant()}. How far is this in place today?",
                "Not at all|A little|Partly|Mostly|Fully"));
            version.Items.Add(Scale(ImportanceKey(domain.Key, level.Key), ++position,
                $"{domain.Name}, {where.ToLowerInvariant()}: how important is this for us over the next two years?",
                "Not important|Slightly|Moderately|Very|Essential"));
        }
        foreach (var domain in CapabilityFramework.Domains)
        {
            version.Composites.Add(new Composite
            {
                Key = domain.Key, Name = domain.Name, ItemKeys = string.Join(',', domain.Levels.Select(l => ScoreKey(domain.Key, l))),
            });
        }
        instrument.Versions.Add(version);
        return instrument;
    }

    private static Item Scale(string key, int position, string text, string anchors)
    {
        var item = new Item { Key = key, Position = position, ScaleMin = CapabilityFramework.ScaleMin, ScaleMax = CapabilityFramework.ScaleMax };
        item.Translations.Add(new ItemTranslation { Language = "en", Text = text, Anchors = anchors });
        return item;
    }
}
