using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Networks;

/// <summary>A coordinator's rating of one domain of the network's maturity grid (<see cref="NetworkMaturityGrid"/>) on a
/// date, with the evidence for it. Ratings are kept, not overwritten: the grid shows the latest per domain and the
/// history shows the network growing.</summary>
public sealed class NetworkMaturityRating
{
    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Network? Network { get; set; }
    public required string Domain { get; set; }

    /// <summary>1 (forming) … 5 (sustaining).</summary>
    public int Level { get; set; }
    public string Evidence { get; set; } = "";
    public DateOnly RatedOn { get; set; }

    /// <summary>Who rated it, by name as it was then.</summary>
    public string RatedBy { get; set; } = "";
}
