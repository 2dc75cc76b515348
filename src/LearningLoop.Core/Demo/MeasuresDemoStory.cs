using LearningLoop.Analytics.Spc;
using LearningLoop.Core.Measures;
using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Demo;

/// <summary>Five years of monthly measures (January 2021 to the demo's today) for the hospital's inpatient units:
/// falls, hand hygiene, pressure injuries, length of stay, 30-day readmissions and time to antibiotics, plus a
/// hospital-wide and a Medicine-division measure. The baseline is 2021-2023. On 4 West, length of stay and
/// readmissions shift down from late 2024 after the relational intervention (SPC signals after the change); 5 West
/// and the other units stay flat; ICU's hand hygiene dips in the last three months. Each series is drawn from the
/// world's seeded random source and checked with the SPC engine, redrawn while it contradicts the story (a chance
/// signal on a flat unit, a missing one on 4 West), so the story holds whatever the other parts drew before.</summary>
public sealed class MeasuresDemoStory : IDemoStory
{
    public int Order => 20;

    public static readonly DateOnly FirstMonth = new(2021, 1, 1);
    public static readonly DateOnly BaselineEnd = new(2023, 12, 1);
    public static readonly DateOnly InterventionStarts = new(2024, 3, 1);
    public static readonly DateOnly ShiftFrom = new(2024, 10, 1);

    /// <summary>Stays shorten a quarter after readmissions fall, once the checklist is routine: the two charts tell one
    /// story without showing the same run over the same points.</summary>
    public static readonly DateOnly StaysShortenFrom = new(2025, 1, 1);
    public static readonly DateOnly HygieneDipFrom = new(2025, 8, 1);
    private const int Attempts = 60;

    /// <summary>Per unit: length of stay (days), readmissions, falls per 1,000 bed days, hand hygiene, pressure
    /// injuries a month and minutes to antibiotics. Null leaves the measure out (no falls charted on a neonatal unit).</summary>
    private sealed record Plan(string Unit, double? Los, double? Readmissions, double? Falls, double Hygiene, double? PressureInjuries, double Antibiotics);

    private static readonly Plan[] Plans =
    [
        new("4 West", 6.8, 0.14, 4.0, 0.88, 1.4, 74),
        new("5 West", 6.9, 0.135, 4.2, 0.86, 1.5, 78),
        new("6 North Cardiology", 5.2, 0.12, 3.1, 0.90, 0.9, 70),
        new("3 East", 4.6, 0.08, 2.8, 0.85, 1.1, 82),
        new("3 West Orthopaedics", 5.8, 0.07, 3.5, 0.87, 1.6, 85),
        new("ICU", 3.9, 0.06, 1.2, 0.93, 2.2, 48),
        new("Maternity", null, null, null, 0.91, null, 66),
        new("Neonatal Unit", null, null, null, 0.94, null, 55),
        new("Paediatrics", null, null, null, 0.89, null, 62),
    ];

    public async Task TellAsync(DemoWorld world, CancellationToken ct)
    {
        var months = Months(world.Today);
        var draw = new DemoDraws(world.Random);
        var measures = new List<Measure>();
        var readmissions = new List<Measure>();
        foreach (var plan in Plans.Where(p => world.Units.ContainsKey(p.Unit)))
        {
            var unit = world.Units[plan.Unit];
            measures.AddRange(UnitMeasures(world.Hospital.Id, unit, plan, months, draw, readmissions));
        }
        measures.Add(HospitalReadmissions(world.Hospital.Id, readmissions, months));
        if (world.Units.Values.FirstOrDefault(u => u.Name == "4 West") is { } fourWest)
        {
            measures.Add(DischargesBeforeNoon(world.Hospital.Id, fourWest.DivisionId, months, draw));
        }
        // One insert for every measure and its values: seeding stays well under a second on SQLite.
        world.Db.Measures.AddRange(measures);
        await world.Db.SaveChangesAsync(ct);
    }

    private static List<DateOnly> Months(DateOnly today)
    {
        var months = new List<DateOnly>();
        for (var m = FirstMonth; m <= today; m = m.AddMonths(1))
        {
            months.Add(m);
        }
        return months;
    }

