namespace LearningLoop.Core.Measures;

/// <summary>One period's data: the numerator (or the value itself when there is no denominator) and the denominator.
/// A period holds one row, except on xbar and s charts, where each row is one measurement of the period's subgroup.</summary>
public sealed class MeasureValue
{
    public int Id { get; set; }
    public int MeasureId { get; set; }
    public Measure? Measure { get; set; }

    /// <summary>The first day of the period: the 1st of the month, or the Monday of the week.</summary>
    public DateOnly Period { get; set; }

    /// <summary>The count or measurement; null marks a period whose value is missing (drawn as a gap).</summary>
    public double? Numerator { get; set; }

    /// <summary>The area of opportunity (bed days, patients, discharges), for rate and proportion charts.</summary>
    public double? Denominator { get; set; }
}
