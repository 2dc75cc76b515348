using LearningLoop.Core.Access;
using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningLoop.Core.Networks;

internal sealed class NetworkCoordinatorConfiguration : IEntityTypeConfiguration<NetworkCoordinator>
{
    public void Configure(EntityTypeBuilder<NetworkCoordinator> e)
    {
        e.HasOne(x => x.Network).WithMany().HasForeignKey(x => x.NetworkId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne<AppUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.NetworkId, x.UserId }).IsUnique();
        e.HasIndex(x => x.UserId);
    }
}

internal sealed class NetworkMeasureConfiguration : IEntityTypeConfiguration<NetworkMeasure>
{
    public void Configure(EntityTypeBuilder<NetworkMeasure> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Definition).HasMaxLength(2000);
        e.Property(x => x.ValueLabel).HasMaxLength(100);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasOne(x => x.Network).WithMany().HasForeignKey(x => x.NetworkId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.NetworkId, x.Name }).IsUnique();
    }
}

internal sealed class MeasureShareConfiguration : IEntityTypeConfiguration<MeasureShare>
{
    public void Configure(EntityTypeBuilder<MeasureShare> e)
    {
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.NetworkMeasure).WithMany().HasForeignKey(x => x.NetworkMeasureId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.Measure).WithMany().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
        // One measure of an organisation reports a network measure.
        e.HasIndex(x => new { x.OrganisationId, x.NetworkMeasureId }).IsUnique();
    }
}

internal sealed class CapabilityShareConfiguration : IEntityTypeConfiguration<CapabilityShare>
{
    public void Configure(EntityTypeBuilder<CapabilityShare> e)
    {
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasIndex(x => x.OrganisationId).IsUnique();
    }
}

internal sealed class NetworkMaturityRatingConfiguration : IEntityTypeConfiguration<NetworkMaturityRating>
{
    public void Configure(EntityTypeBuilder<NetworkMaturityRating> e)
    {
        e.Property(x => x.Domain).HasMaxLength(40);
        e.Property(x => x.Evidence).HasMaxLength(4000);
        e.Property(x => x.RatedBy).HasMaxLength(200);
        e.HasOne(x => x.Network).WithMany().HasForeignKey(x => x.NetworkId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.NetworkId, x.Domain, x.RatedOn });
    }
}
