using System.Net;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Tests.Measures;

/// <summary>The measure form and the data grid posted as a browser would, on both databases: errors beside their
/// fields, nothing saved until everything is right.</summary>
public abstract class MeasurePagesTests(LearningLoopApp app)
{
    private const string Lead = "lead@riverside.example";

    private int UnitId(string name) => app.WithSystemScope(db => db.Units.Single(u => u.Name == name).Id);

    private static Dictionary<string, string> Definition(int unitId, string name, string phaseStart) => new()
    {
        ["Input.Name"] = name, ["Input.Owner"] = $"unit:{unitId}", ["Input.Kind"] = "Process", ["Input.Frequency"] = "Month",
        ["Input.Chart"] = "", ["Input.Multiplier"] = "1", ["Input.Direction"] = "Up", ["Input.Target"] = "",
        ["Input.BaselineEnd"] = "", ["Input.OperationalDefinition"] = "Minutes from decision to discharge.",
        ["Input.Phases[0].StartsOn"] = phaseStart, ["Input.Phases[0].Label"] = phaseStart.Length > 0 ? "Checklist" : "",
        ["Input.Phases[1].StartsOn"] = "", ["Input.Phases[1].Label"] = "",
        ["Input.Annotations[0].Date"] = "2025-02-14", ["Input.Annotations[0].Text"] = "PDSA 1",
    };

    [Fact]
    public async Task The_measure_form_names_errors_beside_their_fields_and_saves_with_the_advisors_chart()
    {
        var lead = await app.ClientForAsync(Lead);
        var unitId = UnitId("5 West");
        var page = await lead.GetStringAsync($"/measures/new?unitId={unitId}");
        Assert.Contains($"<option value=\"unit:{unitId}\" selected", page, StringComparison.Ordinal);

        var empty = await BlazorForm.PostAsync(lead, "/measures/new", "measure", Definition(unitId, "", "2025-03"));
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("<div class=\"validation-message\">Name the measure.</div>", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var badPhase = await BlazorForm.PostAsync(lead, "/measures/new", "measure", Definition(unitId, "Discharge delay", "March"));
        var html = await badPhase.Content.ReadAsStringAsync();
        Assert.Contains("&#x27;March&#x27; is not a period", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Discharge delay\"", html, StringComparison.Ordinal);
        Assert.Equal(0, app.WithSystemScope(db => db.Measures.Count(m => m.Name == "Discharge delay")));

        var saved = await BlazorForm.PostAsync(lead, "/measures/new", "measure", Definition(unitId, "Discharge delay", "2025-03"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var measure = app.WithSystemScope(db => db.Measures.Include(m => m.Phases).Include(m => m.Annotations).Single(m => m.Name == "Discharge delay"));
        Assert.Equal($"/measures/{measure.Id}", saved.Headers.Location?.AbsolutePath);
        Assert.Null(measure.Chart);
        Assert.Equal(unitId, measure.UnitId);
        Assert.Equal(new DateOnly(2025, 3, 1), Assert.Single(measure.Phases).StartsOn);
        Assert.Equal(new DateOnly(2025, 2, 14), Assert.Single(measure.Annotations).Date);
    }

    [Fact]
    public async Task The_data_grid_saves_nothing_while_a_row_is_wrong_and_names_row_and_field()
    {
        var lead = await app.ClientForAsync(Lead);
        var unitId = UnitId("5 West");
        var created = await BlazorForm.PostAsync(lead, "/measures/new", "measure", Definition(unitId, "Grid measure", ""));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.AbsolutePath + "/data";

        var rows = new Dictionary<string, string>
        {
            ["Input.Action"] = "save",
            ["Input.Rows[0].Period"] = "2025-01", ["Input.Rows[0].Numerator"] = "41",
            ["Input.Rows[1].Period"] = "2025-02", ["Input.Rows[1].Numerator"] = "forty",
            ["Input.Rows[2].Period"] = "2025-03", ["Input.Rows[2].Numerator"] = "",
        };
        var refused = await BlazorForm.PostAsync(lead, path, "values", rows);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was saved.", html, StringComparison.Ordinal);
        Assert.Contains("Row 2, numerator", html, StringComparison.Ordinal);
        Assert.Contains("id=\"cell-1-numerator\" name=\"Input.Rows[1].Numerator\" value=\"forty\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        var measureId = int.Parse(path.Split('/')[2], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, app.WithSystemScope(db => db.MeasureValues.Count(v => v.MeasureId == measureId)));

        rows["Input.Rows[1].Numerator"] = "40";
        var saved = await BlazorForm.PostAsync(lead, path, "values", rows);
        Assert.Contains("data-testid=\"grid-saved\"", await saved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The row without numbers was not entered yet: it is not stored as a gap.
        Assert.Equal([41.0, 40.0], app.WithSystemScope(db => db.MeasureValues.Where(v => v.MeasureId == measureId).OrderBy(v => v.Period).Select(v => v.Numerator!.Value).ToList()));
    }

    [Fact]
    public async Task The_edit_page_deletes_a_measure_with_its_data()
    {
        var lead = await app.ClientForAsync(Lead);
        var created = await BlazorForm.PostAsync(lead, "/measures/new", "measure", Definition(UnitId("5 West"), "Short-lived measure", "2025-03"));
        var measurePath = created.Headers.Location!.AbsolutePath;
        var edit = await lead.GetStringAsync(measurePath + "/edit");
        Assert.Contains("value=\"Short-lived measure\"", edit, StringComparison.Ordinal);
        Assert.Contains("value=\"2025-03\"", edit, StringComparison.Ordinal);

        var deleted = await BlazorForm.PostAsync(lead, measurePath + "/edit", "delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("/measures", deleted.Headers.Location?.AbsolutePath);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(measurePath)).StatusCode);
        Assert.Equal(0, app.WithSystemScope(db => db.Measures.Count(m => m.Name == "Short-lived measure")));
    }
}

public sealed class SqliteMeasurePagesTests(SqliteApp app) : MeasurePagesTests(app), IClassFixture<SqliteApp>;

public sealed class PostgresMeasurePagesTests(PostgresApp app) : MeasurePagesTests(app), IClassFixture<PostgresApp>;
