using System.Text.Json.Nodes;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;

namespace LearningLoop.Web.Features.Measures;

/// <summary>The chart as JSON: the SPC contract's shape (points with x, y, cl, lcl, ucl, sigmaSignal, part, include;
/// parts with the runs analysis; docs/spc.md), each point with its period label added, and around it the chart type
/// and why, the rule set, the Making Data Count icons with their sentences, and each signal explained.</summary>
public static class MeasureChartJson
{
    public static JsonObject Build(Measure measure, MeasureChart reading)
    {
        var json = new JsonObject
        {
            ["measureId"] = measure.Id,
            ["name"] = measure.Name,
            ["chart"] = reading.ChartType.Name(),
            ["chartTitle"] = reading.ChartType.Title(),
            ["advice"] = reading.Advice is { } a ? new JsonObject { ["chart"] = a.Chart.Name(), ["reason"] = a.Reason } : null,
            ["multiply"] = measure.Multiplier,
            ["target"] = measure.Target,
            ["direction"] = measure.Direction.ToString(),
            ["rules"] = reading.Rules.Code(),
            ["rulesTitle"] = reading.Rules.Title(),
            ["summary"] = reading.Summary,
            ["problem"] = reading.Problem,
            ["icons"] = reading.Icons is { } i ? new JsonObject
            {
                ["variation"] = i.Variation.ToString(),
                ["variationText"] = i.VariationText,
                ["assurance"] = i.Assurance.ToString(),
                ["assuranceText"] = i.AssuranceText,
            } : null,
            ["signals"] = new JsonArray(reading.Signals.Select(s => (JsonNode)new JsonObject
            {
                ["kind"] = s.Kind.ToString(),
                ["part"] = s.Part,
                ["firstIndex"] = s.FirstIndex,
                ["lastIndex"] = s.LastIndex,
                ["text"] = s.Text,
            }).ToArray()),
        };
        // The contract's own writer keeps the numbers exactly as the CLI and the reference tests write them.
        var contract = reading.Chart is { } chart ? JsonNode.Parse(SpcContractJson.Write(chart))!.AsObject() : new JsonObject { ["points"] = new JsonArray(), ["parts"] = new JsonArray() };
        var points = contract["points"]!.AsArray();
        for (var k = 0; k < points.Count; k++)
        {
            points[k]!["period"] = PeriodLabels.Relabel(points[k]!["x"]!.GetValue<string>(), measure.Frequency);
            // With Making Data Count, cl/lcl/ucl are the mean and process limits; each point also names its types.
            if (reading.MakingDataCount is { } mdc)
            {
                points[k]!["specialCauseType"] = mdc.Points[k].SpecialCause.Text();
                points[k]!["pointType"] = mdc.Points[k].PointType.Code();
            }
        }
        foreach (var name in new[] { "points", "parts" })
        {
            var node = contract[name];
            contract.Remove(name);
            json[name] = node;
        }
        return json;
    }
}
