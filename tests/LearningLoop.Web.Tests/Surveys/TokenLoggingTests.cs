using System.Collections.Concurrent;
using LearningLoop.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace LearningLoop.Web.Tests.Surveys;

/// <summary>The app with every log category at Trace, scopes included, written to memory (what an operator who turned
/// logging all the way up would see), and its survey e-mail going to an SMTP sink on loopback.</summary>
public sealed class LoggedSqliteApp() : LearningLoopApp("Sqlite")
{
    public CapturedLog Log { get; } = new();
    public SmtpSink Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:From", "LearningLoop surveys <surveys@riverside.example>");
        builder.UseSetting("Smtp:Security", "None");
        builder.ConfigureLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Trace);
            logging.AddFilter<CapturedLog>(null, LogLevel.Trace);
            logging.AddFilter<CapturedLog>("Microsoft", LogLevel.Trace);
            logging.AddFilter<CapturedLog>("Microsoft.AspNetCore", LogLevel.Trace);
            logging.AddFilter<CapturedLog>("Microsoft.EntityFrameworkCore", LogLevel.Trace);
            logging.AddProvider(Log);
        });
    }
}

public sealed class CapturedLog : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();
    public ConcurrentQueue<string> Lines { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => log._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var line = new System.Text.StringBuilder($"{category} {formatter(state, exception)} {exception}");
            log._scopes.ForEachScope((scope, sb) => sb.Append(" | ").Append(scope is IEnumerable<KeyValuePair<string, object>> pairs ? string.Join(",", pairs.Select(p => $"{p.Key}={p.Value}")) : scope), line);
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                line.Append(" | ").Append(string.Join(",", values.Select(p => $"{p.Key}={p.Value}")));
            }
            log.Lines.Enqueue(line.ToString());
        }
    }
}

public sealed class TokenLoggingTests(LoggedSqliteApp app) : IClassFixture<LoggedSqliteApp>
{
    private readonly SurveyHarness _survey = new(app);

    [Fact]
    public async Task No_log_line_or_log_scope_ever_holds_a_survey_token()
    {
        var wave = await _survey.CreateWaveAsync("Logging", "nurse", "pharmacist");
        var tokens = await _survey.LinksAsync(wave, 3);
        app.Log.Lines.Clear();

        await _survey.PostAsync(tokens[0], "open");
        await _survey.PostAsync(tokens[0], "save", _survey.Answers("nurse", 4, "nurse"));
        await _survey.PostAsync(tokens[0], "submit", _survey.Answers("nurse", 4, "nurse", "pharmacist"));
        await _survey.PostAsync(tokens[0], "submit", _survey.Answers("nurse", 4, "nurse", "pharmacist"));
        var answers = _survey.Answers("nurse", 4, "nurse");
        answers[$"a.frequency.{_survey.WorkgroupId("nurse")}"] = "9";
        await _survey.PostAsync(tokens[1], "submit", answers);
        await _survey.PostAsync(tokens[2][..^2] + "xx", "open");

        var lines = app.Log.Lines.ToArray();
        // The capture works: it holds the request log lines and their path scope.
        Assert.Contains(lines, l => l.Contains("Request starting", StringComparison.Ordinal) && l.Contains("/s", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("RequestPath=/s", StringComparison.Ordinal));
        foreach (var token in tokens)
        {
            Assert.DoesNotContain(lines, l => l.Contains(token, StringComparison.Ordinal) || l.Contains(token[..20], StringComparison.Ordinal));
        }
    }
}
