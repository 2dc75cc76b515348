using System.Text;
using LearningLoop.Analytics.Census;

namespace LearningLoop.Analytics.Tests.Census;

public sealed class FhirInstantTests
{
    [Theory]
    [InlineData("2025-03-09T01:59:59-05:00", "2025-03-09T06:59:59Z")]
    [InlineData("2025-01-01T00:30:00+01:00", "2024-12-31T23:30:00Z")]
    [InlineData("2025-01-01T10:00:00.1234567891Z", "2025-01-01T10:00:00.1234567Z")]
    [InlineData("2024-02-29T12:00Z", "2024-02-29T12:00:00Z")]
    [InlineData("2025-06-30T23:00:00+14:00", "2025-06-30T09:00:00Z")]
    public void Reads_the_instant_in_utc(string text, string utc)
    {
        var status = FhirInstant.TryParse(Encoding.UTF8.GetBytes(text), out var ticks);

        Assert.Equal(InstantStatus.Ok, status);
        Assert.Equal(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AdjustToUniversal).Ticks, ticks);
    }

    [Theory]
    [InlineData("2025-01-01T10:00:00", "NoOffset")]
    [InlineData("2025-01-01T10:00", "NoOffset")]
    [InlineData("2025-01-01", "NoTime")]
    [InlineData("2025-01", "NoTime")]
    [InlineData("2025-02-29T10:00:00Z", "Invalid")]
    [InlineData("2025-01-01T24:00:00Z", "Invalid")]
    [InlineData("2025-01-01T10:00:00+0100", "Invalid")]
    [InlineData("2025-01-01T10:00:00+15:00", "Invalid")]
    [InlineData("2025-01-01 10:00:00Z", "Invalid")]
    [InlineData("yesterday", "Invalid")]
    public void Tells_a_missing_offset_from_a_date_and_from_nonsense(string text, string expected)
    {
        Assert.Equal(Enum.Parse<InstantStatus>(expected), FhirInstant.TryParse(Encoding.UTF8.GetBytes(text), out _));
    }
}
