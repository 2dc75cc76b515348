namespace LearningLoop.Core.Persistence;

/// <summary>Configuration section <c>Database</c>. SQLite unless <c>Provider=Postgres</c>, in which case the
/// connection string <c>ConnectionStrings:LearningLoop</c> is required.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Where the SQLite file lives when no connection string is given; relative paths are taken from the
    /// app's content root.</summary>
    public string SqlitePath { get; set; } = "App_Data/learningloop.db";

    /// <summary>With a read replica (<c>ConnectionStrings:LearningLoopReadOnly</c>): how often, at most, it is asked whether
    /// it answers and how far behind it is. A replica that stops is noticed within this time (or at the first read
    /// that fails on it).</summary>
    public double ReplicaProbeSeconds { get; set; } = 2;

    /// <summary>With a read replica: for this long after a person's own write (a form post, an API change), their
    /// reads stay on the primary, so a page never shows them the state before their change.</summary>
    public double ReadYourWritesSeconds { get; set; } = 5;
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
