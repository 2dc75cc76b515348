using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace LearningLoop.Web.Infrastructure;

/// <summary>While the database does not answer (PostgreSQL restarting, a network cut), every request that needs it gets
/// <b>503</b> with <c>Retry-After</c> and a plain problem, instead of a 500 that reads like a bug; nothing has to be
/// restarted afterwards: Npgsql drops broken connections from its pool and opens new ones when the server is back
/// (issue 13 item 10, <c>DatabaseRestartTests</c>).</summary>
public sealed partial class DatabaseUnavailable(IProblemDetailsService problems, ILogger<DatabaseUnavailable> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (!IsOutage(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }
        LogOutage(log, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable, Title = "The database is not answering",
                Detail = "Nothing was changed by this request. Try again in a few seconds.",
            },
        });
    }

    /// <summary>A connection that could not be opened or broke: not a fault of the request (a constraint or a bad query is).</summary>
    public static bool IsOutage(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is NpgsqlException { IsTransient: true } or SocketException || (e is PostgresException p && p.SqlState.StartsWith("57P", StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is not answering: {Reason}")]
    private static partial void LogOutage(ILogger logger, string reason);
}
