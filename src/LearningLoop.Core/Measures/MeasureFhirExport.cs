using System.Globalization;
using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LearningLoop.Analytics.Spc;
using FhirModel = Hl7.Fhir.Model;

namespace LearningLoop.Core.Measures;

/// <summary>A measure and its data as FHIR R4: one <c>Measure</c> (the definition) and one summary <c>MeasureReport</c>
/// per period (numerator and denominator counts and the charted score), in a collection <c>Bundle</c>, written with the
/// Firely SDK. What FHIR has no field for (chart type, multiplier, target) goes into <c>Measure.guidance</c> as text.</summary>
public static class MeasureFhirExport
{
    public const string ContentType = "application/fhir+json";
    private const string ScoringSystem = "http://terminology.hl7.org/CodeSystem/measure-scoring";
    private const string TypeSystem = "http://terminology.hl7.org/CodeSystem/measure-type";
    private const string ImprovementSystem = "http://terminology.hl7.org/CodeSystem/measure-improvement-notation";
    private const string PopulationSystem = "http://terminology.hl7.org/CodeSystem/measure-population";
    /// <summary>FHIR's measure types have no "balancing"; the Model for Improvement's family of measures does.</summary>
    public const string KindSystem = "urn:learningloop:measure-kind";
    public const string IdentifierSystem = "urn:learningloop:measure";

    /// <summary>Where the measure lives: the owner's name (unit, division or organisation) and the organisation's.</summary>
    public sealed record Context(string OwnerName, string OrganisationName, DateTimeOffset Exported);

    public static string ToJson(Measure measure, IReadOnlyList<MeasureValue> values, Context context) =>
        ToBundle(measure, values, context).ToJson(pretty: true);

