using LearningLoop.Core.Improvement;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningLoop.Core.Capability;

internal sealed class CapabilityActionConfiguration : IEntityTypeConfiguration<CapabilityAction>
{
    public void Configure(EntityTypeBuilder<CapabilityAction> e)
    {
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Description).HasMaxLength(4000);
        e.Property(x => x.Domain).HasMaxLength(80);
        e.Property(x => x.Level).HasMaxLength(40);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        // An action outlives the assessment and the person it came from.
        e.HasOne(x => x.Wave).WithMany().HasForeignKey(x => x.WaveId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne(x => x.Owner).WithMany().HasForeignKey(x => x.OwnerId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.OrganisationId, x.Status });
        e.OwnsMany(x => x.Initiatives, i =>
        {
            i.ToTable("CapabilityActionInitiatives");
            i.WithOwner().HasForeignKey("CapabilityActionId");
            i.HasKey("CapabilityActionId", nameof(CapabilityActionInitiative.InitiativeId));
            i.HasOne<Initiative>().WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        });
        e.OwnsMany(x => x.Measures, m =>
        {
            m.ToTable("CapabilityActionMeasures");
            m.WithOwner().HasForeignKey("CapabilityActionId");
            m.HasKey("CapabilityActionId", nameof(CapabilityActionMeasure.MeasureId));
            m.HasOne<Measure>().WithMany().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
