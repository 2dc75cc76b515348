using LearningLoop.Core.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningLoop.Core.Persistence;

public static class PersistenceRegistration
{
    /// <summary>Registers <see cref="LearningLoopDbContext"/> on the configured provider.
    /// <paramref name="contentRoot"/> anchors a relative SQLite path.</summary>
    public static IServiceCollection AddLearningLoopPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString("LearningLoop") is { Length: > 0 } cs ? cs : null;
        services.AddSingleton(options);
        services.AddScoped<OrganisationScope>();
        services.AddScoped<Audit.AuditActor>();
        services.AddScoped(sp => new Audit.AuditTrail(sp.GetRequiredService<OrganisationScope>(), sp.GetRequiredService<Audit.AuditActor>(),
            sp.GetService<TimeProvider>() ?? TimeProvider.System));

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:LearningLoop is empty. Set it, e.g. " +
                    "ConnectionStrings__LearningLoop=\"Host=localhost;Database=learningloop;Username=...;Password=...\".");
            }
            services.AddDbContext<LearningLoopDbContext, PostgresLearningLoopDbContext>((sp, o) =>
            {
                ConfigurePostgres(o, connectionString);
                o.AddInterceptors(sp.GetRequiredService<Audit.AuditTrail>());
            });
            if (ReadReplica.From(configuration, options, TimeProvider.System) is { } replica) services.AddSingleton(replica);
        }
        else
        {
            _ = ReadReplica.From(configuration, options, TimeProvider.System); // refuses a replica without PostgreSQL
            var sqlite = connectionString ?? SqliteConnectionString(options.SqlitePath, contentRoot);
            services.AddDbContext<LearningLoopDbContext, SqliteLearningLoopDbContext>((sp, o) =>
            {
                ConfigureSqlite(o, sqlite);
                o.AddInterceptors(sp.GetRequiredService<Audit.AuditTrail>());
            });
        }
        return services;
    }

    public static string SqliteConnectionString(string path, string contentRoot)
    {
        var full = Path.IsPathRooted(path) ? path : Path.Combine(contentRoot, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return $"Data Source={full}";
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder o, string connectionString) =>
        o.UseSqlite(connectionString, s => s.MigrationsAssembly(typeof(LearningLoopDbContext).Assembly.FullName));

    public static void ConfigurePostgres(DbContextOptionsBuilder o, string connectionString) =>
        o.UseNpgsql(connectionString, s => s.MigrationsAssembly(typeof(LearningLoopDbContext).Assembly.FullName));
}
