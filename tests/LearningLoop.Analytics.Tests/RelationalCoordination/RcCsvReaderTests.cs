using System.Text;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

public sealed class RcCsvReaderTests
{
    private static (List<RcAnswer> Answers, List<RcValidationError> Errors) Read(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return RcCsvReader.ReadAll(stream);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas_quotes_and_line_breaks_and_line_numbers_stay_physical()
    {
        var (answers, errors) = Read(
            "wave,respondent,workgroup,target,item,value\n" +
            "2025-03,r1,\"nurses, ward 3\",\"the \"\"A\"\" team\nnights\",frequency,4\n" +
            "2025-03,r1,\"nurses, ward 3\",x,speed,4\n");

        Assert.Equal("nurses, ward 3", answers[0].Workgroup);
        Assert.Equal("the \"A\" team\nnights", answers[0].Target);
        Assert.Equal(2, answers[0].Line);
        Assert.Equal(4, answers[1].Line);
        Assert.Empty(errors);
    }

    [Fact]
    public void Byte_order_mark_crlf_blank_lines_reordered_and_extra_columns_are_accepted()
    {
        var (answers, errors) = Read(
            "\uFEFFitem,value,comment,target,workgroup,respondent,wave\r\n" +
            "\r\n" +
            "accuracy, 3 ,hello,nurse,physician,r9,2025-09\r\n" +
            "timeliness,,,nurse,physician,r9,2025-09");

        Assert.Empty(errors);
        Assert.Equal(
            new[] { new RcAnswer("2025-09", "r9", "physician", "nurse", RcItems.Accuracy, 3, 3), new RcAnswer("2025-09", "r9", "physician", "nurse", RcItems.Timeliness, null, 4) },
            answers);
    }

    [Fact]
    public void Records_longer_than_the_read_buffer_and_buffer_boundaries_are_handled()
    {
        var longComment = new string('x', 3_000_000);
        var text = new StringBuilder("wave,respondent,workgroup,target,item,value,comment\n");
        for (int i = 0; i < 40_000; i++)
        {
            text.Append("2025-03,r").Append(i / 7).Append(",nurse,nurse,").Append(RcItems.Keys[i % 7]).Append(",3,").Append(i == 20_000 ? longComment : "c").Append('\n');
        }

        var (answers, errors) = Read(text.ToString());
        Assert.Empty(errors);
        Assert.Equal(40_000, answers.Count);
        Assert.Equal(Enumerable.Range(2, 40_000).Select(i => (long)i), answers.Select(a => a.Line));
        Assert.All(answers, a => Assert.Equal(3, a.Value));
    }

    [Fact]
    public void Labels_are_shared_instances_so_rows_do_not_allocate_strings()
    {
        var (answers, _) = Read("wave,respondent,workgroup,target,item,value\n2025-03,r1,nurse,nurse,frequency,4\n2025-03,r1,nurse,nurse,accuracy,4\n");
        Assert.Same(answers[0].Wave, answers[1].Wave);
        Assert.Same(answers[0].Respondent, answers[1].Respondent);
        Assert.Same(RcItems.Frequency, answers[0].Item);
    }

    [Fact]
    public void Streaming_stops_reading_when_a_non_seekable_input_turns_out_scattered()
    {
        var text = "wave,respondent,workgroup,target,item,value\n2025-03,r1,nurse,nurse,frequency,4\n2025-03,r2,nurse,nurse,frequency,4\n2025-03,r1,nurse,nurse,accuracy,4\n";
        using var stream = new NonSeekableStream(Encoding.UTF8.GetBytes(text));
        Assert.Throws<InvalidOperationException>(() => RelationalCoordinationAnalyser.AnalyseCsv(stream));
    }

    private sealed class NonSeekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
