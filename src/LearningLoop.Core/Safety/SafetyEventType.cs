using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Safety;

/// <summary>A kind of event an organisation's staff can report (falls, medication ...), configurable per organisation.
/// A medication type asks for the NCC MERP category.</summary>
public sealed class SafetyEventType : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public required string Key { get; set; }
    public required string Name { get; set; }
    public int Position { get; set; }
    public bool Medication { get; set; }

    /// <summary>Retired types stay on old reports but are no longer offered.</summary>
    public bool Active { get; set; } = true;

    /// <summary>The types an organisation starts with.</summary>
    public static readonly IReadOnlyList<(string Key, string Name, bool Medication)> Defaults =
    [
        ("fall", "Fall", false),
        ("medication", "Medication", true),
        ("pressure-injury", "Pressure injury", false),
        ("infection", "Healthcare-associated infection", false),
        ("diagnostic", "Diagnostic", false),
        ("procedural", "Procedural", false),
        ("equipment", "Equipment", false),
        ("communication", "Communication", false),
        ("other", "Other", false),
    ];

    public static List<SafetyEventType> DefaultsFor(int organisationId) =>
        Defaults.Select((d, i) => new SafetyEventType { OrganisationId = organisationId, Key = d.Key, Name = d.Name, Medication = d.Medication, Position = i + 1 }).ToList();
}
