using System.Globalization;
using CsvHelper;
using LearningLoop.Analytics.Spc;

namespace LearningLoop.Cli.Commands;

/// <summary>One row per point of a Making Data Count chart: the contract's point fields; empty cells for null.</summary>
internal static class MdcCsvWriter
{
    public static string Write(MdcChart chart)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "x", "y", "mean", "lpl", "upl", "specialCauseType", "pointType", "group" })
                csv.WriteField(header);
            csv.NextRecord();
            foreach (var p in chart.Points)
            {
                csv.WriteField(p.XText);
                csv.WriteField(SpcCsvWriter.Number(p.Y));
                csv.WriteField(SpcCsvWriter.Number(p.Mean));
                csv.WriteField(SpcCsvWriter.Number(p.Lpl));
                csv.WriteField(SpcCsvWriter.Number(p.Upl));
                csv.WriteField(p.SpecialCause.Text());
                csv.WriteField(p.PointType.Code());
                csv.WriteField(p.Group.ToString(CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        }

        return text.ToString();
    }
}
