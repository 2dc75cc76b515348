using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Tests.Surveys;

/// <summary>Questionnaire export parsed back with Firely, and imported back into an identical instrument.</summary>
public sealed class FhirQuestionnaireTests
{
    private static Questionnaire Parse(string json) => new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Questionnaire>(json);

    [Fact]
    public void The_relational_coordination_questionnaire_round_trips_through_fhir_json()
    {
        var instrument = RelationalCoordinationInstrument.Create(1, DateTime.UtcNow);
        var version = instrument.Versions[0];
        var json = FhirQuestionnaires.Export(instrument, version).ToJson();

        var parsed = Parse(json);
        Assert.Equal("urn:learningloop:questionnaire:relational-coordination", parsed.Url);
        Assert.Equal("RelationalCoordination", parsed.Name);
        var ratings = parsed.Item.Single(i => i.LinkId == "ratings");
        Assert.True(ratings.Repeats);
        Assert.Equal(["target", .. Analytics.RelationalCoordination.RcItems.Keys], ratings.Item.Select(i => i.LinkId));
        var frequency = ratings.Item.Single(i => i.LinkId == "frequency");
        Assert.Equal(["1", "2", "3", "4", "5"], frequency.AnswerOption.Select(o => ((Coding)o.Value).Code));
        Assert.Equal("Never", ((Coding)frequency.AnswerOption[0].Value!).Display);
        var french = frequency.TextElement!.Extension.Single(e => e.GetExtensionValue<Code>("lang")?.Value == "fr");
        Assert.Equal(version.FindItem("frequency")!.TextFor("fr").Text, french.GetExtensionValue<FhirString>("content")!.Value);

        var back = FhirQuestionnaireImport.Read(json, 1, DateTime.UtcNow);
        Assert.Empty(back.Errors);
        Assert.Equal((RelationalCoordinationInstrument.Key, InstrumentKind.RelationalCoordination), (back.Key, back.Kind));
        foreach (var item in version.Items)
        {
            var imported = back.Version!.FindItem(item.Key)!;
            Assert.Equal((item.Kind, item.ScaleMin, item.ScaleMax, item.ReverseCoded), (imported.Kind, imported.ScaleMin, imported.ScaleMax, imported.ReverseCoded));
            foreach (var language in SurveyLanguages.All)
            {
                Assert.Equal(item.TextFor(language).Text, imported.TextFor(language).Text);
                Assert.Equal(item.TextFor(language).Anchors, imported.TextFor(language).Anchors);
            }
        }
        Assert.Equal(version.Composites.Select(c => (c.Key, c.ItemKeys)), back.Version!.Composites.Select(c => (c.Key, c.ItemKeys)));
        Assert.Equal(version.Texts.Select(t => (t.Language, t.Title, t.Introduction)), back.Version.Texts.Select(t => (t.Language, t.Title, t.Introduction)));
    }

    [Fact]
    public void A_plain_questionnaire_imports_scales_free_text_and_reverse_coding()
    {
        const string json = """
            {"resourceType":"Questionnaire","status":"active","name":"TeamSafety","title":"Team safety",
             "item":[{"linkId":"g","type":"group","item":[
               {"linkId":"speak_up","text":"I feel safe speaking up","type":"choice","extension":[{"url":"urn:learningloop:fhir:reverse-coded","valueBoolean":true}],
                "answerOption":[{"valueCoding":{"code":"1","display":"Disagree"}},{"valueCoding":{"code":"2"}},{"valueCoding":{"code":"3","display":"Agree"}}]},
               {"linkId":"why","text":"Why?","type":"text"}]}]}
            """;
        var parsed = FhirQuestionnaireImport.Read(json, 1, DateTime.UtcNow);
        Assert.Empty(parsed.Errors);
        Assert.Equal(("teamsafety", InstrumentKind.Questionnaire), (parsed.Key, parsed.Kind));
        var speakUp = parsed.Version!.FindItem("speak_up")!;
        Assert.Equal((ItemKind.Scale, 1, 3, true), (speakUp.Kind, speakUp.ScaleMin, speakUp.ScaleMax, speakUp.ReverseCoded));
        Assert.Equal("Disagree||Agree", speakUp.TextFor("en").Anchors);
        Assert.Equal(ItemKind.FreeText, parsed.Version.FindItem("why")!.Kind);
    }

    [Fact]
    public void Unsupported_items_and_non_questionnaires_are_refused_by_link_id_with_nothing_imported()
    {
        var dates = FhirQuestionnaireImport.Read("""{"resourceType":"Questionnaire","status":"draft","name":"X","item":[{"linkId":"born","type":"date"}]}""", 1, DateTime.UtcNow);
        Assert.Null(dates.Version);
        Assert.Contains(dates.Errors, e => e.Column == "born");

        var patient = FhirQuestionnaireImport.Read("""{"resourceType":"Patient"}""", 1, DateTime.UtcNow);
        Assert.Null(patient.Version);
        Assert.Single(patient.Errors);

        var incompleteRc = FhirQuestionnaireImport.Read("""
            {"resourceType":"Questionnaire","status":"active","name":"Rc","extension":[{"url":"urn:learningloop:fhir:instrument-kind","valueCode":"relational-coordination"}],
             "item":[{"linkId":"frequency","type":"choice","answerOption":[{"valueCoding":{"code":"1"}},{"valueCoding":{"code":"2"}}]}]}
            """, 1, DateTime.UtcNow);
        Assert.Null(incompleteRc.Version);
        Assert.Contains(incompleteRc.Errors, e => e.Column == "mutual_respect");
    }
}