    private static IEnumerable<Measure> UnitMeasures(int organisationId, Unit unit, Plan plan, List<DateOnly> months, DemoDraws draw, List<Measure> readmissions)
    {
        var beds = unit.Beds ?? 20;
        var bedDays = months.Select(m => Math.Round(beds * m.AddMonths(1).AddDays(-1).Day * draw.Between(0.86, 0.95))).ToList();
        var improving = plan.Unit == "4 West";

        if (plan.Falls is { } falls)
        {
            var measure = New(organisationId, unit, "Falls per 1,000 bed days", MeasureKind.Outcome, SpcChartType.U, 1000, ImprovementDirection.Down, 3.5,
                "Inpatient falls, with or without harm, reported in the incident system, per 1,000 occupied bed days.",
                "Falls reported in the month (all harm levels)", "Occupied bed days in the month (midnight census)", "Falls per 1,000 bed days");
            yield return Drawn(measure, months, ExpectFlat, () => bedDays.Select(d => ((double?)draw.Poisson(falls * d / 1000), (double?)d)));
        }

        var hygiene = New(organisationId, unit, "Hand-hygiene compliance", MeasureKind.Process, SpcChartType.P, 100, ImprovementDirection.Up, 95,
            "Share of observed hand-hygiene opportunities (WHO five moments) where staff cleaned their hands, from monthly audits.",
            "Opportunities where hands were cleaned", "Opportunities observed", "% compliant");
        var dips = plan.Unit == "ICU";
        if (dips)
        {
            hygiene.Annotations.Add(new MeasureAnnotation { Date = HygieneDipFrom, Text = "Agency staff cover vacancies" });
        }
        yield return Drawn(hygiene, months, dips ? ExpectDipAtTheEnd : ExpectFlat, () => months.Select(m =>
        {
            var audited = draw.Uniform(70, 100);
            var p = dips && m >= HygieneDipFrom ? plan.Hygiene - 0.17 : plan.Hygiene;
            return ((double?)draw.Binomial(audited, p), (double?)audited);
        }));

        if (plan.PressureInjuries is { } injuries)
        {
            var measure = New(organisationId, unit, "Pressure injuries", MeasureKind.Outcome, SpcChartType.C, 1, ImprovementDirection.Down, null,
                "Hospital-acquired pressure injuries of stage 2 or worse, found on the unit in the month.",
                "New pressure injuries, stage 2 or worse", "", "Pressure injuries a month");
            yield return Drawn(measure, months, ExpectFlat, () => months.Select(_ => ((double?)draw.Poisson(injuries), (double?)null)));
        }

        if (plan.Los is { } los && plan.Readmissions is { } readmitted)
        {
            // Length of stay and readmissions share the month's discharges, so both charts tell one story.
            var stay = New(organisationId, unit, "Length of stay", MeasureKind.Balancing, SpcChartType.I, 1, ImprovementDirection.Down, improving ? 6.0 : null,
                "Mean length of stay of the patients discharged from the unit in the month, in days (admission to discharge).",
                "Bed days of the patients discharged in the month", "Patients discharged in the month", "Days");
            var readmission = New(organisationId, unit, "30-day readmissions", MeasureKind.Outcome, SpcChartType.P, 100, ImprovementDirection.Down, improving ? 10 : null,
                "Share of the unit's discharged patients readmitted to any hospital ward within 30 days, as an emergency.",
                "Discharged patients readmitted within 30 days", "Patients discharged in the month (alive, not transferred)", "% readmitted");
            if (improving)
            {
                foreach (var m in new[] { stay, readmission })
                {
                    m.Annotations.Add(new MeasureAnnotation { Date = InterventionStarts, Text = "Huddles begin" });
                    m.Annotations.Add(new MeasureAnnotation { Date = ShiftFrom, Text = "Discharge checklist" });
                }
            }
            var discharges = bedDays.Select(d => Math.Round(d / los * draw.Between(0.95, 1.05))).ToList();
            var expect = improving ? (Func<MeasureChart, bool>)ExpectImprovementAfterTheChange : ExpectFlat;
            yield return Drawn(stay, months, expect, () => months.Select((m, i) =>
            {
                var mean = improving ? Shifted(m, los, los - 0.9, StaysShortenFrom) : los;
                // A month's mean stay varies with its case mix: individual stays spread about 4 days.
                var sd = 4 / Math.Sqrt(discharges[i]);
                var value = improving && m >= StaysShortenFrom ? draw.NormalBelow(mean, sd, los - sd) : draw.Normal(mean, sd);
                return ((double?)Math.Round(value * discharges[i]), (double?)discharges[i]);
            }));
            yield return Drawn(readmission, months, expect, () => months.Select((m, i) =>
            {
                var n = (int)discharges[i];
                var p = improving ? Shifted(m, readmitted, readmitted - 0.045, ShiftFrom) : readmitted;
                var sd = Math.Sqrt(readmitted * (1 - readmitted) / n);
                double count = draw.Binomial(n, p);
                // The story needs the months after the change below the old centre line; redraw the odd one above it.
                for (var k = 0; k < 20 && improving && m >= ShiftFrom && count / n >= readmitted - sd; k++)
                {
                    count = draw.Binomial(n, p);
                }
                return ((double?)count, (double?)n);
            }));
            readmissions.Add(readmission);
        }

        var antibiotics = New(organisationId, unit, "Time to antibiotics in sepsis", MeasureKind.Process, SpcChartType.I, 1, ImprovementDirection.Down, 60,
            "Median minutes from the sepsis alert to the first dose of intravenous antibiotics, for patients with suspected sepsis on the unit.",
            "Median minutes from sepsis alert to first antibiotic dose", "", "Minutes");
        yield return Drawn(antibiotics, months, ExpectFlat, () => months.Select(_ => ((double?)Math.Round(draw.Normal(plan.Antibiotics, 7)), (double?)null)));
    }

