using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json.Serialization;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Web.Features.Measures;

/// <summary>A measure's definition as the page's form and the API's body share it. Field names are the keys of
/// validation errors. Periods (baseline end, phase starts) are text, as people write them ("2023-12", "2024-W10").
/// Texts and lists never hold null: form binding turns an empty field into null, and a JSON body may send null.</summary>
public sealed class MeasureForm
{
    [Required(ErrorMessage = "Name the measure."), StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set => field = value ?? ""; } = "";

    public MeasureOwnerLevel OwnerLevel { get; set; } = MeasureOwnerLevel.Unit;
    public int? UnitId { get; set; }
    public int? DivisionId { get; set; }

    [StringLength(4000, ErrorMessage = "Keep the operational definition under 4,000 characters.")]
    public string OperationalDefinition { get; set => field = value ?? ""; } = "";

    public MeasureKind Kind { get; set; } = MeasureKind.Outcome;

    [StringLength(1000, ErrorMessage = "Keep the definition under 1,000 characters.")]
    public string NumeratorDefinition { get; set => field = value ?? ""; } = "";

    [StringLength(1000, ErrorMessage = "Keep the definition under 1,000 characters.")]
    public string DenominatorDefinition { get; set => field = value ?? ""; } = "";

    [StringLength(100, ErrorMessage = "Keep the label under 100 characters.")]
    public string ValueLabel { get; set => field = value ?? ""; } = "";

    public MeasureFrequency Frequency { get; set; } = MeasureFrequency.Month;

    /// <summary>Null lets the chart advisor choose from the data.</summary>
    public SpcChartType? Chart { get; set; }

    [Range(1e-9, 1e9, ErrorMessage = "The multiplier must be above zero: 1 as it is, 100 for percent, 1000 per 1,000.")]
    public double Multiplier { get; set; } = 1;

    public ImprovementDirection Direction { get; set; } = ImprovementDirection.Down;

    public double? Target { get; set; }

    /// <summary>The rules that judge the chart and make its icons; null takes the organisation's default.</summary>
    public SpcRuleSet? RuleSet { get; set; }

    /// <summary>The last period of the baseline, e.g. "2023-12"; empty for none.</summary>
    public string? BaselineEnd { get; set; }

    // Never null: a form post or a JSON body without rows (or with null) means no rows.
    public List<PhaseInput> Phases { get => _phases; set => _phases = value ?? []; }
    private List<PhaseInput> _phases = [];

    public List<AnnotationInput> Annotations { get => _annotations; set => _annotations = value ?? []; }
    private List<AnnotationInput> _annotations = [];

    /// <summary>The page's single "belongs to" choice ("unit:12", "division:3", "organisation"), mapped onto the three
    /// owner fields the API uses.</summary>
    [JsonIgnore]
    public string Owner
    {
        get => OwnerLevel switch
        {
            MeasureOwnerLevel.Unit => UnitId is { } u ? $"unit:{u.ToString(CultureInfo.InvariantCulture)}" : "",
            MeasureOwnerLevel.Division => DivisionId is { } d ? $"division:{d.ToString(CultureInfo.InvariantCulture)}" : "",
            _ => "organisation",
        };
        set
        {
            var parts = (value ?? "").Split(':');
            int? id = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            (OwnerLevel, UnitId, DivisionId) = parts[0] switch
            {
                "organisation" => (MeasureOwnerLevel.Organisation, (int?)null, (int?)null),
                "division" => (MeasureOwnerLevel.Division, null, id),
                _ => (MeasureOwnerLevel.Unit, id, null),
            };
        }
    }

    public static MeasureForm From(Measure m) => new()
    {
        Name = m.Name, OwnerLevel = m.OwnerLevel, UnitId = m.UnitId, DivisionId = m.DivisionId,
        OperationalDefinition = m.OperationalDefinition, Kind = m.Kind, NumeratorDefinition = m.NumeratorDefinition,
        DenominatorDefinition = m.DenominatorDefinition, ValueLabel = m.ValueLabel, Frequency = m.Frequency, Chart = m.Chart,
        Multiplier = m.Multiplier, Direction = m.Direction, Target = m.Target, RuleSet = m.RuleSet,
        BaselineEnd = m.BaselineEnd is { } end ? MeasurePeriods.Label(end, m.Frequency) : null,
        Phases = m.Phases.OrderBy(p => p.StartsOn).Select(p => new PhaseInput { StartsOn = MeasurePeriods.Label(p.StartsOn, m.Frequency), Label = p.Label }).ToList(),
        Annotations = m.Annotations.OrderBy(a => a.Date).Select(a => new AnnotationInput { Date = a.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Text = a.Text }).ToList(),
    };
}

/// <summary>A phase break: from this period on, the chart starts a new part with its own centre line and limits.</summary>
public sealed class PhaseInput
{
    public string? StartsOn { get; set; }
    public string? Label { get; set; }
}

/// <summary>A note on the chart at a date.</summary>
public sealed class AnnotationInput
{
    public string? Date { get; set; }
    public string? Text { get; set; }
}
