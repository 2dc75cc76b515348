namespace LearningLoop.Web.Tests.Infrastructure;

/// <summary>A test that needs the PostgreSQL servers test.sh starts: skipped only when LEARNINGLOOP_TEST_POSTGRES is unset
/// (a focused run without them); under test.sh it always runs.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (!TestDatabase.PostgresAvailable) Skip = $"{TestDatabase.PostgresVariable} is not set: run through ./test.sh, which starts PostgreSQL.";
    }
}
