using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LearningLoop.EndToEnd.Tests.Infrastructure;

/// <summary>The real LearningLoop web app as a separate process on real Kestrel, on a fresh SQLite file, as a person
/// would run it (`dotnet run` does the same with the demo seeded).</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly DirectoryInfo _data;
    private readonly StringBuilder _output = new();

    private RunningApp(Process process, DirectoryInfo data, Uri address)
    {
        _process = process;
        _data = data;
        Address = address;
    }

    public Uri Address { get; }
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <param name="settings">Extra configuration, as environment variables (<c>Authentication__OpenIdConnect__Authority</c>).</param>
    /// <param name="port">The port to listen on; a free one when 0 (a provider must know the callback address first).</param>
    public static async Task<RunningApp> StartAsync(bool demo, IReadOnlyDictionary<string, string>? settings = null, int port = 0)
    {
        var webDir = Path.Combine(RepositoryRoot(), "src", "LearningLoop.Web");
        var dll = Path.Combine(webDir, "bin", BuildConfiguration, "net10.0", "LearningLoop.Web.dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"Build the web app first ({BuildConfiguration}).", dll);
        // Development serves static assets straight from wwwroot, as `dotnet run` does.
        return await StartAsync(dll, webDir, "Development", demo, settings, port);
    }

    /// <summary>The app as a hospital deploys it: the output of <c>dotnet publish</c>, in Production, run from its folder.</summary>
    public static Task<RunningApp> StartPublishedAsync(string publishDirectory, bool demo) =>
        StartAsync(Path.Combine(publishDirectory, "LearningLoop.Web.dll"), publishDirectory, "Production", demo, null, 0);

    public static string BuildConfiguration =>
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    private static async Task<RunningApp> StartAsync(
        string dll, string workingDirectory, string environment, bool demo, IReadOnlyDictionary<string, string>? settings, int port)
    {
        var data = Directory.CreateTempSubdirectory("learningloop-e2e-");
        var address = new Uri($"http://127.0.0.1:{(port > 0 ? port : FreePort())}");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        if (!demo) start.ArgumentList.Add("--no-demo");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        start.Environment["Database__Provider"] = "Sqlite";
        // Links the app sends or shows are built on its configured public address, never on the request (decision 0015).
        start.Environment["App__PublicBaseUrl"] = address.ToString();
        start.Environment["Database__SqlitePath"] = Path.Combine(data.FullName, "e2e.db");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The journeys read the demo story as written (its dates are in their steps); a setting can still move it.
        start.Environment["Demo__EndsInCurrentMonth"] = "false";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>()) start.Environment[name] = value;

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var app = new RunningApp(process, data, address);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitUntilReadyAsync();
        return app;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }

    private async Task WaitUntilReadyAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        // Generous: demo seeding on a loaded 2-core machine has taken over a minute.
        var deadline = DateTime.UtcNow.AddSeconds(240);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The app exited ({_process.ExitCode}):\n{Output}");
            try
            {
                if ((await http.GetAsync(new Uri(Address, "/health/ready"))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not become ready:\n{Output}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "LearningLoop.slnx"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("LearningLoop.slnx not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Kills the process at once (SIGKILL: no shutdown, no flushing), as a power cut or the OOM killer would;
    /// the database is left as it was, for a new process to start on.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try { _data.Delete(recursive: true); } catch (IOException) { }
    }
}
