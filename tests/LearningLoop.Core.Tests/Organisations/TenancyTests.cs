using LearningLoop.Core.Access;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Tests.Organisations;

public sealed class TenancyTests : IDisposable
{
    private readonly SqliteDatabase _database = new();

    [Fact]
    public void Each_organisation_sees_only_its_own_structure_and_nobody_sees_anything_unscoped()
    {
        int a, b;
        using (var system = _database.Open(OrganisationScope.System))
        {
            var first = new Organisation { Name = "A" };
            var second = new Organisation { Name = "B" };
            system.AddRange(first, second);
            system.SaveChanges();
            (a, b) = (first.Id, second.Id);
            var divA = new Division { OrganisationId = a, Name = "Medicine" };
            var divB = new Division { OrganisationId = b, Name = "Medicine" };
            system.AddRange(divA, divB);
            system.SaveChanges();
            system.Units.AddRange(new Unit { OrganisationId = a, DivisionId = divA.Id, Name = "Ward A" }, new Unit { OrganisationId = b, DivisionId = divB.Id, Name = "Ward B" });
            system.People.AddRange(new Person { OrganisationId = a, Name = "Ann", Email = "ann@a.example" }, new Person { OrganisationId = b, Name = "Bob", Email = "bob@b.example" });
            system.SaveChanges();
        }

        using var asA = _database.OpenFor(a);
        Assert.Equal(["Ward A"], asA.Units.Select(u => u.Name).ToList());
        Assert.Equal(["Ann"], asA.People.Select(p => p.Name).ToList());
        Assert.Equal([a], asA.Organisations.Select(o => o.Id).ToList());

        using var asB = _database.OpenFor(b);
        Assert.Equal(["Ward B"], asB.Units.Select(u => u.Name).ToList());

        using var anonymous = _database.Open(new OrganisationScope());
        Assert.Empty(anonymous.Units);
        Assert.Empty(anonymous.People);
        Assert.Empty(anonymous.Organisations);
    }

    public void Dispose() => _database.Dispose();
}
