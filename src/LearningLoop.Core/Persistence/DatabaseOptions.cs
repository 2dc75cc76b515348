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
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