    /// <summary>The hospital's readmissions are the sum of its units': many discharges a month, so Laney's p' chart.</summary>
    private static Measure HospitalReadmissions(int organisationId, List<Measure> units, List<DateOnly> months)
    {
        var measure = new Measure
        {
            OrganisationId = organisationId, OwnerLevel = MeasureOwnerLevel.Organisation, Name = "30-day readmissions, whole hospital",
            Kind = MeasureKind.Outcome, Chart = SpcChartType.PP, Multiplier = 100, Direction = ImprovementDirection.Down, Target = 10,
            Frequency = MeasureFrequency.Month, BaselineEnd = BaselineEnd, ValueLabel = "% readmitted",
            OperationalDefinition = "Share of all inpatients discharged in the month who were readmitted as an emergency within 30 days.",
            NumeratorDefinition = "Discharged patients readmitted within 30 days", DenominatorDefinition = "Patients discharged in the month",
        };
        foreach (var month in months)
        {
            var values = units.SelectMany(u => u.Values).Where(v => v.Period == month).ToList();
            measure.Values.Add(new MeasureValue { Period = month, Numerator = values.Sum(v => v.Numerator), Denominator = values.Sum(v => v.Denominator) });
        }
        return measure;
    }

    private static Measure DischargesBeforeNoon(int organisationId, int divisionId, List<DateOnly> months, DemoDraws draw)
    {
        var measure = new Measure
        {
            OrganisationId = organisationId, OwnerLevel = MeasureOwnerLevel.Division, DivisionId = divisionId, Name = "Discharges before noon",
            Kind = MeasureKind.Process, Chart = SpcChartType.P, Multiplier = 100, Direction = ImprovementDirection.Up, Target = 35,
            Frequency = MeasureFrequency.Month, BaselineEnd = BaselineEnd, ValueLabel = "% before noon",
            OperationalDefinition = "Share of the division's discharges home that left the ward before 12:00.",
            NumeratorDefinition = "Discharges home before 12:00", DenominatorDefinition = "Discharges home",
        };
        return Drawn(measure, months, _ => true, () => months.Select(m =>
        {
            var n = draw.Uniform(380, 460);
            return ((double?)draw.Binomial(n, Shifted(m, 0.22, 0.25, ShiftFrom)), (double?)n);
        }));
    }

