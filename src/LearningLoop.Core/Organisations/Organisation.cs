using LearningLoop.Analytics.Spc;

namespace LearningLoop.Core.Organisations;

/// <summary>A hospital or health organisation: the tenant boundary. Everything below it is scoped to it.</summary>
public sealed class Organisation
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int? NetworkId { get; set; }
    public Network? Network { get; set; }

    /// <summary>Smallest group an aggregate may describe (never below 3); protects survey respondents.</summary>
    public int MinimumCellSize { get; set; } = 5;

    /// <summary>How many kiosk forms a survey wave may hand out beyond its population, in percent of it (default 10):
    /// a kiosk link cannot be used to stuff a wave with more answers than it has people (see <c>KioskAllowance</c>).</summary>
    public int KioskMarginPercent { get; set; } = Surveys.KioskAllowance.DefaultMarginPercent;

    /// <summary>The rule set a new measure starts with: Anhøj (qicharts2) or Making Data Count (NHS).</summary>
    public SpcRuleSet MeasureRuleSet { get; set; } = SpcRuleSet.Anhoj;

    public List<Division> Divisions { get; } = [];
    public List<Workgroup> Workgroups { get; } = [];
}
