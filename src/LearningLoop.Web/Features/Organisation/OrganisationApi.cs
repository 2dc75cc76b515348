using System.Security.Claims;
using LearningLoop.Core.Imports;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Organisation;

/// <summary><c>/api/v1</c> divisions, units, workgroups and people of the caller's organisation.</summary>
public static class OrganisationApi
{
    public sealed record DivisionDto(int Id, string Name, int Units);
    public sealed record UnitDto(int Id, string Name, int DivisionId, string Division, UnitKind Kind, int? Beds);
    public sealed record WorkgroupDto(int Id, string Key, string Name);
    public sealed record PersonDto(int Id, string Name, string? Email, int? WorkgroupId, string? Workgroup, ManagementLevel Level, int[] UnitIds);
    public sealed record Page<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take);

    public static RouteGroupBuilder MapOrganisationApi(this RouteGroupBuilder api)
    {
        var admin = api.MapGroup("").RequireAuthorization(Policies.Administrator);

        api.MapGet("/divisions", async (LearningLoopDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Divisions.OrderBy(d => d.Name).Select(d => new DivisionDto(d.Id, d.Name, d.Units.Count)).ToListAsync(ct)))
            .WithTags("Organisation").WithSummary("List divisions");
        admin.MapPost("/divisions", async Task<Results<Created<DivisionDto>, ValidationProblem>> (DivisionForm form, OrganisationEditor editor, CancellationToken ct) =>
        {
            var outcome = await editor.SaveDivisionAsync(form, null, ct);
            return outcome.Succeeded
                ? TypedResults.Created($"/api/v1/divisions/{outcome.Entity!.Id}", new DivisionDto(outcome.Entity.Id, outcome.Entity.Name, 0))
                : TypedResults.ValidationProblem(outcome.Errors);
        }).WithTags("Organisation").WithSummary("Create a division (administrators)");

        api.MapGet("/units", async (LearningLoopDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await Units(db.Units.OrderBy(u => u.Name)).ToListAsync(ct)))
            .WithTags("Organisation").WithSummary("List units");
        api.MapGet("/units/{id:int}", async Task<Results<Ok<UnitDto>, NotFound>> (int id, LearningLoopDbContext db, CancellationToken ct) =>
            await Units(db.Units.Where(u => u.Id == id)).FirstOrDefaultAsync(ct) is { } unit ? TypedResults.Ok(unit) : TypedResults.NotFound())
            .WithTags("Organisation").WithSummary("One unit; 404 when it does not exist or belongs to another organisation");
        admin.MapPost("/units", (UnitForm form, OrganisationEditor editor, LearningLoopDbContext db, CancellationToken ct) => SaveUnit(form, null, editor, db, ct))
            .WithTags("Organisation").WithSummary("Create a unit (administrators)");
        admin.MapPut("/units/{id:int}", (int id, UnitForm form, OrganisationEditor editor, LearningLoopDbContext db, CancellationToken ct) => SaveUnit(form, id, editor, db, ct))
            .WithTags("Organisation").WithSummary("Change a unit (administrators)");

        api.MapGet("/workgroups", async (LearningLoopDbContext db, CancellationToken ct) =>
            TypedResults.Ok(await db.Workgroups.OrderBy(w => w.Name).Select(w => new WorkgroupDto(w.Id, w.Key, w.Name)).ToListAsync(ct)))
            .WithTags("Organisation").WithSummary("List workgroups");
        admin.MapPost("/workgroups", async Task<Results<Created<WorkgroupDto>, ValidationProblem>> (WorkgroupForm form, OrganisationEditor editor, CancellationToken ct) =>
        {
            var outcome = await editor.SaveWorkgroupAsync(form, null, ct);
            return outcome.Succeeded
                ? TypedResults.Created($"/api/v1/workgroups/{outcome.Entity!.Id}", new WorkgroupDto(outcome.Entity.Id, outcome.Entity.Key, outcome.Entity.Name))
                : TypedResults.ValidationProblem(outcome.Errors);
        }).WithTags("Organisation").WithSummary("Create a workgroup (administrators)");

        api.MapGet("/people", SearchPeopleAsync).WithTags("Organisation")
            .WithSummary("Search people by name (and e-mail, for those who see e-mails), paged; e-mail is null for staff and partners");
        api.MapGet("/people/{id:int}", PersonAsync).WithTags("Organisation")
            .WithSummary("One person; 404 when not in your organisation or (for a patient partner) not yours to see");
        admin.MapPost("/people", (PersonForm form, OrganisationEditor editor, LearningLoopDbContext db, CancellationToken ct) => SavePerson(form, null, editor, db, ct))
            .WithTags("Organisation").WithSummary("Create a person (administrators)");
        admin.MapPut("/people/{id:int}", (int id, PersonForm form, OrganisationEditor editor, LearningLoopDbContext db, CancellationToken ct) => SavePerson(form, id, editor, db, ct))
            .WithTags("Organisation").WithSummary("Change a person (administrators)");
        admin.MapPost("/people/import", async Task<Results<Ok<ImportResult>, ProblemHttpResult>> (
            HttpRequest request, PeopleCsvImport import, ImportLimits limits, LearningLoopDbContext db, CancellationToken ct) =>
        {
            await using var body = await ImportBody.ReadAsync(request, limits, ct);
            if (body is null) return ImportBody.TooLarge(limits);
            using var reader = new StreamReader(body);
            var result = await import.ImportAsync(db.Scope.OrganisationId, reader, ct);
            return result.Succeeded ? TypedResults.Ok(result) : ImportBody.Refused(result);
        }).Accepts<string>("text/csv").WithTags("Organisation").WithSummary("Import people from CSV (name,email,workgroup,level,units); all or nothing");
        return api;
    }

    private static async Task<Ok<Page<PersonDto>>> SearchPeopleAsync(
        string? q, int? skip, int? take, ClaimsPrincipal user, PeopleVisibility visibility, CancellationToken ct)
    {
        var query = PeopleVisibility.Search(await visibility.VisibleAsync(user, ct), q, user);
        var (s, t) = (Math.Max(0, skip ?? 0), Math.Clamp(take ?? 50, 1, 500));
        var items = await People(query.OrderBy(p => p.Name).ThenBy(p => p.Id).Skip(s).Take(t), PeopleVisibility.SeesContactDetails(user)).ToListAsync(ct);
        return TypedResults.Ok(new Page<PersonDto>(items, await query.CountAsync(ct), s, t));
    }

    private static async Task<Results<Ok<PersonDto>, NotFound>> PersonAsync(int id, ClaimsPrincipal user, PeopleVisibility visibility, CancellationToken ct) =>
        await People((await visibility.VisibleAsync(user, ct)).Where(p => p.Id == id), PeopleVisibility.SeesContactDetails(user)).FirstOrDefaultAsync(ct)
            is { } person ? TypedResults.Ok(person) : TypedResults.NotFound();

    // Projections come last: EF cannot filter or sort on a record built by a constructor.
    private static IQueryable<UnitDto> Units(IQueryable<Unit> units) =>
        units.Select(u => new UnitDto(u.Id, u.Name, u.DivisionId, u.Division!.Name, u.Kind, u.Beds));

    private static IQueryable<PersonDto> People(IQueryable<Person> people, bool withEmail = true) =>
        people.Select(p => new PersonDto(p.Id, p.Name, withEmail ? p.Email : null, p.WorkgroupId, p.Workgroup!.Name, p.Level, p.Units.Select(u => u.UnitId).ToArray()));

    private static async Task<Results<Ok<UnitDto>, Created<UnitDto>, ValidationProblem, NotFound>> SaveUnit(UnitForm form, int? id, OrganisationEditor editor, LearningLoopDbContext db, CancellationToken ct)
    {
        var outcome = await editor.SaveUnitAsync(form, id, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        var dto = await Units(db.Units.Where(u => u.Id == outcome.Entity!.Id)).FirstAsync(ct);
        return id is null ? TypedResults.Created($"/api/v1/units/{dto.Id}", dto) : TypedResults.Ok(dto);
    }

    private static async Task<Results<Ok<PersonDto>, Created<PersonDto>, ValidationProblem, NotFound>> SavePerson(PersonForm form, int? id, OrganisationEditor editor, LearningLoopDbContext db, CancellationToken ct)
    {
        var outcome = await editor.SavePersonAsync(form, id, ct);
        if (outcome.NotFound) return TypedResults.NotFound();
        if (!outcome.Succeeded) return TypedResults.ValidationProblem(outcome.Errors);
        var dto = await People(db.People.Where(p => p.Id == outcome.Entity!.Id)).FirstAsync(ct);
        return id is null ? TypedResults.Created($"/api/v1/people/{dto.Id}", dto) : TypedResults.Ok(dto);
    }
}
