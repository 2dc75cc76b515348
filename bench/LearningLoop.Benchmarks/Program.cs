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

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
