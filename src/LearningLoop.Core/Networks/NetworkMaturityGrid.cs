namespace LearningLoop.Core.Networks;

/// <summary>One domain of the maturity grid, with what each level looks like in it.</summary>
public sealed record MaturityDomain(string Key, string Name, string Question, IReadOnlyList<string> Levels);

/// <summary>The learning-network maturity grid, in LearningLoop's own words, over the six domains of Lannon et al.'s
/// maturity grid for learning health networks (leadership; governance and management; quality improvement; community
/// building and engagement; data and analytics; research). Each domain is rated on five levels, from a network that is
/// forming to one that sustains and renews itself; a rating names its evidence. For network coordinators (decision 0023).</summary>
public static class NetworkMaturityGrid
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public static readonly IReadOnlyList<string> LevelNames = ["Forming", "Developing", "Established", "Advanced", "Sustaining"];

    public static readonly IReadOnlyList<MaturityDomain> Domains =
    [
        new("leadership", "Leadership", "Who sets the network's direction, and do members share it?",
        [
            "A few founders hold the vision; members joined for their own reasons.",
            "A named leadership team with a written aim; member leaders sign up to it.",
            "Leaders from clinicians, managers and patients and families steer together; the aim is reviewed each year.",
            "Leadership is shared across sites and roles; new leaders are grown on purpose.",
            "Leadership renews itself: succession is planned, and members' executives champion the network in their own organisations.",
        ]),
        new("governance", "Governance and management", "How are decisions made, money managed and the work run?",
        [
            "Decisions are informal; work rests on volunteers' goodwill.",
            "Roles, a charter and a basic budget exist; meetings have minutes.",
            "Clear decision rights, membership terms and data-sharing agreements; a small coordinating team runs the work.",
            "Governance is reviewed against results; several funding sources; members take part in decisions.",
            "The network is financially sustainable and adapts its structure as it grows, without losing its aim.",
        ]),
        new("quality-improvement", "Quality improvement", "How well do members improve care, and learn from each other's tests?",
        [
            "Members improve alone, if at all; no shared method.",
            "A shared improvement method and a first shared aim; a few teams run PDSA cycles.",
            "Most members test changes against a shared change package and report on common measures.",
            "Changes that work spread between members quickly; the change package is revised from their results.",
            "Improvement is how members work every day; the network's results are sustained and published.",
        ]),
        new("community", "Community building and engagement", "Do clinicians, patients and families feel it is their network?",
        [
            "Contact is mostly between coordinators; patients and families are not involved.",
            "Regular calls and a meeting a year; a few patient and family partners are invited.",
            "Members share openly (failures too); patient and family partners are active in the work.",
            "Patients, families and clinicians co-lead projects; members seek each other out between meetings.",
            "The community grows and mentors new members on its own; co-production is the norm.",
        ]),
        new("data-analytics", "Data and analytics", "Do members collect, share and use data to learn?",
        [
            "Each member keeps its own data; definitions differ.",
            "Shared measure definitions; data are pooled by hand, late.",
            "A shared registry or data system; members see their data against others' regularly (funnel plots, SPC).",
            "Near real-time data drive improvement and population management; data quality is checked routinely.",
            "Data flow from care to learning and back; the network's data support research and are trusted by all.",
        ]),
        new("research", "Research", "Does the network build new knowledge, and use it?",
        [
            "No research beyond what members do on their own.",
            "Research questions are collected; first studies use the network's data.",
            "The network runs studies with a shared protocol and ethics approach; patients help set questions.",
            "Research and improvement feed each other; results change the change package.",
            "The network is a recognised research platform; what it learns changes care beyond its members.",
        ]),
    ];

    public static MaturityDomain? Domain(string? key) => Domains.FirstOrDefault(d => d.Key == key);

    public static string LevelName(int level) => level is >= Lowest and <= Highest ? LevelNames[level - 1] : "?";
}
