using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;
using Measure = LearningLoop.Core.Measures.Measure;

namespace LearningLoop.Core.Tests.Measures;

public sealed class MeasureFhirExportTests
{
    private static readonly MeasureFhirExport.Context Context = new("4 West", "Riverside General Hospital", new DateTimeOffset(2025, 11, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_measure_and_one_report_per_period_parse_back_with_firely()
    {
        var measure = new Measure
        {
            Id = 7, OrganisationId = 1, Name = "30-day readmissions", Chart = SpcChartType.P, Multiplier = 100, Direction = ImprovementDirection.Down,
            Kind = MeasureKind.Outcome, OperationalDefinition = "Share of discharges readmitted within 30 days.", NumeratorDefinition = "Readmitted",
            DenominatorDefinition = "Discharged", ValueLabel = "% readmitted", Target = 12,
        };
        measure.Values.AddRange([
            new MeasureValue { Period = new(2025, 2, 1), Numerator = 14, Denominator = 112 },
            new MeasureValue { Period = new(2025, 1, 1), Numerator = 16, Denominator = 115 },
            new MeasureValue { Period = new(2025, 3, 1), Numerator = null, Denominator = 100 },
        ]);

        var json = MeasureFhirExport.ToJson(measure, measure.Values, Context);
        var bundle = new FhirJsonDeserializer().Deserialize<Bundle>(json);

        Assert.NotNull(bundle);
        Assert.Equal(Bundle.BundleType.Collection, bundle.Type);
        var definition = Assert.IsType<Hl7.Fhir.Model.Measure>(bundle.Entry[0].Resource);
        Assert.Equal("30-day readmissions", definition.Title);
        Assert.Equal("Measure30DayReadmissions", definition.Name);
        Assert.Equal("proportion", definition.Scoring!.Coding[0].Code);
        Assert.Equal("decrease", definition.ImprovementNotation!.Coding[0].Code);
        Assert.Equal("outcome", definition.Type[0].Coding[0].Code);
        Assert.Equal(["numerator", "denominator"], definition.Group[0].Population.Select(p => p.Code!.Coding[0].Code));

        var reports = bundle.Entry.Skip(1).Select(e => Assert.IsType<MeasureReport>(e.Resource)).ToList();
        Assert.Equal(2, reports.Count);
        var january = reports[0];
        Assert.Equal(definition.Url, january.Measure);
        Assert.Equal("2025-01-01", january.Period!.Start);
        Assert.Equal("2025-01-31", january.Period!.End);
        Assert.Equal(MeasureReport.MeasureReportType.Summary, january.Type);
        Assert.Equal(16, january.Group[0].Population.Single(p => p.Code!.Coding[0].Code == "numerator").Count);
        Assert.Equal(115, january.Group[0].Population.Single(p => p.Code!.Coding[0].Code == "denominator").Count);
        Assert.Equal(13.9130434783m, january.Group[0].MeasureScore!.Value);
        Assert.Equal("4 West", january.Subject!.Display);
    }

    [Fact]
    public void Fractional_numerators_keep_their_score_and_balancing_is_a_kind_of_its_own()
    {
        var measure = new Measure { Id = 9, OrganisationId = 1, Name = "Length of stay", Chart = SpcChartType.I, Kind = MeasureKind.Balancing, Direction = ImprovementDirection.Neither };
        measure.Values.Add(new MeasureValue { Period = new(2025, 1, 1), Numerator = 6.75 });
        var bundle = MeasureFhirExport.ToBundle(measure, measure.Values, Context);
        var definition = (Hl7.Fhir.Model.Measure)bundle.Entry[0].Resource!;
        Assert.Equal(MeasureFhirExport.KindSystem, definition.Type[0].Coding[0].System);
        Assert.Equal("continuous-variable", definition.Scoring!.Coding[0].Code);
        Assert.Null(definition.ImprovementNotation);
        var report = (MeasureReport)bundle.Entry[1].Resource!;
        Assert.Empty(report.Group[0].Population);
        Assert.Equal(6.75m, report.Group[0].MeasureScore!.Value);
    }
}
