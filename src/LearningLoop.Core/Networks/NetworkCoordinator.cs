using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Networks;

/// <summary>A person who coordinates a learning network (decision 0023): an appointment by the network, not a role in
/// their own organisation, so it is a record of its own beside their account. A coordinator reads the network view and
/// keeps the maturity grid; they see other organisations' data only where those organisations opted in to share it.</summary>
public sealed class NetworkCoordinator
{
    public int Id { get; set; }
    public int NetworkId { get; set; }
    public Network? Network { get; set; }

    /// <summary>The coordinator's sign-in (<c>AppUser.Id</c>).</summary>
    public required string UserId { get; set; }
}
