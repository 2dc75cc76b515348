using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Measures;

/// <summary>A quality measure tracked over time on an SPC chart: an outcome, process or balancing measure owned by a
/// unit, a division or the whole organisation. Initiatives may later point at it; it exists on its own.</summary>
public sealed class Measure : IOrganisationOwned
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }

    /// <summary>Who owns the measure; <see cref="UnitId"/> or <see cref="DivisionId"/> is set to match.</summary>
    public MeasureOwnerLevel OwnerLevel { get; set; } = MeasureOwnerLevel.Unit;
    public int? UnitId { get; set; }
    public Unit? Unit { get; set; }
    public int? DivisionId { get; set; }
    public Division? Division { get; set; }

    public required string Name { get; set; }

    /// <summary>What exactly is counted, from which source, with which exclusions: the measure's contract.</summary>
    public string OperationalDefinition { get; set; } = "";
    public MeasureKind Kind { get; set; } = MeasureKind.Outcome;
    public string NumeratorDefinition { get; set; } = "";
    public string DenominatorDefinition { get; set; } = "";

    /// <summary>How the charted value reads, e.g. "Falls per 1,000 bed days" or "Days".</summary>
    public string ValueLabel { get; set; } = "";
    public MeasureFrequency Frequency { get; set; } = MeasureFrequency.Month;

    /// <summary>The chart chosen by a person; null lets the chart advisor propose one from the data.</summary>
    public SpcChartType? Chart { get; set; }

    /// <summary>Scales rate and proportion charts: 100 for percent, 1,000 per 1,000 bed days.</summary>
    public double Multiplier { get; set; } = 1;
    public ImprovementDirection Direction { get; set; } = ImprovementDirection.Neither;
    public double? Target { get; set; }

    /// <summary>The rules that judge the chart and make its icons: qicharts2's (Anhøj) or Making Data Count's (NHS).
    /// A new measure starts with its organisation's <see cref="Organisation.MeasureRuleSet"/>.</summary>
    public SpcRuleSet RuleSet { get; set; } = SpcRuleSet.Anhoj;

    /// <summary>The last period of the baseline that sets the centre line and limits; later periods are judged
    /// against them. Kept as a period rather than a point number so that adding data never moves it.</summary>
    public DateOnly? BaselineEnd { get; set; }

    public List<MeasureValue> Values { get; } = [];
    public List<MeasurePhase> Phases { get; } = [];
    public List<MeasureAnnotation> Annotations { get; } = [];

    /// <summary>The unit or division id the measure belongs to, or null for the organisation.</summary>
    public int? OwnerId => OwnerLevel switch
    {
        MeasureOwnerLevel.Unit => UnitId,
        MeasureOwnerLevel.Division => DivisionId,
        _ => null,
    };
}

public enum MeasureOwnerLevel
{
    Organisation,
    Division,
    Unit,
}

/// <summary>The three families of the Model for Improvement's family of measures.</summary>
public enum MeasureKind
{
    /// <summary>How the system performs for patients (e.g. falls, readmissions).</summary>
    Outcome,
    /// <summary>Whether the changes are carried out (e.g. hand-hygiene compliance).</summary>
    Process,
    /// <summary>What might get worse elsewhere because of the changes (e.g. length of stay while reducing readmissions).</summary>
    Balancing,
}

public enum MeasureFrequency
{
    Week,
    Month,
}
