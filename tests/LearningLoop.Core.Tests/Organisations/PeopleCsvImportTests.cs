using LearningLoop.Core.Access;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Tests.Organisations;

public sealed class PeopleCsvImportTests : IDisposable
{
    private readonly SqliteDatabase _database = new();
    private readonly int _organisation;

    public PeopleCsvImportTests()
    {
        using var db = _database.Open(OrganisationScope.System);
        var org = new Organisation { Name = "Riverside" };
        db.Organisations.Add(org);
        db.SaveChanges();
        var division = new Division { OrganisationId = org.Id, Name = "Medicine" };
        db.Divisions.Add(division);
        db.SaveChanges();
        db.Units.Add(new Unit { OrganisationId = org.Id, DivisionId = division.Id, Name = "4 West" });
        db.Workgroups.Add(new Workgroup { OrganisationId = org.Id, Key = "nurse", Name = "Nurses" });
        db.People.Add(new Person { OrganisationId = org.Id, Name = "Existing", Email = "existing@r.example", Level = ManagementLevel.MiddleManager });
        db.SaveChanges();
        _organisation = org.Id;
    }

    private async Task<ImportOutcome> ImportAsync(string csv)
    {
        using var db = _database.OpenFor(_organisation);
        var result = await new PeopleCsvImport(db).ImportAsync(_organisation, new StringReader(csv));
        using var check = _database.OpenFor(_organisation);
        return new ImportOutcome(result, check.People.OrderBy(p => p.Email).Select(p => p.Email).ToList());
    }

    private sealed record ImportOutcome(Imports.ImportResult Result, List<string> Emails);

    [Fact]
    public async Task A_missing_required_column_is_reported_on_the_header_line()
    {
        var outcome = await ImportAsync("name,workgroup\nAnn,nurse\n");
        var error = Assert.Single(outcome.Result.Errors);
        Assert.Equal((1, "email"), (error.Line, error.Column));
    }

    [Fact]
    public async Task Line_numbers_count_the_header_and_quoted_line_breaks()
    {
        var csv = "name,email\n\"Ann\nSmith\",ann@r.example\nBob,bob-at-r\n";
        var outcome = await ImportAsync(csv);
        var error = Assert.Single(outcome.Result.Errors);
        Assert.Equal(4, error.Line);
        Assert.Contains("bob-at-r", error.Reason, StringComparison.Ordinal);
        Assert.Equal(["existing@r.example"], outcome.Emails);
    }

    [Fact]
    public async Task Duplicate_emails_within_the_file_name_the_first_line()
    {
        var outcome = await ImportAsync("name,email\nAnn,ann@r.example\nAnn Again,ANN@r.example\n");
        var error = Assert.Single(outcome.Result.Errors);
        Assert.Equal(3, error.Line);
        Assert.Contains("line 2", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_update_keeps_what_the_row_leaves_empty()
    {
        var outcome = await ImportAsync("name,email,workgroup,level,units\nExisting Renamed,existing@r.example,,,4 West\n");
        Assert.True(outcome.Result.Succeeded);
        Assert.Equal(1, outcome.Result.Updated);
        using var db = _database.OpenFor(_organisation);
        var person = db.People.Single(p => p.Email == "existing@r.example");
        Assert.Equal("Existing Renamed", person.Name);
        Assert.Equal(ManagementLevel.MiddleManager, person.Level);
        Assert.Single(db.PersonUnits.Where(m => m.PersonId == person.Id));
    }

    [Theory]
    [InlineData("MiddleManager", ManagementLevel.MiddleManager)]
    [InlineData("middle manager", ManagementLevel.MiddleManager)]
    [InlineData("Front-line staff", ManagementLevel.FrontLineStaff)]
    [InlineData("patientpartner", ManagementLevel.PatientPartner)]
    public async Task Levels_are_read_in_the_forms_people_write_them(string written, ManagementLevel expected)
    {
        var outcome = await ImportAsync($"name,email,level\nNew Person,new@r.example,{written}\n");
        Assert.True(outcome.Result.Succeeded, string.Join("; ", outcome.Result.Errors));
        using var db = _database.OpenFor(_organisation);
        Assert.Equal(expected, db.People.Single(p => p.Email == "new@r.example").Level);
    }

    [Fact]
    public async Task A_numeric_level_is_refused_rather_than_read_as_an_enum_ordinal()
    {
        var outcome = await ImportAsync("name,email,level\nNew Person,new@r.example,2\n");
        Assert.Equal("level", Assert.Single(outcome.Result.Errors).Column);
    }

    public void Dispose() => _database.Dispose();
}
