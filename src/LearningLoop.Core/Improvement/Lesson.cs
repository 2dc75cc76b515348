using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Improvement;

/// <summary>A lesson learned, in Markdown, tagged and linked to where it was learned, kept in the organisation's
/// knowledge base and found again by full-text search (<see cref="LessonSearch"/>).</summary>
public sealed class Lesson : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int? InitiativeId { get; set; }
    public Initiative? Initiative { get; set; }
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }

    public required string Title { get; set; }

    /// <summary>Markdown; rendered through a sanitiser, never trusted as HTML.</summary>
    public string Body { get; set; } = "";

    /// <summary>Lower-case tags separated by ", " (see <see cref="LessonTags"/>): one column, so full-text search
    /// indexes them with the title and body on both databases.</summary>
    public string Tags { get; set; } = "";

    /// <summary>Web addresses of related material, one per line.</summary>
    public string Links { get; set; } = "";
    public string Author { get; set; } = "";
    public DateOnly RecordedOn { get; set; }
}
