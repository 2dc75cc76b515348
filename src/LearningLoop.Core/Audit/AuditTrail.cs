using System.Globalization;
using System.Text.Json;
using LearningLoop.Core.Access;
using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Persistence;
using LearningLoop.Core.Safety;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace LearningLoop.Core.Audit;

/// <summary>The audit trail (issue 13 item 8): a SaveChanges interceptor that, for the record types listed in
/// <see cref="Audited"/> only, appends one <see cref="AuditEntry"/> per added, changed or removed record in the same
/// transaction as the change (its own, when the caller has none). Survey responses and answers are not listed, so they
/// are never audited; a safety report's creation is never audited (its actor would be the reporter, anonymous or not)
/// and its later changes only in the triage fields.
/// Secrets (password and key hashes, security stamps) and sign-in bookkeeping are never written.</summary>
public sealed class AuditTrail(OrganisationScope scope, AuditActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    /// <summary>Initiatives, measure data, event triage, settings, people and accounts.</summary>
    public static readonly IReadOnlySet<Type> Audited = new HashSet<Type>
    {
        typeof(Initiative), typeof(TeamMember), typeof(Driver), typeof(ChangeIdea), typeof(PdsaCycle), typeof(Adoption), typeof(Lesson),
        typeof(Measure), typeof(MeasureValue), typeof(MeasurePhase), typeof(MeasureAnnotation),
        typeof(SafetyEvent), typeof(SafetyEventType), typeof(SafetySettings),
        typeof(Person), typeof(PersonUnit), typeof(Unit), typeof(Division), typeof(Workgroup),
        typeof(AppUser), typeof(IdentityUserRole<string>), typeof(ApiKey),
    };

    /// <summary>The only fields of a safety report that are audited: what reviewers change.</summary>
    private static readonly HashSet<string> TriageFields = new(StringComparer.Ordinal)
    {
        nameof(SafetyEvent.Status), nameof(SafetyEvent.StatusChangedOn), nameof(SafetyEvent.TriageNotes),
        nameof(SafetyEvent.Feedback), nameof(SafetyEvent.LessonId), nameof(SafetyEvent.InitiativeId),
    };

    private static readonly string[] NeverWritten = ["Password", "Hash", "Stamp", "Normalized", "SignInUtc", "AccessFailedCount"];

    private readonly List<(EntityEntry Entry, string Action, Dictionary<string, object?> Changes)> _pending = [];
    private bool _writing;

    // The entries are written by a second save once the records' keys are known. Both saves run in one transaction,
    // begun here when the caller has none, so a crash between them cannot leave a change without its entry.
    private IDbContextTransaction? _own;
    private DbContext? _ownContext;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Collect(eventData.Context)) Own(eventData.Context!, eventData.Context!.Database.BeginTransaction());
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (Collect(eventData.Context)) Own(eventData.Context!, await eventData.Context!.Database.BeginTransactionAsync(cancellationToken));
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (!Append(eventData.Context)) return result;
        try
        {
            eventData.Context!.SaveChanges();
            _own?.Commit();
        }
        finally
        {
            _writing = false;
            EndOwnTransaction();
        }
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (!Append(eventData.Context)) return result;
        try
        {
            await eventData.Context!.SaveChangesAsync(cancellationToken);
            if (_own is not null) await _own.CommitAsync(cancellationToken);
        }
        finally
        {
            _writing = false;
            EndOwnTransaction();
        }
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (_writing) return; // the entries' own save failed: SavedChanges ends the transaction
        _pending.Clear();
        EndOwnTransaction();
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    /// <summary>No savepoints inside our own transaction: it is rolled back whole or committed whole, so they would buy
    /// nothing (and each save would run in a subtransaction of its own).</summary>
    private void Own(DbContext context, IDbContextTransaction transaction)
    {
        (_own, _ownContext) = (transaction, context);
        context.Database.AutoSavepointsEnabled = false;
    }

    /// <summary>Disposing an uncommitted transaction rolls it back: the change goes with its missing entry.</summary>
    private void EndOwnTransaction()
    {
        _own?.Dispose();
        if (_ownContext is not null) _ownContext.Database.AutoSavepointsEnabled = true;
        (_own, _ownContext) = (null, null);
    }

    /// <summary>Notes what will need an entry; true when there is something and the caller has no transaction of its own.</summary>
    private bool Collect(DbContext? context)
    {
        if (context is null || _writing) return false;
        // Append-only: nothing, in the app or through it, edits or removes an entry.
        if (context.ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit trail is append-only: an entry cannot be changed or removed.");
        _pending.Clear();
        if (actor.UserId is null) return false;
        foreach (var entry in context.ChangeTracker.Entries().Where(e => Audited.Contains(e.Metadata.ClrType)))
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var triageOnly = entry.Entity is SafetyEvent;
            if (triageOnly && entry.State == EntityState.Added) continue;
            var changes = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var property in entry.Properties)
            {
                var name = property.Metadata.Name;
                if (NeverWritten.Any(n => name.Contains(n, StringComparison.Ordinal)) || triageOnly && !TriageFields.Contains(name)) continue;
                if (entry.State == EntityState.Added && !property.Metadata.IsPrimaryKey()) changes[name] = Shown(property.CurrentValue);
                else if (entry.State == EntityState.Modified && property.IsModified && !Equals(property.OriginalValue, property.CurrentValue))
                    changes[name] = new[] { Shown(property.OriginalValue), Shown(property.CurrentValue) };
            }
            if (entry.State == EntityState.Modified && changes.Count == 0) continue;
            _pending.Add((entry, entry.State.ToString(), changes));
        }
        return _pending.Count > 0 && context.Database.CurrentTransaction is null && _own is null;
    }

    /// <summary>Turns the collected changes into entries once keys are known; true when there is something to save.</summary>
    private bool Append(DbContext? context)
    {
        if (context is null || _writing || _pending.Count == 0) return false;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var (entry, action, changes) in _pending)
        {
            var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
            context.Add(new AuditEntry
            {
                OrganisationId = entry.Entity is IOrganisationOwned owned ? owned.OrganisationId : scope.OrganisationId,
                AtUtc = now, UserId = actor.UserId, Actor = actor.Name, Entity = entry.Metadata.ClrType.Name,
                EntityKey = key, Action = action, Changes = JsonSerializer.Serialize(changes),
            });
        }
        _pending.Clear();
        _writing = true;
        return true;
    }

    private static object? Shown(object? value) => value switch
    {
        null => null,
        string s => s.Length > 200 ? s[..200] + "…" : s,
        double d when !double.IsFinite(d) => d.ToString(CultureInfo.InvariantCulture),
        _ => value is Enum or DateOnly or DateTime or Guid ? Convert.ToString(value, CultureInfo.InvariantCulture) : value,
    };
}
