using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningLoop.Core.Surveys;

internal sealed class InstrumentConfiguration : IEntityTypeConfiguration<Instrument>
{
    public void Configure(EntityTypeBuilder<Instrument> e)
    {
        e.Property(x => x.Key).HasMaxLength(80);
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        e.Ignore(x => x.Latest);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasIndex(x => new { x.OrganisationId, x.Key }).IsUnique();
    }
}

internal sealed class InstrumentVersionConfiguration : IEntityTypeConfiguration<InstrumentVersion>
{
    public void Configure(EntityTypeBuilder<InstrumentVersion> e)
    {
        e.HasOne(x => x.Instrument).WithMany(i => i.Versions).HasForeignKey(x => x.InstrumentId);
        e.HasIndex(x => new { x.InstrumentId, x.Number }).IsUnique();
        // The wording is read and written whole, never queried item by item: one JSON document per version.
        e.OwnsMany(x => x.Texts, t => t.ToJson());
        e.OwnsMany(x => x.Items, i =>
        {
            i.ToJson();
            i.Property(x => x.Kind).HasConversion<string>();
            i.OwnsMany(x => x.Translations);
        });
        e.OwnsMany(x => x.Composites, c => c.ToJson());
    }
}

internal sealed class WaveConfiguration : IEntityTypeConfiguration<Wave>
{
    public void Configure(EntityTypeBuilder<Wave> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.FocalWorkProcess).HasMaxLength(200);
        e.Property(x => x.Distribution).HasConversion<int>();
        e.Property(x => x.LinkKey).HasMaxLength(32);
        e.Property(x => x.KioskCode).HasMaxLength(20);
        e.HasIndex(x => x.KioskCode).IsUnique();
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.InstrumentVersion).WithMany().HasForeignKey(x => x.InstrumentVersionId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.OrganisationId, x.Opens });
        e.OwnsMany(x => x.Units, u =>
        {
            u.ToTable("WaveUnits");
            u.WithOwner().HasForeignKey("WaveId");
            u.HasKey("WaveId", nameof(WaveUnit.UnitId));
            u.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        });
        e.OwnsMany(x => x.Workgroups, w =>
        {
            w.ToTable("WaveWorkgroups");
            w.WithOwner().HasForeignKey("WaveId");
            w.HasKey("WaveId", nameof(WaveWorkgroup.WorkgroupId));
            w.HasOne<Workgroup>().WithMany().HasForeignKey(x => x.WorkgroupId).OnDelete(DeleteBehavior.Restrict);
        });
        // A few short texts read with the wave, never queried on their own: one JSON column, as an instrument's wording.
        e.OwnsMany(x => x.Translations, t => t.ToJson());
    }
}

internal sealed class ResponseConfiguration : IEntityTypeConfiguration<Response>
{
    public void Configure(EntityTypeBuilder<Response> e)
    {
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Language).HasMaxLength(8);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.DraftKey).HasMaxLength(64);
        e.HasIndex(x => x.DraftKey).IsUnique();
        e.HasIndex(x => new { x.WaveId, x.Status });
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne<Wave>().WithMany().HasForeignKey(x => x.WaveId);
        e.HasOne<Workgroup>().WithMany().HasForeignKey(x => x.WorkgroupId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Unit>().WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnswerConfiguration : IEntityTypeConfiguration<Answer>
{
    public void Configure(EntityTypeBuilder<Answer> e)
    {
        e.Property(x => x.ItemKey).HasMaxLength(80);
        e.Property(x => x.Text).HasMaxLength(SurveyLimits.FreeTextLength);
        e.HasOne<Workgroup>().WithMany().HasForeignKey(x => x.TargetWorkgroupId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => x.ResponseId);
    }
}

internal sealed class SurveyInvitationConfiguration : IEntityTypeConfiguration<SurveyInvitation>
{
    public void Configure(EntityTypeBuilder<SurveyInvitation> e)
    {
        e.HasOne<Wave>().WithMany().HasForeignKey(x => x.WaveId);
        e.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId);
        e.HasIndex(x => new { x.WaveId, x.PersonId }).IsUnique();
    }
}

internal sealed class UsedTokenHashConfiguration : IEntityTypeConfiguration<UsedTokenHash>
{
    public void Configure(EntityTypeBuilder<UsedTokenHash> e)
    {
        e.HasKey(x => x.Hash);
        e.Property(x => x.Hash).HasMaxLength(64);
        e.HasOne<Wave>().WithMany().HasForeignKey(x => x.WaveId);
    }
}
