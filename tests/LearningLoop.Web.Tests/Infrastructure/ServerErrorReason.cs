using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace LearningLoop.Web.Tests.Infrastructure;

/// <summary>Puts the server's own error into a 500 response's reason phrase, so that a test failing with
/// "500 (Internal Server Error)" says instead what broke on the server: intermittent failures in CI are otherwise
/// unexplainable, since the test host's logs are not shown.</summary>
internal static class ServerErrorReason
{
    private static readonly AsyncLocal<StrongBox<string?>> Current = new();

    public sealed class Filter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, inner) =>
            {
                var box = new StrongBox<string?>();
                Current.Value = box;
                context.Response.OnStarting(() =>
                {
                    if (context.Response.StatusCode >= 500 && box.Value is { } error)
                    {
                        context.Features.Get<IHttpResponseFeature>()!.ReasonPhrase = error;
                    }
                    return Task.CompletedTask;
                });
                await inner(context);
            });
            next(app);
        };
    }

    public sealed class Logger : ILoggerProvider
    {
        private sealed class Named(string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
            public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;
            // Every error of the request, in order and on one line (a reason phrase is one line): EF logs a failing query
            // from inside it, with few frames, and the renderer may log nothing more.
            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                if (logLevel < LogLevel.Error || Current.Value is not { } box) return;
                var text = exception is null ? formatter(state, exception) : $"{exception.GetType().Name}: {exception.Message} at {Where(exception)}";
                box.Value = (box.Value is null ? "" : box.Value + " || ") + $"[{category}] " + text.ReplaceLineEndings(" ");
            }
        }

        public ILogger CreateLogger(string categoryName) => new Named(categoryName);

        internal static string Where(Exception exception)
        {
            var inner = exception;
            while (inner.InnerException is not null) inner = inner.InnerException;
            // The app's own frames when there are any; otherwise the framework's, which name the caller.
            var frames = (inner.StackTrace ?? "").Split('\n', StringSplitOptions.TrimEntries).Where(f => f.StartsWith("at ", StringComparison.Ordinal)).ToList();
            var own = frames.Where(f => f.Contains("LearningLoop", StringComparison.Ordinal)).Take(4).ToList();
            return string.Join(" | ", own.Count > 0 ? own : frames.Take(30));
        }

        public void Dispose() { }
    }
}
