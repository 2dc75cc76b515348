using System.CommandLine;
using LearningLoop.Core.Access;
using LearningLoop.Core.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Cli.Commands;

/// <summary>The options that choose a database, with the same meaning and environment variables as the web app
/// (<c>Database__Provider</c>, <c>ConnectionStrings__LearningLoop</c>, <c>Database__SqlitePath</c>).</summary>
internal sealed class DatabaseConnection
{
    public Option<DatabaseProvider?> Provider { get; } = new("--provider") { Description = "Sqlite (default) or Postgres." };
    public Option<string?> ConnectionString { get; } = new("--connection-string") { Description = "ADO.NET connection string; required for Postgres." };
    public Option<string?> SqlitePath { get; } = new("--sqlite-path") { Description = "SQLite file when no connection string is given (default App_Data/learningloop.db under the current folder)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Provider);
        command.Options.Add(ConnectionString);
        command.Options.Add(SqlitePath);
    }

    /// <summary>A service provider with the database and Identity's stores, seeing every organisation (the CLI is an operator's tool).</summary>
    public ServiceProvider BuildServices(ParseResult parse)
    {
        var settings = new Dictionary<string, string?>();
        if (parse.GetValue(Provider) is { } provider) settings["Database:Provider"] = provider.ToString();
        if (parse.GetValue(ConnectionString) is { } cs) settings["ConnectionStrings:LearningLoop"] = cs;
        if (parse.GetValue(SqlitePath) is { } path) settings["Database:SqlitePath"] = path;
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();

        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLearningLoopPersistence(configuration, Directory.GetCurrentDirectory());
        services.AddLearningLoopIdentityStores(configuration);
        return services.BuildServiceProvider();
    }

    public static async Task<LearningLoopDbContext> MigratedAsync(IServiceProvider scope, CancellationToken ct)
    {
        var db = scope.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetSystem();
        await DatabaseMigrator.MigrateAsync(db, ct);
        return db;
    }
}
