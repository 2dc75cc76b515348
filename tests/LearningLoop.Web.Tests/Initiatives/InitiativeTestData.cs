using LearningLoop.Core.Organisations;
using LearningLoop.Web.Tests.Infrastructure;

namespace LearningLoop.Web.Tests.Initiatives;

/// <summary>Ids and people of the seeded demo that the initiative tests need.</summary>
internal static class InitiativeTestData
{
    public const string Admin = "admin@riverside.example";
    public const string Lead = "lead@riverside.example";
    public const string Manager = "manager@riverside.example";
    public const string Staff = "staff@riverside.example";
    public const string Partner = "partner@riverside.example";
    public const string FourWest = "Safer, smoother discharges on 4 West";

    public static int InitiativeId(this LearningLoopApp app, string title) =>
        app.WithSystemScope(db => db.Initiatives.Single(i => i.Title == title).Id);

    public static int UnitId(this LearningLoopApp app, string name) =>
        app.WithSystemScope(db => db.Units.Single(u => u.Name == name && db.Organisations.Any(o => o.Id == u.OrganisationId && o.Name == "Riverside General Hospital")).Id);

    public static int PersonIdOf(this LearningLoopApp app, string email) =>
        app.WithSystemScope(db => db.Users.Where(u => u.Email == email).Select(u => u.PersonId).Single()!.Value);

    public static int MeasureId(this LearningLoopApp app, string name, string? unit = null) =>
        app.WithSystemScope(db => db.Measures.Single(m => m.Name == name && (unit == null || m.Unit!.Name == unit) && db.Organisations.Any(o => o.Id == m.OrganisationId && o.Name == "Riverside General Hospital")).Id);

    public static Person Person(this LearningLoopApp app, int id) => app.WithSystemScope(db => db.People.Single(p => p.Id == id));
}
