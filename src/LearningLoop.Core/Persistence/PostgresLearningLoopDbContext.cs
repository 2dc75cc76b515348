using LearningLoop.Core.Access;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Persistence;

/// <summary>The production store; its migrations live in Persistence/Migrations/Postgres.</summary>
public sealed class PostgresLearningLoopDbContext(DbContextOptions<PostgresLearningLoopDbContext> options, OrganisationScope scope)
    : LearningLoopDbContext(options, scope);
