using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Cli.Commands;

/// <summary><c>learningloop db migrate</c>: brings a database to the current schema (the web app also does this at start-up).</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var database = new DatabaseConnection();
        var migrate = new Command("migrate", "Apply pending migrations to the configured database, creating it if needed.");
        database.AddTo(migrate);
        migrate.SetAction(async (parse, ct) =>
        {
            await using var services = database.BuildServices(parse);
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<Core.Persistence.LearningLoopDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await DatabaseConnection.MigratedAsync(scope.ServiceProvider, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(pending.Count == 0
                ? "The database is up to date."
                : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
            return CliExit.Ok;
        });
        return new Command("db", "Database operations.") { migrate };
    }
}
