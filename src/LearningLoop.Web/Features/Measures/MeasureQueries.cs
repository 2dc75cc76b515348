using LearningLoop.Core.Measures;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Measures;

/// <summary>Reads measures for pages and endpoints, always through the tenancy filter and without tracking.</summary>
public sealed class MeasureQueries(LearningLoopDbContext db)
{
    /// <summary>A measure with its data, phases, annotations and owner; null when not found in this organisation.</summary>
    public Task<Measure?> FindAsync(int id, CancellationToken ct = default) =>
        Full(db.Measures.Where(m => m.Id == id)).FirstOrDefaultAsync(ct);

    /// <summary>Existence check for pages: synchronous, so that a 404 can still change the response (see <see cref="Infrastructure.Found"/>).</summary>
    public bool Exists(int id) => db.Measures.Any(m => m.Id == id);

    public Task<List<Measure>> ForUnitAsync(int unitId, CancellationToken ct = default) =>
        Full(db.Measures.Where(m => m.OwnerLevel == MeasureOwnerLevel.Unit && m.UnitId == unitId)).ToListAsync(ct);

    public async Task<string> OwnerNameAsync(Measure measure, CancellationToken ct = default) =>
        OwnerName(measure, measure.OwnerLevel == MeasureOwnerLevel.Organisation ? await OrganisationNameAsync(ct) : "");

    /// <summary>The owner's name as people say it: the unit, "Medicine division", or the organisation.</summary>
    public static string OwnerName(Measure measure, string organisationName) => measure.OwnerLevel switch
    {
        MeasureOwnerLevel.Unit => measure.Unit?.Name ?? "",
        MeasureOwnerLevel.Division => $"{measure.Division?.Name} division",
        _ => organisationName,
    };

    public async Task<string> OrganisationNameAsync(CancellationToken ct = default) =>
        await db.Organisations.Where(o => o.Id == db.Scope.OrganisationId).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? "";

    // Split queries: a measure's 60 values, phases and annotations would otherwise multiply into one wide result.
    private static IQueryable<Measure> Full(IQueryable<Measure> measures) => measures
        .Include(m => m.Values).Include(m => m.Phases).Include(m => m.Annotations)
        .Include(m => m.Unit).Include(m => m.Division)
        .AsSplitQuery().AsNoTracking();
}
