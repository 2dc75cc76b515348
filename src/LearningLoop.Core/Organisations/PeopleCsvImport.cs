using System.Globalization;
using System.Net.Mail;
using CsvHelper;
using CsvHelper.Configuration;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Core.Organisations;

/// <summary>Imports people from CSV: <c>name,email,workgroup,level,units</c> (units separated by <c>;</c>).
/// All or nothing: every bad row is reported and, if there is one, nothing is stored. A row whose e-mail already
/// belongs to someone updates that person (HR exports are re-imported); nobody is ever removed.</summary>
public sealed class PeopleCsvImport(LearningLoopDbContext db, ImportLimits? limits = null)
{
    private readonly ImportLimits _limits = limits ?? ImportLimits.Default;

    public static readonly string[] Columns = ["name", "email", "workgroup", "level", "units"];
    private static readonly string[] RequiredColumns = ["name", "email"];

    public async Task<ImportResult> ImportAsync(int organisationId, TextReader csv, CancellationToken ct = default) =>
        (await CheckAndStoreAsync(organisationId, csv, ct)).Capped(_limits.MaxErrorsListed);

    private async Task<ImportResult> CheckAndStoreAsync(int organisationId, TextReader csv, CancellationToken ct)
    {
        var workgroups = await db.Workgroups.Where(w => w.OrganisationId == organisationId).ToListAsync(ct);
        var units = await db.Units.Where(u => u.OrganisationId == organisationId).ToListAsync(ct);
        var (rows, errors) = Parse(csv, workgroups, units, _limits.MaxRows);
        if (errors.Count > 0)
        {
            return ImportResult.Refused(errors);
        }

        var emails = rows.Select(r => r.Email).ToList();
        var existing = await db.People.Include(p => p.Units)
            .Where(p => p.OrganisationId == organisationId && emails.Contains(p.Email)).ToDictionaryAsync(p => p.Email, StringComparer.OrdinalIgnoreCase, ct);
        int created = 0, updated = 0;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var row in rows)
        {
            if (existing.TryGetValue(row.Email, out var person))
            {
                updated++;
            }
            else
            {
                person = new Person { OrganisationId = organisationId, Name = row.Name, Email = row.Email };
                db.People.Add(person);
                created++;
            }
            person.Name = row.Name;
            person.WorkgroupId = row.Workgroup?.Id ?? person.WorkgroupId;
            person.Level = row.Level ?? person.Level;
            foreach (var unit in row.Units.Where(u => person.Units.All(m => m.UnitId != u.Id)))
            {
                person.Units.Add(new PersonUnit { Person = person, UnitId = unit.Id });
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new ImportResult(created, updated, []);
    }

    private sealed record Row(string Name, string Email, Workgroup? Workgroup, ManagementLevel? Level, List<Unit> Units);

    private static (List<Row> Rows, List<ImportError> Errors) Parse(TextReader csv, List<Workgroup> workgroups, List<Unit> units, int maxRows)
    {
        var rows = new List<Row>();
        var errors = new List<ImportError>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { TrimOptions = TrimOptions.Trim, PrepareHeaderForMatch = a => a.Header.ToLowerInvariant(), MissingFieldFound = null, BadDataFound = null };
        using var reader = new CsvReader(csv, config);
        if (!reader.Read() || !reader.ReadHeader())
        {
            errors.Add(new ImportError(1, "", "the file is empty; the first line must be the header " + string.Join(',', Columns)));
            return (rows, errors);
        }
        var header = reader.HeaderRecord!.Select(h => h.ToLowerInvariant()).ToList();
        foreach (var missing in RequiredColumns.Where(c => !header.Contains(c)))
        {
            errors.Add(new ImportError(1, missing, "required column is missing from the header"));
        }
        foreach (var unknown in header.Where(h => !Columns.Contains(h)))
        {
            errors.Add(new ImportError(1, InputEcho.Prefix(unknown), "unknown column; expected " + string.Join(", ", Columns)));
        }
        if (errors.Count > 0)
        {
            return (rows, errors);
        }

        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var read = 0;
        while (reader.Read())
        {
            var line = reader.Parser.RawRow;
            if (++read > maxRows) return ([], [ImportRows.TooMany(line, maxRows)]);
            string Field(string column) => header.Contains(column) ? reader.GetField(column) ?? "" : "";
            var rowErrors = errors.Count;

            var name = Field("name");
            if (name.Length == 0) errors.Add(new ImportError(line, "name", "a name is required"));
            else if (name.Length > 200) errors.Add(new ImportError(line, "name", "longer than 200 characters"));

            var email = Field("email");
            if (!IsEmail(email)) errors.Add(new ImportError(line, "email", $"'{InputEcho.Prefix(email)}' is not an e-mail address"));
            else if (seen.TryGetValue(email, out var first)) errors.Add(new ImportError(line, "email", $"'{email}' appears already on line {first}"));
            else seen[email] = line;

            Workgroup? workgroup = null;
            var wg = Field("workgroup");
            if (wg.Length > 0)
            {
                workgroup = workgroups.FirstOrDefault(w => string.Equals(w.Key, wg, StringComparison.OrdinalIgnoreCase) || string.Equals(w.Name, wg, StringComparison.OrdinalIgnoreCase));
                if (workgroup is null) errors.Add(new ImportError(line, "workgroup", $"no workgroup '{InputEcho.Prefix(wg)}' in this organisation"));
            }

            ManagementLevel? level = null;
            var lv = Field("level").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (lv.Length > 0)
            {
                if (Enum.TryParse<ManagementLevel>(lv, ignoreCase: true, out var parsed) && !int.TryParse(lv, out _)) level = parsed;
                else errors.Add(new ImportError(line, "level", $"'{InputEcho.Prefix(Field("level"))}' is not a level; use one of {string.Join(", ", Enum.GetNames<ManagementLevel>())}"));
            }

            var memberOf = new List<Unit>();
            foreach (var unitName in Field("units").Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var unit = units.FirstOrDefault(u => string.Equals(u.Name, unitName, StringComparison.OrdinalIgnoreCase));
                if (unit is null) errors.Add(new ImportError(line, "units", $"no unit '{InputEcho.Prefix(unitName)}' in this organisation"));
                else memberOf.Add(unit);
            }

            if (errors.Count == rowErrors)
            {
                rows.Add(new Row(name, email, workgroup, level, memberOf));
            }
        }
        return (rows, errors);
    }

    private static bool IsEmail(string value) =>
        value.Length is > 2 and <= 320 && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);
}
