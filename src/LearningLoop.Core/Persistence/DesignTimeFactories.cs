using LearningLoop.Core.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace LearningLoop.Core.Persistence;

// Used only by `dotnet ef migrations add`; the connection strings are never opened there.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLearningLoopDbContext>
{
    public SqliteLearningLoopDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<SqliteLearningLoopDbContext>();
        PersistenceRegistration.ConfigureSqlite(o, "Data Source=design.db");
        return new SqliteLearningLoopDbContext(o.Options, OrganisationScope.System);
    }
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresLearningLoopDbContext>
{
    public PostgresLearningLoopDbContext CreateDbContext(string[] args)
    {
        var o = new DbContextOptionsBuilder<PostgresLearningLoopDbContext>();
        PersistenceRegistration.ConfigurePostgres(o, "Host=localhost;Database=design");
        return new PostgresLearningLoopDbContext(o.Options, OrganisationScope.System);
    }
}
