using LearningLoop.Core.Demo;
using LearningLoop.Core.Persistence;

namespace LearningLoop.Web.Features.Operations;

public static class DatabaseStartup
{
    /// <summary>Applies migrations, then seeds the demo organisation into an empty database unless the demo is off
    /// (<c>--no-demo</c> or <c>Demo:Enabled=false</c>), and prints the demo sign-ins.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, bool demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        db.Scope.SetSystem();
        await DatabaseMigrator.MigrateAsync(db);
        if (!demo)
        {
            return;
        }
        var seeder = scope.ServiceProvider.GetRequiredService<DemoSeeder>();
        var signIns = await StartupLock.HoldingAsync(db, () => seeder.SeedIfEmptyAsync());
        if (signIns.Count > 0)
        {
            var lines = string.Join(Environment.NewLine, signIns.Select(s => $"  {s.Role,-16} {s.Email,-28} password: {s.Password}"));
            // Printed, not only logged, so the person who ran `dotnet run` sees it whatever the log format.
            Console.WriteLine($"{Environment.NewLine}LearningLoop demo organisation seeded. Demo sign-ins:{Environment.NewLine}{lines}{Environment.NewLine}");
        }
    }
}
