using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LearningLoop.Core.Demo;

/// <summary>
/// Writes what the story saves in the seeding calendar while the story itself keeps working in its own: each save moves
/// the dates and dated text of what is added or changed (<see cref="DemoCalendar"/>), and puts the story's values back
/// on the objects once saved, so that story code deriving a date from an object it saved never moves it twice.
/// Instants at or after the moment seeding began are the platform's own stamps (audit, accounts) and stay as they are;
/// calendar dates are always the story's, its plans included.
/// </summary>
internal sealed class DemoCalendarSaves : IDisposable
{
    private readonly DbContext _db;
    private readonly DemoCalendar _calendar;
    private readonly DateTime _startedUtc;
    private readonly List<(PropertyEntry Property, object? StoryValue)> _moved = [];

    public DemoCalendarSaves(DbContext db, DemoCalendar calendar, DateTime startedUtc)
    {
        (_db, _calendar, _startedUtc) = (db, calendar, startedUtc);
        if (calendar.Months == 0) return;
        db.SavingChanges += OnSaving;
        db.SavedChanges += OnSaved;
        db.SaveChangesFailed += OnFailed;
    }

    public void Dispose()
    {
        _db.SavingChanges -= OnSaving;
        _db.SavedChanges -= OnSaved;
        _db.SaveChangesFailed -= OnFailed;
    }

    private void OnSaving(object? sender, SavingChangesEventArgs e)
    {
        if (_db.ChangeTracker.AutoDetectChangesEnabled) _db.ChangeTracker.DetectChanges();
        foreach (var entry in _db.ChangeTracker.Entries().Where(x => x.State is EntityState.Added or EntityState.Modified).ToList())
        {
            if (entry.Metadata.ClrType.Namespace?.StartsWith("LearningLoop.", StringComparison.Ordinal) != true) continue;
            foreach (var property in entry.Properties)
            {
                if (entry.State == EntityState.Modified && !property.IsModified) continue;
                var moved = Moved(property.CurrentValue);
                if (!Equals(moved, property.CurrentValue))
                {
                    _moved.Add((property, property.CurrentValue));
                    property.CurrentValue = moved;
                }
            }
        }
        PatientDayMerge.Merge(_db.ChangeTracker);
    }

    private object? Moved(object? value) => value switch
    {
        // Every calendar date is the story's, including its plans (meetings into 2027); instants at or after the start of
        // seeding are the platform's own stamps.
        DateOnly date => _calendar.Move(date),
        DateTime time when time < _startedUtc => _calendar.Move(time),
        DateTimeOffset time when time.UtcDateTime < _startedUtc => _calendar.Move(time),
        string text => _calendar.Move(text),
        _ => value,
    };

    private void OnSaved(object? sender, SavedChangesEventArgs e) => Restore();

    private void OnFailed(object? sender, SaveChangesFailedEventArgs e) => Restore();

    private void Restore()
    {
        foreach (var (property, storyValue) in _moved)
        {
            if (property.EntityEntry.State == EntityState.Detached) continue;
            property.CurrentValue = storyValue;
            property.OriginalValue = storyValue;
        }
        _moved.Clear();
    }
}
