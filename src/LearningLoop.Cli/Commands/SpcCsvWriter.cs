using System.Globalization;
using CsvHelper;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Exports;

namespace LearningLoop.Cli.Commands;

/// <summary>One row per point: the contract's point fields plus the part's runs signal; empty cells for null.</summary>
internal static class SpcCsvWriter
{
    public static string Write(SpcChart chart)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            foreach (var header in new[] { "x", "y", "cl", "lcl", "ucl", "sigmaSignal", "part", "include", "runsSignal" })
                csv.WriteField(header);
            csv.NextRecord();
            foreach (var p in chart.Points)
            {
                csv.WriteField(SpreadsheetText.Neutralise(p.X));
                csv.WriteField(Number(p.Y));
                csv.WriteField(Number(p.Cl));
                csv.WriteField(Number(p.Lcl));
                csv.WriteField(Number(p.Ucl));
                csv.WriteField(Flag(p.SigmaSignal));
                csv.WriteField(p.Part.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(Flag(p.Include));
                csv.WriteField(Flag(chart.Parts[p.Part - 1].RunsSignal));
                csv.NextRecord();
            }
        }

        return text.ToString();
    }

    internal static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Flag(bool value) => value ? "true" : "false";
}
