using BenchmarkDotNet.Running;
using LearningLoop.Benchmarks;

// Run all: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*'
// Synthetic RC input: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- rc-generate --output rc.csv
if (args.Length > 0 && args[0] == RcGenerateCommand.Name)
{
    return RcGenerateCommand.Run(args[1..]);
}

// Census figures (10 million Encounters, one timed run): dotnet run -c Release --project bench/LearningLoop.Benchmarks -- census-import
if (args.Length > 0 && args[0] == CensusImportCommand.Name)
{
    return CensusImportCommand.Run(args[1..]);
}

// The at-a-glance page's processor time per request beside its wall time (for shared machines):
// dotnet run -c Release --project bench/LearningLoop.Benchmarks -- at-a-glance-cpu
if (args.Length > 0 && args[0] == AtAGlanceCpuCommand.Name)
{
    return AtAGlanceCpuCommand.Run(args[1..]);
}

// Every page each demo role reaches, timed on the server (issue 12's budget):
// dotnet run -c Release --project bench/LearningLoop.Benchmarks -- page-crawl
if (args.Length > 0 && args[0] == PageCrawlCommand.Name)
{
    return PageCrawlCommand.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
