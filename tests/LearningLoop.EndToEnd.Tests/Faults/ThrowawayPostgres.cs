using System.Diagnostics;
using LearningLoop.EndToEnd.Tests.Infrastructure;

namespace LearningLoop.EndToEnd.Tests.Faults;

/// <summary>A PostgreSQL cluster of the test's own (initdb and pg_ctl in a temp folder, on a free loopback port, as the
/// postgres user when the tests run as root, like test.sh's), so that a test can stop and start it without touching the
/// shared test cluster. Unavailable when the PostgreSQL server binaries are not installed.</summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly DirectoryInfo _folder;

    private ThrowawayPostgres(string bin, DirectoryInfo folder, int port) => (_bin, _folder, Port) = (bin, folder, port);

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Timeout=5";

    public static string? Binaries =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "pg_ctl")))
                .OrderBy(b => b, StringComparer.Ordinal).LastOrDefault()
            : null;

    private static bool Root => Environment.UserName == "root";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = Binaries ?? throw new InvalidOperationException("PostgreSQL server binaries not found under /usr/lib/postgresql");
        var folder = Directory.CreateTempSubdirectory("learningloop-pg-");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder.FullName, (UnixFileMode)0b111_101_101);
        if (Root) await RunAsync("chown", "postgres", folder.FullName);
        var cluster = new ThrowawayPostgres(bin, folder, RunningApp.FreePort());
        await cluster.AsPostgresAsync("initdb", "-D", cluster.Data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8");
        await cluster.StartAgainAsync();
        return cluster;
    }

    private string Data => Path.Combine(_folder.FullName, "data");

    public Task StartAgainAsync() => AsPostgresAsync("pg_ctl", "-D", Data, "-l", Path.Combine(_folder.FullName, "log"), "-w", "-o",
        $"-p {Port} -k {_folder.FullName} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    /// <summary>Stops the server as an operator restarting it would (fast: sessions are ended, open transactions rolled back).</summary>
    public Task StopAsync() => AsPostgresAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    private Task AsPostgresAsync(string tool, params string[] arguments) =>
        Root ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments]) : RunAsync(Path.Combine(_bin, tool), arguments);

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed: {await output}{await error}");
    }

    public async ValueTask DisposeAsync()
    {
        try { await AsPostgresAsync("pg_ctl", "-D", Data, "-m", "immediate", "stop"); } catch (InvalidOperationException) { }
        try { _folder.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
