using LearningLoop.Core.Improvement;
using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningLoop.Core.Safety;

// Enums are stored as names (readable in SQL); contributing factors as their flags' integer.

internal sealed class SafetyEventConfiguration : IEntityTypeConfiguration<SafetyEvent>
{
    public void Configure(EntityTypeBuilder<SafetyEvent> e)
    {
        e.Property(x => x.Id).ValueGeneratedNever();
        e.Property(x => x.Description).HasMaxLength(4000);
        e.Property(x => x.ImmediateActions).HasMaxLength(2000);
        e.Property(x => x.Feedback).HasMaxLength(2000);
        e.Property(x => x.TriageNotes).HasMaxLength(4000);
        e.Property(x => x.ReporterUserId).HasMaxLength(450);
        e.Property(x => x.ReceiptHash).HasMaxLength(64);
        e.Property(x => x.Concern).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Harm).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.MedicationCategory).HasConversion<string>().HasMaxLength(2);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Factors).HasConversion<int>();
        e.Ignore(x => x.Anonymous);
        e.Ignore(x => x.Harmful);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.EventType).WithMany().HasForeignKey(x => x.EventTypeId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne<Lesson>().WithMany().HasForeignKey(x => x.LessonId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne<Initiative>().WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => x.ReceiptHash).IsUnique();
        e.HasIndex(x => new { x.OrganisationId, x.Status });
        e.HasIndex(x => new { x.UnitId, x.OccurredOn });
    }
}

internal sealed class SafetyEventTypeConfiguration : IEntityTypeConfiguration<SafetyEventType>
{
    public void Configure(EntityTypeBuilder<SafetyEventType> e)
    {
        e.Property(x => x.Key).HasMaxLength(60);
        e.Property(x => x.Name).HasMaxLength(120);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasIndex(x => new { x.OrganisationId, x.Key }).IsUnique();
    }
}

internal sealed class PatientDayConfiguration : IEntityTypeConfiguration<PatientDay>
{
    public void Configure(EntityTypeBuilder<PatientDay> e)
    {
        e.Property(x => x.Source).HasConversion<string>().HasMaxLength(10);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.UnitId, x.Date }).IsUnique();
        e.HasIndex(x => new { x.OrganisationId, x.Date });
    }
}

internal sealed class SafetySettingsConfiguration : IEntityTypeConfiguration<SafetySettings>
{
    public void Configure(EntityTypeBuilder<SafetySettings> e)
    {
        e.HasKey(x => x.OrganisationId);
        e.Property(x => x.OrganisationId).ValueGeneratedNever();
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
    }
}
