using System.Text.Json;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>The Making Data Count rules reproduce NHSRplotthedots 0.2.2 on every reference case.</summary>
public sealed class MdcReferenceCaseTests
{
    public static TheoryData<string> Cases() => MdcReferenceCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Engine_matches_NHSRplotthedots(string name)
    {
        var expected = MdcReferenceCases.Expected(name);

        var chart = MdcRules.Analyse(MdcReferenceCases.Observations(name), MdcReferenceCases.Options(expected));

        MdcReferenceCases.AssertEqual(expected, JsonDocument.Parse(MdcContractJson.Write(chart)).RootElement);
    }

    [Fact]
    public void The_cases_cover_every_special_cause_type_the_rules_name_on_both_sides_but_trend_decreasing()
    {
        var seen = MdcReferenceCases.All().SelectMany(n => MdcReferenceCases.Expected(n).GetProperty("points").EnumerateArray())
            .Select(p => p.GetProperty("specialCauseType").GetString()).ToHashSet();

        var named = Enum.GetValues<MdcSpecialCause>().Where(c => c != MdcSpecialCause.TrendDecreasing).Select(c => c.Text());
        Assert.Subset(seen!, named.ToHashSet());
    }
}
