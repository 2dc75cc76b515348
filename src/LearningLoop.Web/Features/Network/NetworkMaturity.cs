using LearningLoop.Core.Networks;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Network;

public sealed record MaturityRatingForm(string? Domain, int Level, string? Evidence, DateOnly? RatedOn);

public sealed record MaturityRatingDto(int Id, string Domain, int Level, string LevelName, string Evidence, DateOnly RatedOn, string RatedBy)
{
    public static MaturityRatingDto From(NetworkMaturityRating r) =>
        new(r.Id, r.Domain, r.Level, NetworkMaturityGrid.LevelName(r.Level), r.Evidence, r.RatedOn, r.RatedBy);
}

/// <summary>One domain of the grid: its latest rating and the one before it (to show movement).</summary>
public sealed record MaturityRow(MaturityDomain Domain, MaturityRatingDto? Latest, MaturityRatingDto? Previous);

/// <summary>The network's maturity grid (<see cref="NetworkMaturityGrid"/>): coordinators rate each domain with its
/// evidence; ratings are kept, the latest per domain is the grid.</summary>
public sealed class NetworkMaturity(LearningLoopDbContext db, TimeProvider clock)
{
    public async Task<List<MaturityRow>> GridAsync(int networkId, CancellationToken ct = default)
    {
        var ratings = await db.NetworkMaturityRatings.AsNoTracking().Where(r => r.NetworkId == networkId)
            .OrderByDescending(r => r.RatedOn).ThenByDescending(r => r.Id).ToListAsync(ct);
        return NetworkMaturityGrid.Domains.Select(d =>
        {
            var mine = ratings.Where(r => r.Domain == d.Key).Take(2).Select(MaturityRatingDto.From).ToList();
            return new MaturityRow(d, mine.ElementAtOrDefault(0), mine.ElementAtOrDefault(1));
        }).ToList();
    }

    public async Task<List<MaturityRatingDto>> HistoryAsync(int networkId, CancellationToken ct = default) =>
        (await db.NetworkMaturityRatings.AsNoTracking().Where(r => r.NetworkId == networkId)
            .OrderByDescending(r => r.RatedOn).ThenByDescending(r => r.Id).ToListAsync(ct)).Select(MaturityRatingDto.From).ToList();

    public async Task<EditOutcome<NetworkMaturityRating>> RateAsync(int networkId, MaturityRatingForm form, string ratedBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new Dictionary<string, string[]>();
        if (NetworkMaturityGrid.Domain(form.Domain) is null)
        {
            errors["domain"] = [$"There is no such domain; use one of: {string.Join(", ", NetworkMaturityGrid.Domains.Select(d => d.Key))}."];
        }
        if (form.Level is < NetworkMaturityGrid.Lowest or > NetworkMaturityGrid.Highest)
        {
            errors["level"] = [$"Rate from {NetworkMaturityGrid.Lowest} ({NetworkMaturityGrid.LevelNames[0]}) to {NetworkMaturityGrid.Highest} ({NetworkMaturityGrid.LevelNames[^1]})."];
        }
        var evidence = form.Evidence?.Trim() ?? "";
        if (evidence.Length == 0) errors["evidence"] = ["Name the evidence for the level: what a visitor could see or read."];
        else if (evidence.Length > 4000) errors["evidence"] = ["Keep the evidence under 4,000 characters."];
        if (errors.Count > 0) return EditOutcome<NetworkMaturityRating>.Invalid(errors);
        var rating = new NetworkMaturityRating
        {
            NetworkId = networkId, Domain = form.Domain!, Level = form.Level, Evidence = evidence,
            RatedOn = form.RatedOn ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), RatedBy = ratedBy,
        };
        db.NetworkMaturityRatings.Add(rating);
        await db.SaveChangesAsync(ct);
        return EditOutcome<NetworkMaturityRating>.Saved(rating);
    }
}
