using System.Threading.Channels;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LearningLoop.Core.Surveys;

/// <summary>One submission ready to store: the complete response (answers included, no draft key) and the hashes of
/// its link. Built and validated by <see cref="Respondents.SubmitAsync"/> before it is queued.</summary>
public sealed record Submission(Response Response, string UsedHash, string DraftKey);

/// <summary>Group commit of survey submissions (decision 0030). Requests queue their validated submission on a bounded
/// channel; one writer takes everything waiting (up to <see cref="MaxBatch"/>) and stores it in <b>one</b> transaction,
/// then tells each request its outcome, only after the commit. A link is usable once because the used hash is still the
/// primary key of <c>UsedTokenHashes</c>: a hash already stored, or twice in one batch, is refused as used, and a
/// conflicting insert from another node makes the batch fall back to one transaction per submission, where the key
/// decides as before. Within a batch the responses are written in random order, so that nothing in the database
/// follows who submitted first.</summary>
public sealed partial class SubmissionQueue : IAsyncDisposable
{
    /// <summary>Large enough that one commit (one fsync) serves a burst; small enough that a batch stays a few ms.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<Pending> _channel = Channel.CreateBounded<Pending>(
        new BoundedChannelOptions(4 * MaxBatch) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<SubmissionQueue> _log;
    private readonly Task _writer;

    public SubmissionQueue(IServiceScopeFactory scopes, ILogger<SubmissionQueue> log)
    {
        (_scopes, _log) = (scopes, log);
        _writer = Task.Run(WriteAllAsync);
    }

    /// <summary>Stores the submission and answers <see cref="LinkProblem.None"/> once it is committed,
    /// <see cref="LinkProblem.Used"/> when the link had already been used, <see cref="LinkProblem.Unknown"/> when the wave
    /// closed meanwhile. Throws when the database could not be reached: then nothing of it was stored.</summary>
    public async Task<LinkProblem> SubmitAsync(Submission submission, CancellationToken ct = default)
    {
        var pending = new Pending(submission, new TaskCompletionSource<LinkProblem>(TaskCreationOptions.RunContinuationsAsynchronously));
        await _channel.Writer.WriteAsync(pending, ct);
        // Once queued it will be written whatever the client does: the answer is the commit's, not the connection's.
        return await pending.Outcome.Task;
    }

    private async Task WriteAllAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await _channel.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _channel.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }
            try
            {
                await WriteAsync(batch);
            }
            catch (Exception e) when (batch.Count > 1)
            {
                // One bad submission must not sink the others, nor a conflict with another node's writer: each alone.
                LogBatchFailed(_log, batch.Count, e);
                foreach (var one in batch)
                {
                    try
                    {
                        await WriteAsync([one]);
                    }
                    catch (Exception single)
                    {
                        await RefuseOrFailAsync(one, single);
                    }
                }
            }
            catch (Exception e)
            {
                await RefuseOrFailAsync(batch[0], e);
            }
            batch.Clear();
        }
    }

    /// <summary>A submission that failed alone: if its link's hash is stored now, another node's writer won the race
    /// (the key refused ours) and the answer is "used"; otherwise the failure is the request's (e.g. the database is gone).</summary>
    private async Task RefuseOrFailAsync(Pending one, Exception failure)
    {
        try
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
            if (await db.UsedTokenHashes.AnyAsync(u => u.Hash == one.Submission.UsedHash))
            {
                one.Outcome.TrySetResult(LinkProblem.Used);
                return;
            }
        }
        catch (Exception)
        {
            // The database cannot even be read: the original failure says why.
        }
        one.Outcome.TrySetException(failure);
    }

    private async Task WriteAsync(List<Pending> batch)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LearningLoopDbContext>();
        var strategy = db.Database.CreateExecutionStrategy();
        var outcomes = await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await StoreAsync(db, batch);
            await transaction.CommitAsync();
            return result;
        });
        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Outcome.TrySetResult(outcomes[i]);
        }
    }

    private static async Task<LinkProblem[]> StoreAsync(LearningLoopDbContext db, List<Pending> batch)
    {
        var hashes = batch.Select(p => p.Submission.UsedHash).ToList();
        var waveIds = batch.Select(p => p.Submission.Response.WaveId).Distinct().ToList();
        var seen = (await db.UsedTokenHashes.Where(u => hashes.Contains(u.Hash)).Select(u => u.Hash).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        // Closing a wave erases its key in one transaction; a form read before that must not be stored after it.
        var open = (await db.Waves.IgnoreQueryFilters().Where(w => waveIds.Contains(w.Id) && w.LinkKey != null).Select(w => w.Id).ToListAsync()).ToHashSet();
        var outcomes = new LinkProblem[batch.Count];
        var winners = new List<Submission>(batch.Count);
        for (var i = 0; i < batch.Count; i++)
        {
            var submission = batch[i].Submission;
            outcomes[i] = !open.Contains(submission.Response.WaveId) ? LinkProblem.Unknown
                : !seen.Add(submission.UsedHash) ? LinkProblem.Used : LinkProblem.None;
            if (outcomes[i] == LinkProblem.None)
            {
                winners.Add(submission);
            }
        }
        if (winners.Count == 0)
        {
            return outcomes;
        }
        // A draft saved earlier through the same link is replaced by the submitted response (whose key is new and random).
        // Found through the draft key's unique index first: deleting by a join would scan every answer ever stored.
        var draftKeys = winners.Select(w => (string?)w.DraftKey).ToList();
        var drafts = await db.Responses.IgnoreQueryFilters().Where(r => draftKeys.Contains(r.DraftKey)).Select(r => r.Id).ToListAsync();
        if (drafts.Count > 0)
        {
            await db.Answers.IgnoreQueryFilters().Where(a => drafts.Contains(a.ResponseId)).ExecuteDeleteAsync();
            await db.Responses.IgnoreQueryFilters().Where(r => drafts.Contains(r.Id)).ExecuteDeleteAsync();
        }
        var shuffled = winners.ToArray();
        Random.Shared.Shuffle(shuffled);
        await SubmissionRows.InsertAsync(db, shuffled);
        return outcomes;
    }

    public async ValueTask DisposeAsync()
    {
        _channel.Writer.TryComplete();
        await _writer;
    }

    private sealed record Pending(Submission Submission, TaskCompletionSource<LinkProblem> Outcome);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} survey submissions failed; storing each on its own")]
    private static partial void LogBatchFailed(ILogger logger, int count, Exception exception);
}
