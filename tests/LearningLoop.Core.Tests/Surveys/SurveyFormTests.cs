using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Tests.Surveys;

/// <summary>The respondent's wording: <c>{process}</c> becomes the wave's focal work process, or, for a wave without one,
/// the respondent's work in the respondent's own language (issue 12 item 5: a French respondent reads no English).</summary>
public sealed class SurveyFormTests
{
    [Theory]
    [InlineData("en", "your work")]
    [InlineData("fr", "votre travail")]
    [InlineData("es", "su trabajo")]
    public void A_wave_without_a_focal_process_asks_about_the_respondents_work_in_their_language(string language, string expected)
    {
        var form = new SurveyForm(new Wave { Name = "Wave", FocalWorkProcess = "" }, new InstrumentVersion(), [], []).In(language);
        Assert.Equal($"[{expected}]", form.Fill("[{process}]"));
    }

    [Fact]
    public void A_focal_process_without_a_translation_is_shown_as_the_organiser_wrote_it()
    {
        var form = new SurveyForm(new Wave { Name = "Wave", FocalWorkProcess = "discharging a patient" }, new InstrumentVersion(), [], []).In("fr");
        Assert.Equal("au sujet de : discharging a patient", form.Fill("au sujet de : {process}"));
    }
}
