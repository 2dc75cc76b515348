namespace LearningLoop.Analytics.RelationalCoordination;

/// <summary>
/// How workgroup <paramref name="From"/> rates its ties with workgroup <paramref name="To"/>: the mean of
/// <paramref name="N"/> counted tie scores and their agreement rwg(J). Score and rwg are null when suppressed
/// (n below the minimum cell size); rwg is also null with fewer than two fully answered ties.
/// </summary>
public sealed record Cell(string From, string To, int N, bool Suppressed, double? Score, double? Rwg)
{
    /// <summary>A tie between two different workgroups (not a workgroup rating itself).</summary>
    public bool IsBetweenWorkgroups => From != To;
}
