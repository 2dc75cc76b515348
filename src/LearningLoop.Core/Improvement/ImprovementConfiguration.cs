using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningLoop.Core.Improvement;

// Enums are stored as names: readable in SQL and stable if members are reordered. A deleted measure, person or unit
// never takes an initiative with it: links to them are set to null or removed (measures can be deleted by their owners).

internal sealed class InitiativeConfiguration : IEntityTypeConfiguration<Initiative>
{
    public void Configure(EntityTypeBuilder<Initiative> e)
    {
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Problem).HasMaxLength(4000);
        e.Property(x => x.AimStatement).HasMaxLength(1000);
        e.Property(x => x.Phase).HasConversion<string>().HasMaxLength(20);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.AimMeasure).WithMany().HasForeignKey(x => x.AimMeasureId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne(x => x.Sponsor).WithMany().HasForeignKey(x => x.SponsorId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne(x => x.Lead).WithMany().HasForeignKey(x => x.LeadId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.OrganisationId, x.Phase });
    }
}

internal sealed class InitiativeUnitConfiguration : IEntityTypeConfiguration<InitiativeUnit>
{
    public void Configure(EntityTypeBuilder<InitiativeUnit> e)
    {
        e.HasKey(x => new { x.InitiativeId, x.UnitId });
        e.HasOne(x => x.Initiative).WithMany(i => i.Units).HasForeignKey(x => x.InitiativeId);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId);
    }
}

internal sealed class InitiativeMeasureConfiguration : IEntityTypeConfiguration<InitiativeMeasure>
{
    public void Configure(EntityTypeBuilder<InitiativeMeasure> e)
    {
        e.HasKey(x => new { x.InitiativeId, x.MeasureId });
        e.HasOne(x => x.Initiative).WithMany(i => i.Measures).HasForeignKey(x => x.InitiativeId);
        e.HasOne(x => x.Measure).WithMany().HasForeignKey(x => x.MeasureId);
    }
}

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> e)
    {
        e.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
        e.HasOne(x => x.Initiative).WithMany(i => i.Team).HasForeignKey(x => x.InitiativeId);
        e.HasOne(x => x.Person).WithMany().HasForeignKey(x => x.PersonId);
        e.HasIndex(x => new { x.InitiativeId, x.PersonId }).IsUnique();
        e.HasIndex(x => x.PersonId);
    }
}

internal sealed class DriverConfiguration : IEntityTypeConfiguration<Driver>
{
    public void Configure(EntityTypeBuilder<Driver> e)
    {
        e.Property(x => x.Text).HasMaxLength(300);
        e.HasOne(x => x.Initiative).WithMany(i => i.Drivers).HasForeignKey(x => x.InitiativeId);
        e.HasOne(x => x.Parent).WithMany(d => d.Children).HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Cascade);
        e.Ignore(x => x.IsPrimary);
    }
}

internal sealed class ChangeIdeaConfiguration : IEntityTypeConfiguration<ChangeIdea>
{
    public void Configure(EntityTypeBuilder<ChangeIdea> e)
    {
        e.Property(x => x.Text).HasMaxLength(300);
        e.HasOne(x => x.Initiative).WithMany(i => i.ChangeIdeas).HasForeignKey(x => x.InitiativeId);
        e.HasOne(x => x.Driver).WithMany().HasForeignKey(x => x.DriverId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PdsaCycleConfiguration : IEntityTypeConfiguration<PdsaCycle>
{
    public void Configure(EntityTypeBuilder<PdsaCycle> e)
    {
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Question).HasMaxLength(1000);
        e.Property(x => x.Prediction).HasMaxLength(1000);
        e.Property(x => x.Scale).HasMaxLength(200);
        e.Property(x => x.Who).HasMaxLength(500);
        e.Property(x => x.What).HasMaxLength(1000);
        e.Property(x => x.Where).HasMaxLength(200);
        e.Property(x => x.DataToCollect).HasMaxLength(1000);
        e.Property(x => x.WhatHappened).HasMaxLength(2000);
        e.Property(x => x.Observations).HasMaxLength(2000);
        e.Property(x => x.Result).HasMaxLength(2000);
        e.Property(x => x.NextSteps).HasMaxLength(1000);
        e.Property(x => x.Decision).HasConversion<string>().HasMaxLength(20);
        e.HasOne(x => x.Initiative).WithMany(i => i.Cycles).HasForeignKey(x => x.InitiativeId);
        e.HasOne(x => x.ChangeIdea).WithMany(c => c.Cycles).HasForeignKey(x => x.ChangeIdeaId).OnDelete(DeleteBehavior.Cascade);
        e.HasOne(x => x.Measure).WithMany().HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne(x => x.MeasurePhase).WithMany().HasForeignKey(x => x.MeasurePhaseId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.ChangeIdeaId, x.Number }).IsUnique();
        e.HasIndex(x => new { x.InitiativeId, x.StartsOn });
        e.Ignore(x => x.Stage);
    }
}

internal sealed class InitiativeAnnotationConfiguration : IEntityTypeConfiguration<InitiativeAnnotation>
{
    public void Configure(EntityTypeBuilder<InitiativeAnnotation> e)
    {
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId);
        e.HasOne(x => x.MeasureAnnotation).WithMany().HasForeignKey(x => x.MeasureAnnotationId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.MeasureAnnotationId).IsUnique();
    }
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> e)
    {
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Description).HasMaxLength(4000);
        e.Property(x => x.Participants).HasMaxLength(1000);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.OrganisationId, x.StartsOn });
    }
}

internal sealed class AdoptionConfiguration : IEntityTypeConfiguration<Adoption>
{
    public void Configure(EntityTypeBuilder<Adoption> e)
    {
        e.Property(x => x.Adaptation).HasMaxLength(2000);
        e.Property(x => x.Result).HasMaxLength(2000);
        e.HasOne(x => x.Initiative).WithMany(i => i.Adoptions).HasForeignKey(x => x.InitiativeId);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId);
        e.HasOne(x => x.FromUnit).WithMany().HasForeignKey(x => x.FromUnitId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.InitiativeId, x.AdoptedOn });
    }
}

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> e)
    {
        e.Property(x => x.Title).HasMaxLength(200);
        e.Property(x => x.Body).HasMaxLength(20000);
        e.Property(x => x.Tags).HasMaxLength(LessonTags.MaxLength);
        e.Property(x => x.Links).HasMaxLength(2000);
        e.Property(x => x.Author).HasMaxLength(200);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.OrganisationId, x.RecordedOn });
    }
}

internal sealed class InterviewNoteConfiguration : IEntityTypeConfiguration<InterviewNote>
{
    public void Configure(EntityTypeBuilder<InterviewNote> e)
    {
        e.Property(x => x.IntervieweeRole).HasMaxLength(200);
        e.Property(x => x.Interviewer).HasMaxLength(200);
        e.Property(x => x.AuthorUserId).HasMaxLength(450);
        e.Property(x => x.Summary).HasMaxLength(4000);
        e.Property(x => x.Quotes).HasMaxLength(4000);
        // Flags as their integer: a set of themes in one column that SQL can test bit by bit.
        e.Property(x => x.Themes).HasConversion<int>();
        e.Property(x => x.Domains).HasConversion<int>();
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.Initiative).WithMany().HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.SetNull);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.SetNull);
        e.HasIndex(x => new { x.OrganisationId, x.InterviewedOn });
    }
}
