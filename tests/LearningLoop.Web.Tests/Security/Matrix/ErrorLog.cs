using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace LearningLoop.Web.Tests.Security.Matrix;

/// <summary>Keeps the app's error log lines (exceptions first lines), so that a 500 the matrix meets can be explained.</summary>
public sealed class ErrorLog : ILoggerProvider
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(ErrorLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel < LogLevel.Error || exception is null || category.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)) return;
            var inner = exception.GetBaseException();
            if (inner.Message.Contains(WriteProbe.Header, StringComparison.Ordinal)) return;
            var where = inner.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("LearningLoop", StringComparison.Ordinal))?.Trim();
            log.Lines.Enqueue($"{category}: {inner.GetType().Name}: {inner.Message} {where}");
        }
    }
}
