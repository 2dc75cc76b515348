using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningLoop.Core.Measures;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> e)
    {
        e.Property(x => x.Name).HasMaxLength(200);
        e.Property(x => x.OperationalDefinition).HasMaxLength(4000);
        e.Property(x => x.NumeratorDefinition).HasMaxLength(1000);
        e.Property(x => x.DenominatorDefinition).HasMaxLength(1000);
        e.Property(x => x.ValueLabel).HasMaxLength(100);
        // Enums as names: readable in SQL and stable if members are reordered.
        e.Property(x => x.OwnerLevel).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Frequency).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Chart).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.Direction).HasConversion<string>().HasMaxLength(20);
        // Measures made before rule sets existed keep qicharts2's rules.
        e.Property(x => x.RuleSet).HasConversion<string>().HasMaxLength(20).HasDefaultValue(SpcRuleSet.Anhoj);
        e.HasOne<Organisation>().WithMany().HasForeignKey(x => x.OrganisationId);
        e.HasOne(x => x.Unit).WithMany().HasForeignKey(x => x.UnitId).OnDelete(DeleteBehavior.Restrict);
        e.HasOne(x => x.Division).WithMany().HasForeignKey(x => x.DivisionId).OnDelete(DeleteBehavior.Restrict);
        e.HasIndex(x => new { x.OrganisationId, x.UnitId });
        e.Ignore(x => x.OwnerId);
    }
}

internal sealed class MeasureValueConfiguration : IEntityTypeConfiguration<MeasureValue>
{
    public void Configure(EntityTypeBuilder<MeasureValue> e)
    {
        e.HasOne(x => x.Measure).WithMany(m => m.Values).HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
        // Not unique: xbar and s charts keep several measurements per period.
        e.HasIndex(x => new { x.MeasureId, x.Period });
    }
}

internal sealed class MeasurePhaseConfiguration : IEntityTypeConfiguration<MeasurePhase>
{
    public void Configure(EntityTypeBuilder<MeasurePhase> e)
    {
        e.Property(x => x.Label).HasMaxLength(200);
        e.HasOne(x => x.Measure).WithMany(m => m.Phases).HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.MeasureId, x.StartsOn }).IsUnique();
    }
}

internal sealed class MeasureAnnotationConfiguration : IEntityTypeConfiguration<MeasureAnnotation>
{
    public void Configure(EntityTypeBuilder<MeasureAnnotation> e)
    {
        e.Property(x => x.Text).HasMaxLength(200);
        e.HasOne(x => x.Measure).WithMany(m => m.Annotations).HasForeignKey(x => x.MeasureId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => x.MeasureId);
    }
}
