namespace LearningLoop.Core.Organisations;

/// <summary>A record that belongs to exactly one organisation; the persistence layer filters every query by it.</summary>
public interface IOrganisationOwned
{
    int OrganisationId { get; }
}
