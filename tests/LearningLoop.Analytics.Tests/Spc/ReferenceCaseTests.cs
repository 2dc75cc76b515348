using System.Text.Json;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Analytics.Tests.Spc;

/// <summary>The engine reproduces qicharts2 0.8.1 on every reference case.</summary>
public sealed class ReferenceCaseTests
{
    public static TheoryData<string> Cases() => ReferenceCases.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Engine_matches_qicharts2(string name)
    {
        var expected = ReferenceCases.Expected(name);
        var chart = SpcEngine.Analyse(ReferenceCases.Observations(name), ReferenceCases.Options(expected));

        var actual = JsonDocument.Parse(SpcContractJson.Write(chart)).RootElement;

        ContractAssert.Equal(expected, actual);
    }

    [Fact]
    public void Every_chart_type_has_a_reference_case()
    {
        var covered = ReferenceCases.All().Select(name => ReferenceCases.Options(ReferenceCases.Expected(name)).Chart).ToHashSet();

        Assert.Equal(Enum.GetValues<SpcChartType>().ToHashSet(), covered);
    }
}
