using System.Globalization;
using Hl7.Fhir.Model;

namespace LearningLoop.Core.Surveys;

/// <summary>An instrument version as a FHIR R4 Questionnaire. Scale items are <c>choice</c> items whose answer options
/// are coded 1..n with the anchor as display and an <c>ordinalValue</c>; translations use the standard
/// <c>translation</c> extension on every text. A relational coordination instrument asks for the respondent's workgroup
/// and then repeats a <c>ratings</c> group (the workgroup rated, then the seven items) once per workgroup of the wave.</summary>
public static class FhirQuestionnaires
{
    public const string Translation = "http://hl7.org/fhir/StructureDefinition/translation";
    public const string OrdinalValue = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    public const string KindExtension = "urn:learningloop:fhir:instrument-kind";
    public const string ReverseCodedExtension = "urn:learningloop:fhir:reverse-coded";
    public const string CompositeExtension = "urn:learningloop:fhir:composite";
    public const string InstrumentSystem = "urn:learningloop:instrument";
    public const string ScaleSystem = "urn:learningloop:scale";
    public const string WorkgroupSystem = "urn:learningloop:workgroup";
    public const string WorkgroupLinkId = "workgroup";
    public const string RatingsLinkId = "ratings";
    public const string TargetLinkId = "target";

    public static string Canonical(Instrument instrument) => $"urn:learningloop:questionnaire:{instrument.Key}";

    public static Questionnaire Export(Instrument instrument, InstrumentVersion version)
    {
        var english = version.TextFor(SurveyLanguages.Default);
        var questionnaire = new Questionnaire
        {
            Url = Canonical(instrument),
            Version = version.Number.ToString(CultureInfo.InvariantCulture),
            Name = string.Concat(instrument.Key.Split('-', '_').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..])),
            Title = english.Title,
            Status = PublicationStatus.Active,
            Language = SurveyLanguages.Default,
            Description = english.Introduction,
        };
        questionnaire.Identifier.Add(new Identifier(InstrumentSystem, instrument.Key));
        questionnaire.AddExtension(KindExtension, new Code(instrument.Kind == InstrumentKind.RelationalCoordination ? "relational-coordination" : "questionnaire"));
        Translate(questionnaire.TitleElement!, version.Texts.Select(t => (t.Language, t.Title)));
        Translate(questionnaire.DescriptionElement!, version.Texts.Select(t => (t.Language, t.Introduction)));
        foreach (var composite in version.Composites)
        {
            var extension = new Extension { Url = CompositeExtension };
            extension.AddExtension("key", new Code(composite.Key));
            extension.AddExtension("name", new FhirString(composite.Name));
            extension.AddExtension("items", new FhirString(composite.ItemKeys));
            questionnaire.Extension.Add(extension);
        }

        var items = version.Items.OrderBy(i => i.Position).ToList();
        if (instrument.Kind == InstrumentKind.RelationalCoordination)
        {
            questionnaire.Item.Add(new Questionnaire.ItemComponent
            {
                LinkId = WorkgroupLinkId, Text = "Which group do you belong to?", Type = Questionnaire.QuestionnaireItemType.Choice, Required = true,
            });
            var ratings = new Questionnaire.ItemComponent
            {
                LinkId = RatingsLinkId, Text = "Ratings of each workgroup of the work process (repeated once per workgroup)", Type = Questionnaire.QuestionnaireItemType.Group, Repeats = true,
            };
            ratings.Item.Add(new Questionnaire.ItemComponent { LinkId = TargetLinkId, Text = "Workgroup rated", Type = Questionnaire.QuestionnaireItemType.Choice, Required = true });
            ratings.Item.AddRange(items.Where(i => i.Kind == ItemKind.Scale).Select(ExportItem));
            questionnaire.Item.Add(ratings);
            questionnaire.Item.AddRange(items.Where(i => i.Kind != ItemKind.Scale).Select(ExportItem));
        }
        else
        {
            questionnaire.Item.AddRange(items.Select(ExportItem));
        }
        return questionnaire;
    }

    private static Questionnaire.ItemComponent ExportItem(Item item)
    {
        var english = item.TextFor(SurveyLanguages.Default);
        var component = new Questionnaire.ItemComponent
        {
            LinkId = item.Key, Text = english.Text, Required = item.Required,
            Type = item.Kind == ItemKind.Scale ? Questionnaire.QuestionnaireItemType.Choice : Questionnaire.QuestionnaireItemType.Text,
        };
        Translate(component.TextElement!, item.Translations.Select(t => (t.Language, t.Text)));
        if (item.Kind == ItemKind.FreeText)
        {
            component.MaxLength = SurveyLimits.FreeTextLength;
            return component;
        }
        if (item.ReverseCoded)
        {
            component.AddExtension(ReverseCodedExtension, new FhirBoolean(true));
        }
        for (var value = item.ScaleMin; value <= item.ScaleMax; value++)
        {
            var index = value - item.ScaleMin;
            var coding = new Coding(ScaleSystem, value.ToString(CultureInfo.InvariantCulture), Anchor(english, index, value));
            coding.AddExtension(OrdinalValue, new FhirDecimal(value));
            Translate(coding.DisplayElement!, item.Translations.Select(t => (t.Language, Anchor(t, index, value))));
            component.AnswerOption.Add(new Questionnaire.AnswerOptionComponent { Value = coding });
        }
        return component;
    }

    private static string Anchor(ItemTranslation translation, int index, int value)
    {
        var anchors = translation.AnchorLabels;
        return index < anchors.Count && anchors[index].Length > 0 ? anchors[index] : value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Adds a translation extension for every language but English (the element's own value).</summary>
    private static void Translate(Element element, IEnumerable<(string Language, string Text)> texts)
    {
        foreach (var (language, text) in texts.Where(t => t.Language != SurveyLanguages.Default && t.Text.Length > 0))
        {
            var extension = new Extension { Url = Translation };
            extension.AddExtension("lang", new Code(language));
            extension.AddExtension("content", new FhirString(text));
            element.Extension.Add(extension);
        }
    }
}
