using System.Globalization;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using LearningLoop.Web.Tests.Infrastructure;
using LearningLoop.Web.Tests.Initiatives;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Tests.Security;

/// <summary>The promise: no CSV or XLSX export hands a spreadsheet a formula someone typed (OWASP CSV injection). A
/// text cell starting with =, +, -, @, tab or carriage return is written with a leading single quote; a number,
/// negative or not, stays a number. One test per export.</summary>
public abstract class SpreadsheetExportTests(LearningLoopApp app)
{
    private const string Formula = "=HYPERLINK(\"http://evil.example\",\"x\")";

    private static List<string[]> Rows(string csv)
    {
        using var parser = new CsvHelper.CsvParser(new StringReader(csv), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        while (parser.Read()) rows.Add(parser.Record!);
        return rows;
    }

    private async Task<(HttpClient Client, int Id)> MeasureWithNegativeDataAsync()
    {
        var client = await app.ClientForAsync(InitiativeTestData.Admin);
        var created = await client.PostAsJsonAsync("/api/v1/measures", new
        {
            name = "Net transfers", ownerLevel = "Organisation", chart = "I", multiplier = 1, direction = "Up",
            annotations = new[] { new { date = "2024-03-01", text = Formula }, new { date = "2024-04-01", text = "-1+cmd|' /C calc'!A0" } },
        });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        var rows = Enumerable.Range(0, 12).Select(i => new { period = $"2024-{i + 1:00}", numerator = i % 2 == 0 ? -5.5 : 3 }).ToArray();
        (await client.PutAsJsonAsync($"/api/v1/measures/{id}/values", rows)).EnsureSuccessStatusCode();
        return (client, id);
    }

    [Fact]
    public async Task Chart_csv_writes_annotation_text_as_text_and_negative_values_as_numbers()
    {
        var (client, id) = await MeasureWithNegativeDataAsync();
        var rows = Rows(await client.GetStringAsync($"/api/v1/measures/{id}/chart.csv"));
        var notes = Array.IndexOf(rows[0], "notes");
        Assert.Equal("'" + Formula, rows[3][notes]);
        Assert.Equal("'-1+cmd|' /C calc'!A0", rows[4][notes]);
        Assert.Equal("-5.5", rows[1][Array.IndexOf(rows[0], "value")]);
    }

    [Fact]
    public async Task Values_csv_and_xlsx_keep_negative_numbers_as_numbers()
    {
        var (client, id) = await MeasureWithNegativeDataAsync();
        var rows = Rows(await client.GetStringAsync($"/api/v1/measures/{id}/values.csv"));
        Assert.Equal(["2024-01", "-5.5", "", "-5.5"], rows[1]);

        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/api/v1/measures/{id}/values.xlsx")), false);
        var cells = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet!.Descendants<Cell>().ToList();
        var b2 = cells.Single(c => c.CellReference == "B2");
        Assert.Equal(CellValues.Number, b2.DataType!.Value);
        Assert.Equal("-5.5", b2.CellValue!.Text);
        Assert.Equal("2024-01", cells.Single(c => c.CellReference == "A2").InnerText);
    }

    [Fact]
    public async Task Compare_csv_writes_unit_names_as_text()
    {
        var client = await app.ClientForAsync(InitiativeTestData.Admin);
        app.WithSystemScope(db =>
        {
            var unit = db.Units.Single(u => u.Name == "4 West" && db.Organisations.Any(o => o.Id == u.OrganisationId && o.Name == "Riverside General Hospital"));
            unit.Name = "+4 West,=1+2";
            return db.SaveChanges();
        });
        var rows = Rows(await client.GetStringAsync("/api/v1/measures/compare.csv?name=Hand-hygiene%20compliance"));
        Assert.Contains(rows, r => r[0] == "'+4 West,=1+2");
        Assert.All(rows.Skip(1), r => Assert.True(double.TryParse(r[1], NumberStyles.Float, CultureInfo.InvariantCulture, out _)));
    }

    [Fact]
    public async Task Wave_results_csv_writes_workgroup_keys_as_text()
    {
        var client = await app.ClientForAsync(InitiativeTestData.Admin);
        var (waveId, key) = app.WithSystemScope(db =>
        {
            var wave = db.Waves.Include(w => w.Workgroups).OrderBy(w => w.Id).First(w => db.Organisations.Any(o => o.Id == w.OrganisationId && o.Name == "Riverside General Hospital"));
            var workgroup = db.Workgroups.Single(w => w.Id == wave.WorkgroupIdsInOrder.First());
            workgroup.Key = "@" + workgroup.Key;
            db.SaveChanges();
            return (wave.Id, workgroup.Key);
        });
        var rows = Rows(await client.GetStringAsync($"/api/v1/surveys/waves/{waveId}/results.csv"));
        Assert.Contains(rows, r => r[0] == "'" + key);
        Assert.DoesNotContain(rows, r => r[0] == key || r[1] == key);
    }
}

public sealed class SqliteSpreadsheetExportTests(SqliteApp app) : SpreadsheetExportTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresSpreadsheetExportTests(PostgresApp app) : SpreadsheetExportTests(app), IClassFixture<PostgresApp>;