    private static Measure New(int organisationId, Unit unit, string name, MeasureKind kind, SpcChartType chart, double multiplier,
        ImprovementDirection direction, double? target, string definition, string numerator, string denominator, string valueLabel) => new()
    {
        OrganisationId = organisationId, OwnerLevel = MeasureOwnerLevel.Unit, UnitId = unit.Id, Unit = unit, Name = name, Kind = kind,
        Chart = chart, Multiplier = multiplier, Direction = direction, Target = target, Frequency = MeasureFrequency.Month,
        BaselineEnd = BaselineEnd, OperationalDefinition = definition, NumeratorDefinition = numerator, DenominatorDefinition = denominator,
        ValueLabel = valueLabel,
    };

    /// <summary>Draws a series until the SPC engine reads it as the story says (bounded: the last draw stands).</summary>
    private static Measure Drawn(Measure measure, List<DateOnly> months, Func<MeasureChart, bool> expected, Func<IEnumerable<(double? Y, double? N)>> series)
    {
        for (var attempt = 1; ; attempt++)
        {
            measure.Values.Clear();
            measure.Values.AddRange(series().Zip(months, (v, m) => new MeasureValue { Period = m, Numerator = v.Y, Denominator = v.N }));
            if (attempt >= Attempts || expected(MeasureAnalysis.Analyse(measure, measure.Values)))
            {
                return measure;
            }
        }
    }

    private static bool ExpectFlat(MeasureChart chart) => chart.HasChart && chart.Signals.Count == 0;

    private static bool ExpectImprovementAfterTheChange(MeasureChart chart) =>
        chart.Icons?.Variation == VariationIcon.ImprovingLow
        && chart.Signals.Count > 0
        && chart.Signals.All(s => string.CompareOrdinal(chart.Chart!.Points[s.FirstIndex - 1].X, MeasurePeriods.X(InterventionStarts)) >= 0);

    private static bool ExpectDipAtTheEnd(MeasureChart chart) =>
        chart.Icons?.Variation == VariationIcon.ConcerningLow
        && chart.Signals.All(s => string.CompareOrdinal(chart.Chart!.Points[s.FirstIndex - 1].X, MeasurePeriods.X(HygieneDipFrom)) >= 0);

    /// <summary>The baseline until the intervention, a gradual drift over its first months, the new level from the shift on.</summary>
    private static double Shifted(DateOnly month, double before, double after, DateOnly shiftFrom)
    {
        if (month < InterventionStarts) return before;
        if (month >= shiftFrom) return after;
        var progress = (month.DayNumber - InterventionStarts.DayNumber) / (double)(shiftFrom.DayNumber - InterventionStarts.DayNumber);
        return before + ((after - before) * 0.4 * progress);
    }

    /// <summary>Random draws for the demo's series, all from the world's one seeded source.</summary>
    private sealed class DemoDraws(Random random)
    {
        public double Between(double low, double high) => low + (random.NextDouble() * (high - low));

        public int Uniform(int low, int high) => random.Next(low, high + 1);

        /// <summary>Box-Muller.</summary>
        public double Normal(double mean, double sd) =>
            mean + (sd * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));

        /// <summary>A normal draw kept below a ceiling (redrawn a bounded number of times).</summary>
        public double NormalBelow(double mean, double sd, double ceiling)
        {
            var value = Normal(mean, sd);
            for (var k = 0; k < 20 && value >= ceiling; k++)
            {
                value = Normal(mean, sd);
            }
            return value;
        }

        /// <summary>Knuth's method; the demo's means are small.</summary>
        public int Poisson(double mean)
        {
            var limit = Math.Exp(-mean);
            var product = random.NextDouble();
            var count = 0;
            while (product > limit)
            {
                count++;
                product *= random.NextDouble();
            }
            return count;
        }

        public int Binomial(int n, double p)
        {
            var count = 0;
            for (var i = 0; i < n; i++)
            {
                if (random.NextDouble() < p) count++;
            }
            return count;
        }
    }
}
