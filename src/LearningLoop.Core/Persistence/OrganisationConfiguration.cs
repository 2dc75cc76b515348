using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Access;
using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningLoop.Core.Persistence;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> e) => e.Property(x => x.Name).HasMaxLength(200);
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        // The column's default is what organisations created before rule sets existed keep.
        e.Property(x => x.MeasureRuleSet).HasConversion<string>().HasMaxLength(20).HasDefaultValue(SpcRuleSet.Anhoj);
        e.HasOne(x => x.Network).WithMany(n => n.Organisations).HasForeignKey(x => x.NetworkId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class DivisionConfiguration : IEntityTypeConfiguration<Division>
{
    public void Configure(EntityTypeBuilder<Division> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.HasOne(x => x.Organisation).WithMany(o => o.Divisions).HasForeignKey(x => x.OrganisationId);
        e.HasIndex(x => new { x.OrganisationId, x.Name }).IsUnique();
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.HasOne(x => x.Division).WithMany(d => d.Units).HasForeignKey(x => x.DivisionId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasIndex(x => new { x.OrganisationId, x.Name }).IsUnique();
    }
}

internal sealed class WorkgroupConfiguration : IEntityTypeConfiguration<Workgroup>
{
    public void Configure(EntityTypeBuilder<Workgroup> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Key).HasMaxLength(80);
        e.HasOne<Organisation>().WithMany(o => o.Workgroups).HasForeignKey(x => x.OrganisationId);
        e.HasIndex(x => new { x.OrganisationId, x.Key }).IsUnique();
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Email).HasMaxLength(320);
        e.Property(x => x.Level).HasConversion<string>().HasMaxLength(40);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.Workgroup).WithMany().HasForeignKey(x => x.WorkgroupId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.OrganisationId, x.Email }).IsUnique();
        e.HasIndex(x => new { x.OrganisationId, x.Name });
    }
}

internal sealed class PersonUnitConfiguration : IEntityTypeConfiguration<PersonUnit>
{
    public void Configure(EntityTypeBuilder<PersonUnit> e)
    {
        e.HasKey(x => new { x.PersonId, x.UnitId });
        e.HasOne(x => x.Person).WithMany(p => p.Units).HasForeignKey(x => x.PersonId);
        e.HasOne(x => x.Unit).WithMany(u => u.Members).HasForeignKey(x => x.UnitId);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> e)
    {
        e.Property(x => x.Name).HasMaxLength(100);
        e.Property(x => x.Prefix).HasMaxLength(20);
        e.Property(x => x.Hash).HasMaxLength(64);
        e.HasIndex(x => x.Hash).IsUnique();
        e.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId);
    }
}

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> e)
    {
        e.Property(x => x.DisplayName).HasMaxLength(200);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasIndex(x => x.OrganisationId);
        e.HasIndex(x => x.PersonId);
    }
}

internal sealed class AccountChangeConfiguration : IEntityTypeConfiguration<AccountChange>
{
    public void Configure(EntityTypeBuilder<AccountChange> e)
    {
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.ActorUserId).HasMaxLength(450);
        e.Property(x => x.Actor).HasMaxLength(200);
        e.Property(x => x.What).HasMaxLength(500);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasIndex(x => new { x.OrganisationId, x.UserId, x.AtUtc });
        e.HasIndex(x => x.PersonId);
    }
}
