using System.CommandLine;
using System.Diagnostics;
using LearningLoop.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LearningLoop.Cli.Commands;

/// <summary><c>learningloop backup --to FILE</c> and <c>learningloop restore --from FILE</c> (issue 13 item 12). SQLite uses
/// its online backup API (a consistent copy while the app keeps serving); PostgreSQL uses pg_dump's custom format and
/// pg_restore --clean, found on PATH or under /usr/lib/postgresql/*/bin. A restore replaces the database's contents.</summary>
internal static class BackupCommand
{
    public static IEnumerable<Command> Create()
    {
        var database = new DatabaseConnection();
        var to = new Option<FileInfo>("--to") { Description = "The backup file to write.", Required = true };
        var backup = new Command("backup", "Copy the database to a file while it is in use.") { to };
        database.AddTo(backup);
        backup.SetAction(async (parse, ct) =>
        {
            var (provider, connection) = Resolve(database, parse);
            var file = parse.GetValue(to)!;
            if (provider == DatabaseProvider.Postgres) await RunAsync("pg_dump", ["--format=custom", "--no-owner", $"--file={file.FullName}"], connection, ct);
            else CopySqlite(connection, $"Data Source={file.FullName};Pooling=False");
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Backed up to {file.FullName} ({new FileInfo(file.FullName).Length:N0} bytes).");
            return CliExit.Ok;
        });

        var restoreDatabase = new DatabaseConnection();
        var from = new Option<FileInfo>("--from") { Description = "The backup file to restore.", Required = true };
        var restore = new Command("restore", "Replace the database's contents with a backup (stop the app first).") { from };
        restoreDatabase.AddTo(restore);
        restore.SetAction(async (parse, ct) =>
        {
            var (provider, connection) = Resolve(restoreDatabase, parse);
            var file = parse.GetValue(from)!;
            if (!file.Exists)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"No backup file at {file.FullName}.");
                return CliExit.InvalidInput;
            }
            if (provider == DatabaseProvider.Postgres)
                await RunAsync("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", file.FullName], connection, ct);
            else CopySqlite($"Data Source={file.FullName};Mode=ReadOnly;Pooling=False", connection);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"Restored from {file.FullName}.");
            return CliExit.Ok;
        });
        return [backup, restore];
    }

    private static (DatabaseProvider Provider, string Connection) Resolve(DatabaseConnection database, ParseResult parse)
    {
        using var services = database.BuildServices(parse);
        var options = services.GetRequiredService<DatabaseOptions>();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        return (options.Provider, Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.GetConnectionString(db.Database)!);
    }

    /// <summary>SQLite's online backup: pages are copied under a read transaction, so writers may carry on.</summary>
    private static void CopySqlite(string source, string destination)
    {
        using var from = new SqliteConnection(source);
        using var to = new SqliteConnection(destination);
        from.Open();
        to.Open();
        from.BackupDatabase(to);
    }

    private static async Task RunAsync(string tool, IEnumerable<string> arguments, string connectionString, CancellationToken ct)
    {
        var cs = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Locate(tool)) { RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.ArgumentList.Add($"--host={cs.Host}");
        start.ArgumentList.Add($"--port={cs.Port}");
        if (cs.Username is { } user) start.ArgumentList.Add($"--username={user}");
        start.ArgumentList.Add($"--dbname={cs.Database}");
        // The password goes through the environment, never the command line (visible to other users in ps).
        if (cs.Password is { } password) start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {errors.Trim()}");
    }

    /// <summary>pg_dump or pg_restore on PATH, else the newest under /usr/lib/postgresql/*/bin (Debian's layout).</summary>
    public static string Locate(string tool)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
        if (onPath is not null) return onPath;
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => int.TryParse(Path.GetFileName(d), out var v) ? v : 0)
                .Select(d => Path.Combine(d, "bin", tool)).FirstOrDefault(File.Exists)
            : null;
        return debian ?? throw new InvalidOperationException($"{tool} was not found on PATH or under /usr/lib/postgresql/*/bin; install the PostgreSQL client.");
    }
}
