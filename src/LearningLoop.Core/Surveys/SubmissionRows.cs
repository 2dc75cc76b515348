using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace LearningLoop.Core.Surveys;

/// <summary>Writes a batch of submitted responses (answers and used hashes included) inside the caller's transaction,
/// without EF Core's change tracking, which cost most of a submission's processor time (decision 0030). PostgreSQL: one
/// statement per table for the whole batch (arrays through <c>unnest</c>). SQLite: one prepared statement per table,
/// run once per row (SQLite runs in the process: a statement costs microseconds, not a round trip). The columns and
/// their stored forms are those of the EF model (SQLite keeps a Guid as upper-case text, the status as its name).</summary>
internal static class SubmissionRows
{
    private const string ResponseColumns = "\"Id\", \"OrganisationId\", \"WaveId\", \"WorkgroupId\", \"UnitId\", \"Language\", \"Status\"";
    private const string AnswerColumns = "\"OrganisationId\", \"ResponseId\", \"ItemKey\", \"TargetWorkgroupId\", \"Value\", \"Text\"";
    private const string HashColumns = "\"Hash\", \"WaveId\"";

    public static async Task InsertAsync(DbContext db, IReadOnlyList<Submission> submissions, CancellationToken ct = default)
    {
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Submissions are written inside the batch's transaction.");
        if (connection is NpgsqlConnection postgres)
        {
            await InsertPostgresAsync(postgres, (NpgsqlTransaction)transaction, submissions, ct);
        }
        else
        {
            await InsertSqliteAsync(connection, transaction, submissions, ct);
        }
    }

    private static async Task InsertPostgresAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<Submission> submissions, CancellationToken ct)
    {
        var responses = submissions.Select(s => s.Response).ToList();
        var answers = responses.SelectMany(r => r.Answers.Select(a => (r.Id, Answer: a))).ToList();
        await using var batch = new NpgsqlBatch(connection, transaction);
        batch.BatchCommands.Add(Command($"INSERT INTO \"Responses\" ({ResponseColumns}) SELECT * FROM unnest(@p0, @p1, @p2, @p3, @p4, @p5, @p6)",
            responses.Select(r => r.Id).ToArray(), responses.Select(r => r.OrganisationId).ToArray(), responses.Select(r => r.WaveId).ToArray(),
            responses.Select(r => r.WorkgroupId).ToArray(), responses.Select(r => r.UnitId).ToArray(), responses.Select(r => r.Language).ToArray(),
            responses.Select(r => r.Status.ToString()).ToArray()));
        batch.BatchCommands.Add(Command($"INSERT INTO \"Answers\" ({AnswerColumns}) SELECT * FROM unnest(@p0, @p1, @p2, @p3, @p4, @p5)",
            answers.Select(a => a.Answer.OrganisationId).ToArray(), answers.Select(a => a.Id).ToArray(), answers.Select(a => a.Answer.ItemKey).ToArray(),
            answers.Select(a => a.Answer.TargetWorkgroupId).ToArray(), answers.Select(a => a.Answer.Value).ToArray(), answers.Select(a => a.Answer.Text).ToArray()));
        batch.BatchCommands.Add(Command($"INSERT INTO \"UsedTokenHashes\" ({HashColumns}) SELECT * FROM unnest(@p0, @p1)",
            submissions.Select(s => s.UsedHash).ToArray(), responses.Select(r => r.WaveId).ToArray()));
        await batch.ExecuteNonQueryAsync(ct);
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] arrays)
    {
        var command = new NpgsqlBatchCommand(Positional(sql, arrays.Length));
        foreach (var array in arrays)
        {
            command.Parameters.Add(array switch
            {
                int?[] nullable => new NpgsqlParameter { Value = nullable, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Integer },
                string?[] text => new NpgsqlParameter { Value = text, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text },
                _ => new NpgsqlParameter { Value = array },
            });
        }
        return command;
    }

    /// <summary>@p0, @p1… as PostgreSQL's positional $1, $2… (a batch command takes positional parameters).</summary>
    private static string Positional(string sql, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            sql = sql.Replace($"@p{i}", $"${i + 1}", StringComparison.Ordinal);
        }
        return sql;
    }

    private static async Task InsertSqliteAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<Submission> submissions, CancellationToken ct)
    {
        await using var response = Prepared(connection, transaction, $"INSERT INTO \"Responses\" ({ResponseColumns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)", 7);
        await using var answer = Prepared(connection, transaction, $"INSERT INTO \"Answers\" ({AnswerColumns}) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)", 6);
        await using var hash = Prepared(connection, transaction, $"INSERT INTO \"UsedTokenHashes\" ({HashColumns}) VALUES (@p0, @p1)", 2);
        foreach (var submission in submissions)
        {
            var r = submission.Response;
            var id = r.Id.ToString().ToUpperInvariant();
            await RunAsync(response, ct, id, r.OrganisationId, r.WaveId, r.WorkgroupId, r.UnitId, r.Language, r.Status.ToString());
            foreach (var a in r.Answers)
            {
                await RunAsync(answer, ct, a.OrganisationId, id, a.ItemKey, a.TargetWorkgroupId, a.Value, a.Text);
            }
            await RunAsync(hash, ct, submission.UsedHash, r.WaveId);
        }
    }

    private static DbCommand Prepared(DbConnection connection, DbTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < parameters; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"@p{i}";
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static Task<int> RunAsync(DbCommand command, CancellationToken ct, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return command.ExecuteNonQueryAsync(ct);
    }
}
