using System.Text;
using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Analytics.Tests.RelationalCoordination;

public sealed class RcTemplateCommandTests
{
    private static List<RcAnswer> ReadTemplate(string csv)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var (answers, errors) = RcCsvReader.ReadAll(stream);
        Assert.Empty(errors);
        return answers;
    }

    [Fact]
    public void Template_is_a_valid_blank_grid_for_one_respondent()
    {
        var (exit, output, _) = CliRunner.Run("rc", "template", "--workgroups", "icu nurse, \"lead\" physician,pharmacy");
        Assert.Equal(0, exit);
        Assert.StartsWith(Csv.Header + "\n", output, StringComparison.Ordinal);

        var answers = ReadTemplate(output);
        var workgroups = new[] { "icu nurse", "\"lead\" physician", "pharmacy" };
        Assert.Equal(workgroups.Length * RcItems.Count, answers.Count);
        Assert.All(answers, a => Assert.Null(a.Value));
        Assert.All(answers, a => Assert.Equal("icu nurse", a.Workgroup));
        Assert.Equal(workgroups, answers.Select(a => a.Target).Distinct());
        Assert.Equal(RcItems.Keys, answers.Take(RcItems.Count).Select(a => a.Item));
        Assert.Single(answers.Select(a => a.Respondent).Distinct());
    }

    [Fact]
    public void Template_can_be_written_to_a_file()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".csv");
        try
        {
            Assert.Equal(0, CliRunner.Run("rc", "template", "--output", path).Exit);
            Assert.Equal(RcTemplateCommandDefaults.Count * RcItems.Count, ReadTemplate(File.ReadAllText(path)).Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Template_refuses_repeated_workgroups() =>
        Assert.Equal(2, CliRunner.Run("rc", "template", "--workgroups", "a,b,a").Exit);

    private static class RcTemplateCommandDefaults
    {
        public static int Count => LearningLoop.Cli.Commands.RcTemplateCommand.DefaultWorkgroups.Length;
    }
}
