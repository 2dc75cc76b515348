using System.Text;
using System.Text.Json;

namespace LearningLoop.Analytics.Spc;

/// <summary>
/// Writes a Making Data Count chart in the contract's JSON shape (docs/spc.md, "Making Data Count"): points with x, y,
/// mean, lpl, upl, specialCauseType and pointType as NHSRplotthedots names them, and the summary's variation (the last
/// point's type) and assurance (null without a target or for a neutral measure).
/// </summary>
public static class MdcContractJson
{
    public static string Write(MdcChart chart, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            json.WriteStartObject();
            json.WriteStartArray("points");
            foreach (var p in chart.Points)
            {
                json.WriteStartObject();
                json.WriteString("x", p.XText);
                json.WriteNumber("y", p.Y);
                json.WriteNumber("mean", p.Mean);
                SpcContractJson.Number(json, "lpl", p.Lpl);
                SpcContractJson.Number(json, "upl", p.Upl);
                json.WriteString("specialCauseType", p.SpecialCause.Text());
                json.WriteString("pointType", p.PointType.Code());
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteString("variation", chart.LatestPointType.Code());
            if (chart.Assurance.Code() is { } assurance)
                json.WriteString("assurance", assurance);
            else
                json.WriteNull("assurance");
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
