using LearningLoop.Core.Access;
using LearningLoop.Core.Organisations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Persistence;

/// <summary>The platform's one database. Provider-specific subclasses exist only so that each provider keeps its own
/// migrations (<see cref="SqliteLearningLoopDbContext"/>, <see cref="PostgresLearningLoopDbContext"/>).</summary>
public abstract class LearningLoopDbContext : IdentityDbContext<AppUser>, IDataProtectionKeyContext
{
    private readonly OrganisationScope _scope;

    protected LearningLoopDbContext(DbContextOptions options, OrganisationScope scope) : base(options) => _scope = scope;

    public DbSet<Network> Networks => Set<Network>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Division> Divisions => Set<Division>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Workgroup> Workgroups => Set<Workgroup>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonUnit> PersonUnits => Set<PersonUnit>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The scope this context filters by; features use it to stamp new records.</summary>
    public OrganisationScope Scope => _scope;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LearningLoopDbContext).Assembly);

        // Tenancy lives here, once, rather than in every query: a feature cannot forget it.
        builder.Entity<Organisation>().HasQueryFilter(o => _scope.IsSystem || o.Id == _scope.OrganisationId);
        builder.Entity<Division>().HasQueryFilter(d => _scope.IsSystem || d.OrganisationId == _scope.OrganisationId);
        builder.Entity<Unit>().HasQueryFilter(u => _scope.IsSystem || u.OrganisationId == _scope.OrganisationId);
        builder.Entity<Workgroup>().HasQueryFilter(w => _scope.IsSystem || w.OrganisationId == _scope.OrganisationId);
        builder.Entity<Person>().HasQueryFilter(p => _scope.IsSystem || p.OrganisationId == _scope.OrganisationId);
        builder.Entity<PersonUnit>().HasQueryFilter(pu => _scope.IsSystem || pu.Unit!.OrganisationId == _scope.OrganisationId);
    }
}
