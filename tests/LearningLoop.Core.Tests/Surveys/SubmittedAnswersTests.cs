using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Tests.Surveys;

public sealed class SubmittedAnswersTests
{
    private static readonly Dictionary<int, string> Keys = new() { [1] = "nurse", [2] = "physician" };

    [Fact]
    public void Answers_become_engine_rows_with_opaque_respondents_and_reverse_coding_applied()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());
        var rows = new List<SubmittedAnswers.Row>
        {
            new(a, 9, 1, 5, RcItems.Frequency, 2, 4),
            new(a, 9, 1, 5, RcItems.Accuracy, 2, 1),
            new(b, 9, 2, 5, RcItems.Frequency, 1, 3),
            new(b, 9, 2, 5, RcItems.Frequency, 77, 3), // a workgroup no longer in the wave: left out
            new(b, 9, null, 5, RcItems.Frequency, 1, 3), // no own workgroup: left out
        };
        var items = new Dictionary<string, Item>
        {
            [RcItems.Frequency] = new() { Key = RcItems.Frequency },
            [RcItems.Accuracy] = new() { Key = RcItems.Accuracy, ReverseCoded = true },
        };
        var engine = SubmittedAnswers.ToEngine(rows, _ => "2025-03", Keys, k => items.GetValueOrDefault(k));

        Assert.Equal(3, engine.Count);
        Assert.Equal([("r1", "nurse", "physician", 4), ("r1", "nurse", "physician", 5), ("r2", "physician", "nurse", 3)],
            engine.Select(x => (x.Respondent, x.Workgroup, x.Target, x.Value!.Value)));
        Assert.DoesNotContain(engine, x => x.Respondent.Contains(a.ToString(), StringComparison.Ordinal));
        Assert.All(engine, x => Assert.Equal("2025-03", x.Wave));
    }

    [Fact]
    public void A_row_without_a_label_is_left_out_and_the_same_response_under_two_labels_is_two_respondents()
    {
        var a = Guid.NewGuid();
        var rows = new List<SubmittedAnswers.Row> { new(a, 9, 1, 5, RcItems.Frequency, 2, 4), new(a, 9, 1, null, RcItems.Timeliness, 2, 4) };
        var perUnit = SubmittedAnswers.ToEngine(rows, r => r.Unit is null ? null : "unit", Keys, _ => null);
        Assert.Single(perUnit);
        var both = SubmittedAnswers.ToEngine(rows, _ => "organisation", Keys, _ => null)
            .Concat(SubmittedAnswers.ToEngine(rows, _ => "unit", Keys, _ => null)).ToList();
        Assert.Equal(4, both.Count);
    }
}
