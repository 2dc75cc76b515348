using System.Globalization;
using CsvHelper;
using LearningLoop.Analytics.Census;

namespace LearningLoop.Cli.Commands;

/// <summary>The census days as CSV, <c>unit,date,patientDays</c>; skipped lines and unmapped locations are not in it.</summary>
internal static class CensusCsvWriter
{
    public static void Write(CensusResult result, TextWriter output)
    {
        using var csv = new CsvWriter(output, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteField("unit");
        csv.WriteField("date");
        csv.WriteField("patientDays");
        csv.NextRecord();
        foreach (var day in result.Days)
        {
            csv.WriteField(day.Unit);
            csv.WriteField(day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            csv.WriteField(day.PatientDays);
            csv.NextRecord();
        }
    }
}
