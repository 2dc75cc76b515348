using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LearningLoop.Core.Imports;
using LearningLoop.Analytics.Input;

namespace LearningLoop.Core.Surveys;

/// <summary>Reads a FHIR R4 Questionnaire (JSON) into an instrument version. Supported: <c>choice</c> items whose answer
/// options are coded with whole numbers (a scale, anchors from the displays), <c>string</c>/<c>text</c> items (free text),
/// and groups (their items are taken in order). Anything else is refused by link id; nothing is imported then.</summary>
public static class FhirQuestionnaireImport
{
    public sealed record Parsed(string Key, string Name, InstrumentKind Kind, InstrumentVersion? Version, IReadOnlyList<ImportError> Errors);

    public static Parsed Read(string json, int organisationId, DateTime nowUtc)
    {
        Questionnaire questionnaire;
        try
        {
            questionnaire = new FhirJsonDeserializer(new DeserializerSettings()).Deserialize<Questionnaire>(json);
        }
        // Whatever the deserializer throws on untrusted text is a refusal of the file, not a server error: fuzzing found
        // InvalidOperationException (a lone surrogate) and IndexOutOfRangeException from inside Firely, beside the documented ones.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new Parsed("", "", InstrumentKind.Questionnaire, null, [new ImportError(1, "resource", "not a FHIR R4 Questionnaire in JSON: " + InputEcho.Prefix(e.Message, 300))]);
        }
        var errors = new List<ImportError>();
        var key = questionnaire.Identifier.FirstOrDefault(i => i.System == FhirQuestionnaires.InstrumentSystem)?.Value
            ?? Slug(questionnaire.Name ?? questionnaire.Title ?? "");
        if (key.Length == 0) errors.Add(new ImportError(1, "name", "the Questionnaire needs a name or title"));
        var kind = questionnaire.GetExtensionValue<Code>(FhirQuestionnaires.KindExtension)?.Value == "relational-coordination"
            ? InstrumentKind.RelationalCoordination : InstrumentKind.Questionnaire;

        var version = new InstrumentVersion { OrganisationId = organisationId, CreatedUtc = nowUtc };
        foreach (var (language, title) in Texts(questionnaire.TitleElement, questionnaire.Title ?? key))
        {
            var introduction = Texts(questionnaire.DescriptionElement, questionnaire.Description ?? "").FirstOrDefault(t => t.Language == language).Text ?? "";
            version.Texts.Add(new InstrumentText { Language = language, Title = title, Introduction = introduction });
        }
        foreach (var composite in questionnaire.Extension.Where(e => e.Url == FhirQuestionnaires.CompositeExtension))
        {
            var compositeKey = composite.GetExtensionValue<Code>("key")?.Value;
            var name = composite.GetExtensionValue<FhirString>("name")?.Value;
            var items = composite.GetExtensionValue<FhirString>("items")?.Value;
            if (compositeKey is not null && name is not null && items is not null)
            {
                version.Composites.Add(new Composite { Key = compositeKey, Name = name, ItemKeys = items });
            }
        }
        foreach (var item in Flatten(questionnaire.Item))
        {
            if (kind == InstrumentKind.RelationalCoordination && item.LinkId is FhirQuestionnaires.WorkgroupLinkId or FhirQuestionnaires.TargetLinkId)
            {
                continue; // the wave supplies the workgroups
            }
            var read = ReadItem(item, version.Items.Count + 1, errors);
            if (read is not null) version.Items.Add(read);
        }
        if (version.Items.Count == 0 && errors.Count == 0) errors.Add(new ImportError(1, "item", "the Questionnaire has no item LearningLoop can ask"));
        if (kind == InstrumentKind.RelationalCoordination)
        {
            foreach (var missing in Analytics.RelationalCoordination.RcItems.Keys.Where(k => version.FindItem(k) is null))
            {
                errors.Add(new ImportError(1, missing, "a relational coordination instrument needs this item (link id) as a 1-5 scale"));
            }
        }
        return new Parsed(key, questionnaire.Title ?? key, kind, errors.Count == 0 ? version : null, errors);
    }

    private static Item? ReadItem(Questionnaire.ItemComponent component, int position, List<ImportError> errors)
    {
        var key = component.LinkId ?? "";
        if (key.Length is 0 or > 80)
        {
            errors.Add(new ImportError(position, "linkId", "every item needs a link id of 1 to 80 characters"));
            return null;
        }
        var item = new Item { Key = key, Position = position, Required = component.Required ?? false };
        if (component.Type is Questionnaire.QuestionnaireItemType.String or Questionnaire.QuestionnaireItemType.Text)
        {
            item.Kind = ItemKind.FreeText;
            item.Required = false;
            foreach (var (language, text) in Texts(component.TextElement, component.Text ?? key))
            {
                item.Translations.Add(new ItemTranslation { Language = language, Text = text });
            }
            return item;
        }
        var options = component.AnswerOption.Select(o => o.Value as Coding).ToList();
        var values = options.Select(c => int.TryParse(c?.Code, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? v : (int?)null).ToList();
        if (component.Type != Questionnaire.QuestionnaireItemType.Choice || options.Count < 2 || values.Any(v => v is null)
            || values.Max() - values.Min() + 1 != values.Count || values.Distinct().Count() != values.Count)
        {
            errors.Add(new ImportError(position, InputEcho.Prefix(key), "only choice items coded with consecutive whole numbers (a scale) and string/text items can be imported"));
            return null;
        }
        item.Kind = ItemKind.Scale;
        item.ScaleMin = values.Min()!.Value;
        item.ScaleMax = values.Max()!.Value;
        item.ReverseCoded = component.GetExtensionValue<FhirBoolean>(FhirQuestionnaires.ReverseCodedExtension)?.Value ?? false;
        var ordered = options.Zip(values).OrderBy(x => x.Second).Select(x => x.First!).ToList();
        foreach (var (language, text) in Texts(component.TextElement, component.Text ?? key))
        {
            var anchors = ordered.Select(c => Texts(c.DisplayElement, c.Display ?? "").FirstOrDefault(t => t.Language == language).Text ?? c.Display ?? "");
            item.Translations.Add(new ItemTranslation { Language = language, Text = text, Anchors = string.Join('|', anchors) });
        }
        return item;
    }

    private static IEnumerable<Questionnaire.ItemComponent> Flatten(IEnumerable<Questionnaire.ItemComponent> items) =>
        items.SelectMany(i => i.Type == Questionnaire.QuestionnaireItemType.Group ? Flatten(i.Item) : [i]);

    /// <summary>The element's own text (English) and its translation extensions.</summary>
    private static List<(string Language, string Text)> Texts(Element? element, string english)
    {
        var texts = new List<(string, string)> { (SurveyLanguages.Default, english) };
        foreach (var translation in element?.Extension.Where(e => e.Url == FhirQuestionnaires.Translation) ?? [])
        {
            var language = translation.GetExtensionValue<Code>("lang")?.Value;
            var content = translation.GetExtensionValue<FhirString>("content")?.Value;
            if (language is not null && content is not null && language != SurveyLanguages.Default)
            {
                texts.Add((language, content));
            }
        }
        return texts;
    }

    private static string Slug(string text) =>
        new string(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
