namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>Band of a relational coordination score, used to colour heat maps and to word reports.</summary>
public enum TieStrength
{
    Weak,
    Moderate,
    Strong,
}
