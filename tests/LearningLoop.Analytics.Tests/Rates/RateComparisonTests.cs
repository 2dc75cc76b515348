using System.Text.Json;
using FsCheck;
using FsCheck.Xunit;
using LearningLoop.Analytics.Rates;

namespace LearningLoop.Analytics.Tests.Rates;

/// <summary>Rate ratios against R's poisson.test (Reference/rates/rate_ratios.json), to 1e-9 relative.</summary>
public sealed class RateComparisonTests
{
    private const double Tolerance = 1e-9;

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Reference().GetArrayLength(); i++)
            data.Add(i);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Matches_R_poisson_test(int index)
    {
        var expected = Reference()[index];
        var before = Rate(expected.GetProperty("before"));
        var after = Rate(expected.GetProperty("after"));

        var result = RateComparison.Compare(before, after);

        Close(expected, "rateBeforePer10000", result.RateBeforePer10000);
        Close(expected, "rateAfterPer10000", result.RateAfterPer10000);
        Close(expected, "rateRatio", result.RateRatio);
        Close(expected, "ciLow", result.CiLow);
        Close(expected, "ciHigh", result.CiHigh);
        Close(expected, "p", result.P);
    }

    [Fact]
    public void The_overview_health_system_rose_by_22_4_percent()
    {
        var result = RateComparison.Compare(new EventRate(1652, 100_000), new EventRate(2022, 100_000));

        Assert.Equal(22.397, result.PercentChange!.Value, 3);
    }

    [Fact]
    public void No_events_in_either_period_gives_no_ratio_interval_or_p()
    {
        var result = RateComparison.Compare(new EventRate(0, 900), new EventRate(0, 1000));

        Assert.Equal(0, result.RateAfterPer10000);
        Assert.Null(result.RateRatio);
        Assert.Null(result.CiLow);
        Assert.Null(result.CiHigh);
        Assert.Null(result.PercentChange);
    }

    [Fact]
    public void Periods_without_patient_days_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RateComparison.Compare(new EventRate(3, 0), new EventRate(4, 100)));
    }

    [Property(MaxTest = 200)]
    public bool Interval_contains_the_ratio_and_narrows_with_more_data(PositiveInt a, PositiveInt b)
    {
        var small = RateComparison.Compare(new EventRate(a.Get, 1000), new EventRate(b.Get, 1200));
        var large = RateComparison.Compare(new EventRate(a.Get * 10L, 10_000), new EventRate(b.Get * 10L, 12_000));
        var ratio = small.RateRatio!.Value;
        return small.CiLow!.Value <= ratio && ratio <= small.CiHigh!.Value
            && large.CiHigh!.Value - large.CiLow!.Value < small.CiHigh.Value - small.CiLow.Value
            && small.P is > 0 and <= 1;
    }

    private static EventRate Rate(JsonElement period) =>
        new(period.GetProperty("events").GetInt64(), period.GetProperty("patientDays").GetDouble());

    private static void Close(JsonElement expected, string name, double? actual)
    {
        var value = expected.GetProperty(name);
        if (value.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        var e = value.GetDouble();
        var error = e == 0 ? Math.Abs(actual.Value) : Math.Abs(actual.Value - e) / Math.Abs(e);
        Assert.True(error <= Tolerance, $"{name}: expected {e:R}, got {actual.Value:R} (relative error {error:E2})");
    }

    private static JsonElement Reference() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Reference", "rates", "rate_ratios.json"))).RootElement;
}
