using LearningLoop.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Persistence;

/// <summary>The embedded default store; its migrations live in Persistence/Migrations/Sqlite.</summary>
public sealed class SqliteLearningLoopDbContext(DbContextOptions<SqliteLearningLoopDbContext> options, OrganisationScope scope)
    : LearningLoopDbContext(options, scope);
