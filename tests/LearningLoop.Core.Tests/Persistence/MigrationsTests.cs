using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Tests.Persistence;

/// <summary>Both providers' migrations describe the current model: a change to an entity without a migration for
/// SQLite and for PostgreSQL fails here rather than at someone's start-up.</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        var options = new DbContextOptionsBuilder<SqliteLearningLoopDbContext>();
        PersistenceRegistration.ConfigureSqlite(options, "Data Source=:memory:");
        using var db = new SqliteLearningLoopDbContext(options.Options, OrganisationScope.System);
        Assert.False(db.Database.HasPendingModelChanges(), "add a migration: dotnet ef migrations add NAME --context SqliteLearningLoopDbContext (docs/decisions/0001)");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        var options = new DbContextOptionsBuilder<PostgresLearningLoopDbContext>();
        PersistenceRegistration.ConfigurePostgres(options, "Host=localhost;Database=unused");
        using var db = new PostgresLearningLoopDbContext(options.Options, OrganisationScope.System);
        Assert.False(db.Database.HasPendingModelChanges(), "add a migration: dotnet ef migrations add NAME --context PostgresLearningLoopDbContext (docs/decisions/0001)");
    }

    [Fact]
    public void Every_organisation_owned_entity_is_filtered_by_organisation()
    {
        var options = new DbContextOptionsBuilder<SqliteLearningLoopDbContext>();
        PersistenceRegistration.ConfigureSqlite(options, "Data Source=:memory:");
        using var db = new SqliteLearningLoopDbContext(options.Options, new OrganisationScope());
        var owned = db.Model.GetEntityTypes().Where(t => typeof(LearningLoop.Core.Organisations.IOrganisationOwned).IsAssignableFrom(t.ClrType)).ToList();
        Assert.True(owned.Count >= 10);
        Assert.All(owned, t => Assert.NotEmpty(t.GetDeclaredQueryFilters()));
    }
}
