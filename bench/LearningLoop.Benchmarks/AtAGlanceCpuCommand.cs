using System.Diagnostics;
using System.Globalization;

namespace LearningLoop.Benchmarks;

/// <summary>
/// The processor time one at-a-glance request costs, beside its wall time. On a shared machine the wall time measures the
/// queue for a core as much as the page; the process's processor time per request does not (SQLite runs in process, so
/// the database work is counted too). On an idle machine, where the request does not wait for a core, the two agree.
/// Run: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- at-a-glance-cpu [requests]
/// </summary>
public static class AtAGlanceCpuCommand
{
    public const string Name = "at-a-glance-cpu";

    public static int Run(string[] args)
    {
        var requests = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 40;
        var page = new AtAGlancePageBenchmarks();
        page.Setup();
        try
        {
            foreach (var (name, get) in new (string, Func<Task<string>>)[] { ("organisation", page.Organisation), ("Medicine division", page.Medicine_division) })
            {
                for (var i = 0; i < 5; i++) get().GetAwaiter().GetResult(); // warm-up: compiled queries, JIT
                var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var wall = Stopwatch.StartNew();
                for (var i = 0; i < requests; i++) get().GetAwaiter().GetResult();
                wall.Stop();
                process.Refresh();
                var cpuPer = (process.TotalProcessorTime - cpu).TotalMilliseconds / requests;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: {requests} requests, wall {wall.Elapsed.TotalMilliseconds / requests:0.0} ms each, processor time {cpuPer:0.0} ms each (all threads, GC included)"));
            }
        }
        finally
        {
            page.Cleanup();
        }
        return 0;
    }
}
