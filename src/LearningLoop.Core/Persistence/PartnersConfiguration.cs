using LearningLoop.Core.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningLoop.Core.Persistence;

internal sealed class PartnerProfileConfiguration : IEntityTypeConfiguration<PartnerProfile>
{
    public void Configure(EntityTypeBuilder<PartnerProfile> e)
    {
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.About).HasMaxLength(4000);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.PersonId).IsUnique();
        e.HasIndex(x => x.OrganisationId);
        e.HasMany(x => x.Records).WithOne(r => r.Profile).HasForeignKey(r => r.ProfileId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnerRecordConfiguration : IEntityTypeConfiguration<PartnerRecord>
{
    public void Configure(EntityTypeBuilder<PartnerRecord> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Name).HasMaxLength(300);
        e.Property(x => x.Amount).HasPrecision(12, 2);
    }
}

internal sealed class PartnerEngagementConfiguration : IEntityTypeConfiguration<PartnerEngagement>
{
    public void Configure(EntityTypeBuilder<PartnerEngagement> e)
    {
        e.Property(x => x.Level).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.PhaseJoined).HasConversion<string>().HasMaxLength(20);
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.InitiativeId, x.PersonId }).IsUnique();
    }
}

internal sealed class EngagementMeetingConfiguration : IEntityTypeConfiguration<EngagementMeeting>
{
    public void Configure(EntityTypeBuilder<EngagementMeeting> e)
    {
        e.Property(x => x.Title).HasMaxLength(300);
        e.Property(x => x.Place).HasMaxLength(200);
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.InitiativeId, x.HeldOn });
    }
}

internal sealed class EngagementDecisionConfiguration : IEntityTypeConfiguration<EngagementDecision>
{
    public void Configure(EntityTypeBuilder<EngagementDecision> e)
    {
        e.Property(x => x.Text).HasMaxLength(1000);
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnerRequestConfiguration : IEntityTypeConfiguration<PartnerRequest>
{
    public void Configure(EntityTypeBuilder<PartnerRequest> e)
    {
        e.Property(x => x.Language).HasMaxLength(80);
        e.Property(x => x.Note).HasMaxLength(2000);
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        e.HasMany(x => x.Invitations).WithOne(i => i.Request).HasForeignKey(i => i.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartnerInvitationConfiguration : IEntityTypeConfiguration<PartnerInvitation>
{
    public void Configure(EntityTypeBuilder<PartnerInvitation> e)
    {
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.RequestId, x.PersonId }).IsUnique();
    }
}

internal sealed class StakeholderAssessmentConfiguration : IEntityTypeConfiguration<StakeholderAssessment>
{
    public void Configure(EntityTypeBuilder<StakeholderAssessment> e)
    {
        e.Property(x => x.Group).HasMaxLength(120);
        e.Property(x => x.IncentivesNote).HasMaxLength(1000);
        e.Property(x => x.BarriersNote).HasMaxLength(1000);
        e.Property(x => x.BenefitNote).HasMaxLength(1000);
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.InitiativeId, x.Group, x.AssessedOn }).IsUnique();
    }
}

internal sealed class PracticeCheckConfiguration : IEntityTypeConfiguration<PracticeCheck>
{
    public void Configure(EntityTypeBuilder<PracticeCheck> e)
    {
        e.Property(x => x.ItemKey).HasMaxLength(80);
        e.Property(x => x.Level).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.EvidenceUrl).HasMaxLength(500);
        e.Property(x => x.Note).HasMaxLength(1000);
        e.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.CheckedBy).WithMany().HasForeignKey(x => x.CheckedById).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.OrganisationId, x.ItemKey, x.Level }).IsUnique();
    }
}

internal sealed class PartnershipSurveyConfiguration : IEntityTypeConfiguration<PartnershipSurvey>
{
    public void Configure(EntityTypeBuilder<PartnershipSurvey> e)
    {
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Organisations.Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.Wave).WithMany().HasForeignKey(x => x.WaveId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.WaveId).IsUnique();
        e.HasIndex(x => new { x.OrganisationId, x.Kind });
    }
}
