using LearningLoop.Core.Measures;

namespace LearningLoop.Web.Features.Measures;

/// <summary>The data grid: one row per period, as text so that a mistyped number comes back with its row and field
/// named rather than silently lost.</summary>
public sealed class MeasureValuesForm
{
    public List<ValueRowInput> Rows { get => _rows; set => _rows = value ?? []; }
    private List<ValueRowInput> _rows = [];

    /// <summary>Which button was pressed: "save", or "add" for more empty rows.</summary>
    public string? Action { get; set; }

    public static MeasureValuesForm From(Measure measure, IEnumerable<MeasureValue> values) => new()
    {
        Rows = values.OrderBy(v => v.Period).ThenBy(v => v.Id).Select(v => new ValueRowInput
        {
            Period = MeasurePeriods.Label(v.Period, measure.Frequency),
            Numerator = MeasureValueText.Number(v.Numerator),
            Denominator = MeasureValueText.Number(v.Denominator),
        }).ToList(),
    };

    /// <summary>Adds empty rows, the first few prefilled with the periods that follow the last one given.</summary>
    public void AddRows(Measure measure, int count)
    {
        var last = Rows.Select(r => MeasurePeriods.TryParse(r.Period, measure.Frequency, out var p) ? p : (DateOnly?)null).Where(p => p is not null).Max();
        for (var i = 0; i < count; i++)
        {
            string? period = null;
            if (last is { } previous)
            {
                last = MeasurePeriods.Next(previous, measure.Frequency);
                period = MeasurePeriods.Label(last.Value, measure.Frequency);
            }
            Rows.Add(new ValueRowInput { Period = period });
        }
    }
}

public sealed class ValueRowInput
{
    public string? Period { get; set; }
    public string? Numerator { get; set; }
    public string? Denominator { get; set; }
}
