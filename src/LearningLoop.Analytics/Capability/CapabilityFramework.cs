namespace LearningLoop.Analytics.Capability;

/// <summary>What a learning-health-system capability assessment rates: the five bodies of work and four enabling
/// conditions of the Learning Health Systems Consolidated Framework, each at four levels of the organisation, plus the
/// external environment rated once for the organisation. The names and descriptions are LearningLoop's own words.</summary>
public static class CapabilityFramework
{
    public const string Individual = "individual";
    public const string Team = "team";
    public const string MiddleManagement = "middle-management";
    public const string Organisation = "organisation";

    /// <summary>Ratings and importance are on 1..5 (1 not at all in place / not important, 5 fully in place / essential).</summary>
    public const int ScaleMin = 1;
    public const int ScaleMax = 5;

    public static readonly IReadOnlyList<CapabilityLevel> Levels =
    [
        new(Individual, "Individual", "Each person's motivation, skills and experience of learning from their work"),
        new(Team, "Team", "How a team learns together: huddles, reviews, tests of change"),
        new(MiddleManagement, "Middle management", "Managers who link the front line with leadership and make room for learning"),
        new(Organisation, "Organisation", "Culture, leadership, incentives and how knowledge is kept and shared"),
    ];

    private static readonly string[] AllLevels = [Individual, Team, MiddleManagement, Organisation];
    private static readonly string[] OrganisationOnly = [Organisation];

    public static readonly IReadOnlyList<CapabilityDomain> Domains =
    [
        new("organisational-learning", "Organisational learning", CapabilityDomainKind.BodyOfWork,
            "We reflect on what happens, learn from it and change how we work", AllLevels),
        new("evidence-into-practice", "Putting evidence into practice", CapabilityDomainKind.BodyOfWork,
            "Research and proven practice reach the bedside quickly and reliably", AllLevels),
        new("building-knowledge", "Building knowledge", CapabilityDomainKind.BodyOfWork,
            "We study our own care and add to what is known", AllLevels),
        new("analysing-data", "Analysing clinical data", CapabilityDomainKind.BodyOfWork,
            "Data from care are turned into timely, trusted information for decisions", AllLevels),
        new("engaging-stakeholders", "Engaging stakeholders", CapabilityDomainKind.BodyOfWork,
            "Patients, families, staff and partners shape what we improve and how", AllLevels),
        new("skilled-workforce", "A skilled workforce", CapabilityDomainKind.EnablingCondition,
            "People have the improvement, data and research skills the work needs", AllLevels),
        new("data-systems", "Data systems and informatics", CapabilityDomainKind.EnablingCondition,
            "Systems capture, link and return data without extra burden", AllLevels),
        new("investment", "Organisational investment", CapabilityDomainKind.EnablingCondition,
            "Time, money and people are set aside for learning and improvement", AllLevels),
        new("learning-culture", "A supportive learning culture", CapabilityDomainKind.EnablingCondition,
            "It is safe to speak up, try things and report what went wrong", AllLevels),
        new("partnerships", "Partnerships", CapabilityDomainKind.ExternalEnvironment,
            "Links with universities, networks, community and other providers", OrganisationOnly),
        new("funding-incentives", "Funding and incentives", CapabilityDomainKind.ExternalEnvironment,
            "Payment, regulation and funding reward learning and improvement", OrganisationOnly),
    ];

    public static CapabilityDomain? Domain(string key) => Domains.FirstOrDefault(d => d.Key == key);

    public static CapabilityLevel? Level(string key) => Levels.FirstOrDefault(l => l.Key == key);

    /// <summary>Every (domain, level) pair that is rated, in the order the survey asks them.</summary>
    public static IEnumerable<(CapabilityDomain Domain, CapabilityLevel Level)> Cells =>
        Domains.SelectMany(d => d.Levels.Select(l => (d, Level(l)!)));
}

public enum CapabilityDomainKind
{
    BodyOfWork,
    EnablingCondition,
    ExternalEnvironment,
}

public sealed record CapabilityLevel(string Key, string Name, string Description);

public sealed record CapabilityDomain(string Key, string Name, CapabilityDomainKind Kind, string Description, IReadOnlyList<string> Levels);
