using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project bench/LearningLoop.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
