using System.Globalization;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Web.Features.Measures;

public sealed record PhaseDto(string StartsOn, string Label);

public sealed record AnnotationDto(string Date, string Text);

/// <summary>A measure as the API returns it; periods as people write them ("2023-12").</summary>
public sealed record MeasureDto(
    int Id, string Name, MeasureOwnerLevel OwnerLevel, int? UnitId, int? DivisionId, string Owner,
    MeasureKind Kind, string OperationalDefinition, string NumeratorDefinition, string DenominatorDefinition, string ValueLabel,
    MeasureFrequency Frequency, SpcChartType? Chart, double Multiplier, ImprovementDirection Direction, double? Target,
    string? BaselineEnd, IReadOnlyList<PhaseDto> Phases, IReadOnlyList<AnnotationDto> Annotations, int Values, SpcRuleSet RuleSet)
{
    public static MeasureDto From(Measure m, string owner) => new(
        m.Id, m.Name, m.OwnerLevel, m.UnitId, m.DivisionId, owner, m.Kind, m.OperationalDefinition, m.NumeratorDefinition,
        m.DenominatorDefinition, m.ValueLabel, m.Frequency, m.Chart, m.Multiplier, m.Direction, m.Target,
        m.BaselineEnd is { } end ? MeasurePeriods.Label(end, m.Frequency) : null,
        m.Phases.OrderBy(p => p.StartsOn).Select(p => new PhaseDto(MeasurePeriods.Label(p.StartsOn, m.Frequency), p.Label)).ToList(),
        m.Annotations.OrderBy(a => a.Date).Select(a => new AnnotationDto(a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), a.Text)).ToList(),
        m.Values.Count, m.RuleSet);
}

/// <summary>One period's data; <see cref="Value"/> is what the chart plots (numerator / denominator x multiplier).</summary>
public sealed record MeasureValueDto(string Period, double? Numerator, double? Denominator, double? Value);

/// <summary>A row sent to <c>PUT /measures/{id}/values</c>; numbers or null, the period as text.</summary>
public sealed record MeasureValueBody(string? Period, double? Numerator, double? Denominator);
