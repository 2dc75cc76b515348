using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningLoop.Core.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("AuditEntries");
        e.Property(x => x.UserId).HasMaxLength(450);
        e.Property(x => x.Actor).HasMaxLength(400);
        e.Property(x => x.Entity).HasMaxLength(100);
        e.Property(x => x.EntityKey).HasMaxLength(200);
        e.Property(x => x.Action).HasMaxLength(20);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasIndex(x => new { x.OrganisationId, x.AtUtc });
    }
}
