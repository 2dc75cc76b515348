using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Tests;

/// <summary>A migrated SQLite file of its own for one test; contexts opened on it see one organisation or all.</summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("learningloop-core-");

    public SqliteDatabase()
    {
        using var db = Open(OrganisationScope.System);
        db.Database.Migrate();
    }

    public string Path => System.IO.Path.Combine(_dir.FullName, "core.db");

    public LearningLoopDbContext Open(OrganisationScope scope)
    {
        var options = new DbContextOptionsBuilder<SqliteLearningLoopDbContext>();
        PersistenceRegistration.ConfigureSqlite(options, $"Data Source={Path}");
        return new SqliteLearningLoopDbContext(options.Options, scope);
    }

    public LearningLoopDbContext OpenFor(int organisationId)
    {
        var scope = new OrganisationScope();
        scope.SetOrganisation(organisationId);
        return Open(scope);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }
}
