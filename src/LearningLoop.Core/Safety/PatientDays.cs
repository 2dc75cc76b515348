using LearningLoop.Core.Imports;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Safety;

/// <summary>Stores patient days, whatever their source: a unit's day is replaced, never added to, so importing a file
/// twice gives the same counts. Each call is one transaction: all of it is stored, or nothing.</summary>
public sealed class PatientDays(LearningLoopDbContext db)
{
    public sealed record Entry(int UnitId, DateOnly Date, int Days);

    /// <summary>Stores the entries for the caller's organisation (or <paramref name="organisationId"/>, when seeding as the system).</summary>
    public async Task<ImportResult> StoreAsync(IReadOnlyCollection<Entry> entries, PatientDaySource source, int? organisationId = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var unitIds = entries.Select(e => e.UnitId).Distinct().ToList();
        var dates = entries.Select(e => e.Date).ToList();
        var (first, last) = entries.Count == 0 ? (default, default) : (dates.Min(), dates.Max());
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.PatientDays.Where(p => unitIds.Contains(p.UnitId) && p.Date >= first && p.Date <= last)
            .ToDictionaryAsync(p => (p.UnitId, p.Date), ct);
        int created = 0, updated = 0;
        foreach (var entry in entries)
        {
            if (existing.TryGetValue((entry.UnitId, entry.Date), out var day))
            {
                day.Days = entry.Days;
                day.Source = source;
                updated++;
            }
            else
            {
                day = new PatientDay { OrganisationId = organisationId ?? db.Scope.OrganisationId, UnitId = entry.UnitId, Date = entry.Date, Days = entry.Days, Source = source };
                db.PatientDays.Add(day);
                existing[(entry.UnitId, entry.Date)] = day;
                created++;
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportResult(created, updated, []);
    }

    /// <summary>Imports a CSV file (<see cref="PatientDaysCsv"/>): refused whole, with every bad row named, or stored whole.</summary>
    public async Task<ImportResult> ImportCsvAsync(TextReader csv, CancellationToken ct = default)
    {
        var units = await db.Units.Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Name, u => u.Id, StringComparer.Ordinal, ct);
        var (rows, errors) = PatientDaysCsv.Read(csv, units.Keys.ToHashSet(StringComparer.Ordinal));
        if (errors.Count > 0) return ImportResult.Refused(errors);
        if (rows.Count == 0) return ImportResult.Refused([new ImportError(2, "", "the file has no rows after the header")]);
        return await StoreAsync(rows.Select(r => new Entry(units[r.Unit], r.Date, r.Days)).ToList(), PatientDaySource.Csv, ct: ct);
    }
}
