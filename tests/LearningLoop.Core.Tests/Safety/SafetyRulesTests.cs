using LearningLoop.Core.Safety;

namespace LearningLoop.Core.Tests.Safety;

public sealed class SafetyRulesTests
{
    [Fact]
    public void Receipt_codes_are_long_random_and_read_back_as_typed()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ReceiptCode.Create()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){3}$", c));
        // Every symbol of the alphabet turns up: 5 bits a character, 100 bits a code.
        Assert.Equal(32, codes.SelectMany(c => c.Replace("-", "", StringComparison.Ordinal)).Distinct().Count());

        var code = codes[0];
        Assert.Equal(ReceiptCode.Hash(code), ReceiptCode.Hash(" " + code.ToLowerInvariant().Replace('-', ' ') + " "));
        Assert.Equal(ReceiptCode.Hash("0000011111ABCDEFGHJK"), ReceiptCode.Hash("OOOOO-iiiiL-abcde-fghjk"));
        Assert.Null(ReceiptCode.Hash(code[..^1]));
        Assert.Null(ReceiptCode.Hash(code[..^1] + "U"));
        Assert.Equal(64, ReceiptCode.Hash(code)!.Length);
    }

    [Theory]
    [InlineData(NccMerpCategory.A, ClassOfConcern.UnsafeCondition, HarmLevel.None)]
    [InlineData(NccMerpCategory.B, ClassOfConcern.NearMiss, HarmLevel.None)]
    [InlineData(NccMerpCategory.D, ClassOfConcern.Incident, HarmLevel.None)]
    [InlineData(NccMerpCategory.E, ClassOfConcern.Incident, HarmLevel.Mild)]
    [InlineData(NccMerpCategory.F, ClassOfConcern.Incident, HarmLevel.Moderate)]
    [InlineData(NccMerpCategory.H, ClassOfConcern.Incident, HarmLevel.Severe)]
    [InlineData(NccMerpCategory.I, ClassOfConcern.Incident, HarmLevel.Death)]
    public void An_NCC_MERP_category_gives_class_of_concern_and_harm(NccMerpCategory category, ClassOfConcern concern, HarmLevel harm) =>
        Assert.Equal((concern, harm), (MedicationHarm.Concern(category), MedicationHarm.Harm(category)));

    [Fact]
    public void Patient_days_CSV_names_every_bad_row_by_line_and_column()
    {
        const string csv = "unit,date,patientDays\n4 West,2025-01-01,25\n,2025-01-02,3\n4 West,01/03/2025,-1\n4 West,2025-01-01,2\n";
        var (rows, errors) = PatientDaysCsv.Read(new StringReader(csv), new HashSet<string>(["4 West"], StringComparer.Ordinal));
        Assert.Equal(4, rows.Count);
        Assert.Equal([(3, "unit"), (4, "date"), (4, "patientDays"), (5, "date")], errors.Select(e => (e.Line, e.Column)));
        Assert.Contains("already on line 2", errors[^1].Reason, StringComparison.Ordinal);
        var (_, header) = PatientDaysCsv.Read(new StringReader("ward,day,count\n"), new HashSet<string>());
        Assert.Equal(1, Assert.Single(header).Line);
    }
}
