using System.Collections.Concurrent;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningLoop.Web.Tests.Security.Matrix;

/// <summary>Lets the authorisation matrix send real writes without changing anything: a request that carries
/// <see cref="Header"/> has every INSERT, UPDATE and DELETE it issues refused at the database command (so also
/// ExecuteUpdate/ExecuteDelete, Identity's stores and explicit transactions), and the fact that it got that far, past
/// every role, tenancy and team check that comes before a write, is recorded under the header's value.</summary>
public sealed partial class WriteProbe(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Matrix-Probe";

    private readonly ConcurrentDictionary<string, string> _reached = new(StringComparer.Ordinal);

    /// <summary>Did the probe request reach a write? Returns the refused statement's first words when it did.</summary>
    public string? Reached(string probe) => _reached.TryGetValue(probe, out var sql) ? sql : null;

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Refuse(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Refuse(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Refuse(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    private void Refuse(DbCommand command)
    {
        var probe = http.HttpContext?.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(probe)) return;
        var write = Write().Match(command.CommandText);
        if (!write.Success) return;
        _reached.TryAdd(probe, write.Value.Trim());
        throw new InvalidOperationException($"{Header}: the authorisation matrix refused this write ({write.Value.Trim()}).");
    }

    [GeneratedRegex(@"(?:^|[\s;])(?:INSERT\s+INTO|UPDATE\s+[""\w.]+\s+(?:AS\s+\w+\s+)?SET|DELETE\s+FROM)\s+[""\w.]+", RegexOptions.IgnoreCase)]
    private static partial Regex Write();
}