    public static Bundle ToBundle(Measure measure, IReadOnlyList<MeasureValue> values, Context context)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Timestamp = context.Exported };
        bundle.Entry.Add(new Bundle.EntryComponent { Resource = ToMeasure(measure, context) });
        foreach (var report in ToReports(measure, values, context))
        {
            bundle.Entry.Add(new Bundle.EntryComponent { Resource = report });
        }
        return bundle;
    }

    public static string CanonicalUrl(Measure measure) =>
        string.Create(CultureInfo.InvariantCulture, $"urn:learningloop:organisation:{measure.OrganisationId}:measure:{measure.Id}");

    public static FhirModel.Measure ToMeasure(Measure measure, Context context)
    {
        var resource = new FhirModel.Measure
        {
            Id = measure.Id.ToString(CultureInfo.InvariantCulture),
            Url = CanonicalUrl(measure),
            Identifier = [new Identifier(IdentifierSystem, measure.Id.ToString(CultureInfo.InvariantCulture))],
            Name = ComputableName(measure.Name),
            Title = measure.Name,
            Status = PublicationStatus.Active,
            Publisher = context.OrganisationName,
            Description = measure.OperationalDefinition.Length > 0 ? new Markdown(measure.OperationalDefinition) : null,
            Scoring = new CodeableConcept(ScoringSystem, Scoring(measure.Chart, measure.DenominatorDefinition.Length > 0)),
            Type = [Kind(measure.Kind)],
            ImprovementNotation = measure.Direction switch
            {
                ImprovementDirection.Up => new CodeableConcept(ImprovementSystem, "increase"),
                ImprovementDirection.Down => new CodeableConcept(ImprovementSystem, "decrease"),
                _ => null,
            },
            Guidance = new Markdown(Guidance(measure, context)),
        };
        var group = new FhirModel.Measure.GroupComponent();
        group.Population.Add(Population("numerator", measure.NumeratorDefinition));
        if (measure.DenominatorDefinition.Length > 0)
        {
            group.Population.Add(Population("denominator", measure.DenominatorDefinition));
        }
        resource.Group.Add(group);
        return resource;
    }

    /// <summary>One report per period. Several rows of one period (an xbar subgroup) are summed, and their score is the
    /// subgroup's mean, as the chart draws it. FHIR population counts are integers: a fractional numerator (e.g. hours)
    /// is left out of the counts and only its score is reported.</summary>
    public static IEnumerable<MeasureReport> ToReports(Measure measure, IReadOnlyList<MeasureValue> values, Context context)
    {
        foreach (var period in values.Where(v => v.Numerator is not null).GroupBy(v => v.Period).OrderBy(g => g.Key))
        {
            var numerator = period.Sum(v => v.Numerator!.Value);
            var denominators = period.Where(v => v.Denominator is not null).ToList();
            double? denominator = denominators.Count == period.Count() ? denominators.Sum(v => v.Denominator!.Value) : null;
            var score = denominator is { } n ? MeasureValues.Charted(measure.Multiplier, numerator, n) : numerator / period.Count() * measure.Multiplier;
            var label = MeasurePeriods.Label(period.Key, measure.Frequency);
            var report = new MeasureReport
            {
                Id = string.Create(CultureInfo.InvariantCulture, $"m{measure.Id}-{label}"),
                Status = MeasureReport.MeasureReportStatus.Complete,
                Type = MeasureReport.MeasureReportType.Summary,
                Measure = CanonicalUrl(measure),
                Subject = new ResourceReference { Display = context.OwnerName },
                Date = context.Exported.ToString("o", CultureInfo.InvariantCulture),
                Reporter = new ResourceReference { Display = context.OrganisationName },
                Period = new Period(
                    new FhirDateTime(MeasurePeriods.X(period.Key)),
                    new FhirDateTime(MeasurePeriods.X(MeasurePeriods.End(period.Key, measure.Frequency)))),
            };
            var group = new MeasureReport.GroupComponent();
            if (Count(numerator) is { } numeratorCount)
            {
                group.Population.Add(new MeasureReport.PopulationComponent { Code = new CodeableConcept(PopulationSystem, "numerator"), Count = numeratorCount });
            }
            if (denominator is { } d && Count(d) is { } denominatorCount)
            {
                group.Population.Add(new MeasureReport.PopulationComponent { Code = new CodeableConcept(PopulationSystem, "denominator"), Count = denominatorCount });
            }
            if (score is { } s && Math.Abs(s) < 1e15)
            {
                group.MeasureScore = new Quantity { Value = (decimal)Math.Round(s, 10), Unit = measure.ValueLabel.Length > 0 ? measure.ValueLabel : null };
            }
            report.Group.Add(group);
            yield return report;
        }
    }

    /// <summary>R4 requires a criteria expression on every population. The counts come from the hospital's own
    /// systems, not from a computable expression, so the criteria is the definition in words (text/plain).</summary>
    private static FhirModel.Measure.PopulationComponent Population(string code, string definition) => new()
    {
        Code = new CodeableConcept(PopulationSystem, code),
        Description = definition.Length > 0 ? definition : null,
        Criteria = new Expression { Language = "text/plain", Expression_ = definition.Length > 0 ? definition : code },
    };

    private static int? Count(double value) => value == Math.Floor(value) && value is >= 0 and <= int.MaxValue ? (int)value : null;

    /// <summary>FHIR's scoring: proportions for p charts, ratios for rates, cohorts for counts, continuous variables
    /// for measurements; a measure without a chosen chart is scored by whether it has a denominator.</summary>
    private static string Scoring(SpcChartType? chart, bool hasDenominator) => chart switch
    {
        SpcChartType.P or SpcChartType.PP => "proportion",
        SpcChartType.U or SpcChartType.UP or SpcChartType.IP => "ratio",
        SpcChartType.C or SpcChartType.G => "cohort",
        null when hasDenominator => "ratio",
        _ => "continuous-variable",
    };

    private static CodeableConcept Kind(MeasureKind kind) => kind switch
    {
        MeasureKind.Outcome => new CodeableConcept(TypeSystem, "outcome", "Outcome"),
        MeasureKind.Process => new CodeableConcept(TypeSystem, "process", "Process"),
        _ => new CodeableConcept(KindSystem, "balancing", "Balancing"),
    };

    private static string Guidance(Measure measure, Context context)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Owned by {context.OwnerName}. Reported every {measure.Frequency.ToString().ToLowerInvariant()}");
        text.Append(measure.Chart is { } chart ? $" on a {chart.Title()}" : " on the chart the advisor proposes");
        if (measure.Multiplier != 1)
            text.Append(CultureInfo.InvariantCulture, $", multiplied by {measure.Multiplier:0.####}");
        text.Append('.');
        if (measure.ValueLabel.Length > 0)
            text.Append(CultureInfo.InvariantCulture, $" Values are {measure.ValueLabel}.");
        if (measure.Target is { } target)
            text.Append(CultureInfo.InvariantCulture, $" Target: {target:0.####}.");
        return text.ToString();
    }

    /// <summary>Measure.name must be machine-friendly: letters, digits and underscores, starting with a capital.</summary>
    private static string ComputableName(string name)
    {
        var words = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]);
        var joined = string.Concat(words);
        if (joined.Length == 0 || !char.IsAsciiLetterUpper(joined[0]))
            joined = "Measure" + joined;
        return joined.Length > 255 ? joined[..255] : joined;
    }
}
