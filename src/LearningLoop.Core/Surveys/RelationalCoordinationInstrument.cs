using LearningLoop.Analytics.RelationalCoordination;

namespace LearningLoop.Core.Surveys;

/// <summary>The built-in relational coordination survey: the seven dimensions of Gittell's theory, one item each,
/// answered about every workgroup of the focal work process, plus one optional comment. The wording is LearningLoop's
/// own (not the licensed validated wording), in English, French and Spanish; <c>{process}</c> is the wave's focal work
/// process. An organisation holding a licence can import the validated wording as a new version.</summary>
public static class RelationalCoordinationInstrument
{
    public const string Key = "relational-coordination";
    public const string CommentKey = "comments";

    /// <summary>Gittell's two halves of relational coordination, scored as composites.</summary>
    public static readonly (string Key, string Name, string[] Items)[] CompositePlan =
    [
        ("communication", "Communication", [RcItems.Frequency, RcItems.Timeliness, RcItems.Accuracy, RcItems.ProblemSolving]),
        ("relationships", "Relationships", [RcItems.SharedGoals, RcItems.SharedKnowledge, RcItems.MutualRespect]),
    ];

    // (item, language, question, anchors low..high)
    private static readonly (string Item, string Language, string Text, string Anchors)[] Wording =
    [
        (RcItems.Frequency, "en", "How often do you and people in each group talk or message each other about {process}?", "Never|Rarely|Sometimes|Often|All the time"),
        (RcItems.Frequency, "fr", "À quelle fréquence échangez-vous (de vive voix ou par message) avec chaque groupe au sujet de : {process} ?", "Jamais|Rarement|Parfois|Souvent|Tout le temps"),
        (RcItems.Frequency, "es", "¿Con qué frecuencia habla o se escribe con las personas de cada grupo sobre {process}?", "Nunca|Rara vez|A veces|A menudo|Todo el tiempo"),
        (RcItems.Timeliness, "en", "When you need information from each group about {process}, does it reach you in time?", "Never|Rarely|Sometimes|Usually|Always"),
        (RcItems.Timeliness, "fr", "Quand vous avez besoin d'une information de chaque groupe pour : {process}, vous parvient-elle à temps ?", "Jamais|Rarement|Parfois|Habituellement|Toujours"),
        (RcItems.Timeliness, "es", "Cuando necesita información de cada grupo sobre {process}, ¿le llega a tiempo?", "Nunca|Rara vez|A veces|Normalmente|Siempre"),
        (RcItems.Accuracy, "en", "How often is what each group tells you about {process} correct and complete?", "Never|Rarely|Sometimes|Usually|Always"),
        (RcItems.Accuracy, "fr", "À quelle fréquence ce que chaque groupe vous transmet pour : {process} est-il exact et complet ?", "Jamais|Rarement|Parfois|Habituellement|Toujours"),
        (RcItems.Accuracy, "es", "¿Con qué frecuencia lo que cada grupo le comunica sobre {process} es correcto y completo?", "Nunca|Rara vez|A veces|Normalmente|Siempre"),
        (RcItems.ProblemSolving, "en", "When something goes wrong with {process}, what do people in each group do?", "Look for someone to blame|Mostly blame others|It depends|Mostly help fix it|Work it out with me"),
        (RcItems.ProblemSolving, "fr", "Quand un problème survient pour : {process}, que font les personnes de chaque groupe ?", "Cherchent un coupable|Blâment surtout les autres|Cela dépend|Aident surtout à régler|Le règlent avec moi"),
        (RcItems.ProblemSolving, "es", "Cuando algo sale mal en {process}, ¿qué hacen las personas de cada grupo?", "Buscan a quién culpar|Culpan sobre todo a otros|Depende|Ayudan sobre todo a resolverlo|Lo resuelven conmigo"),
        (RcItems.SharedGoals, "en", "How far does each group share your goals for {process}?", "Not at all|A little|Partly|Mostly|Completely"),
        (RcItems.SharedGoals, "fr", "Dans quelle mesure chaque groupe partage-t-il vos objectifs pour : {process} ?", "Pas du tout|Un peu|En partie|En grande partie|Entièrement"),
        (RcItems.SharedGoals, "es", "¿En qué medida cada grupo comparte sus objetivos para {process}?", "Nada|Un poco|En parte|En gran parte|Por completo"),
        (RcItems.SharedKnowledge, "en", "How much do people in each group know about the work you do in {process}?", "Nothing|A little|Some|A lot|Everything"),
        (RcItems.SharedKnowledge, "fr", "Que savent les personnes de chaque groupe du travail que vous faites pour : {process} ?", "Rien|Un peu|Une partie|Beaucoup|Tout"),
        (RcItems.SharedKnowledge, "es", "¿Cuánto saben las personas de cada grupo sobre el trabajo que usted hace en {process}?", "Nada|Un poco|Algo|Mucho|Todo"),
        (RcItems.MutualRespect, "en", "How much do people in each group respect the work you do in {process}?", "Not at all|A little|Somewhat|A lot|Completely"),
        (RcItems.MutualRespect, "fr", "Dans quelle mesure les personnes de chaque groupe respectent-elles le travail que vous faites pour : {process} ?", "Pas du tout|Un peu|Assez|Beaucoup|Entièrement"),
        (RcItems.MutualRespect, "es", "¿Cuánto respetan las personas de cada grupo el trabajo que usted hace en {process}?", "Nada|Un poco|Algo|Mucho|Por completo"),
        (CommentKey, "en", "Anything else about how the groups work together on {process}? (optional; shown only for groups of enough respondents, never with your name)", ""),
        (CommentKey, "fr", "Autre chose sur la façon dont les groupes travaillent ensemble pour : {process} ? (facultatif ; montré seulement pour des groupes assez nombreux, jamais avec votre nom)", ""),
        (CommentKey, "es", "¿Algo más sobre cómo trabajan juntos los grupos en {process}? (opcional; solo se muestra para grupos con suficientes respuestas, nunca con su nombre)", ""),
    ];

    private static readonly (string Language, string Title, string Introduction)[] Texts =
    [
        ("en", "How we work together", "This survey asks how the groups involved in {process} communicate and relate with you. First say which group you belong to, then rate every group, your own included. It takes about ten minutes. Your answers are anonymous: nobody can tell which answers are yours, and results are shown only for groups with enough respondents."),
        ("fr", "Comment nous travaillons ensemble", "Ce questionnaire porte sur la façon dont les groupes qui participent à : {process} communiquent et collaborent avec vous. Indiquez d'abord votre groupe, puis évaluez chaque groupe, y compris le vôtre. Comptez une dizaine de minutes. Vos réponses sont anonymes : personne ne peut savoir lesquelles sont les vôtres, et les résultats ne sont montrés que pour des groupes assez nombreux."),
        ("es", "Cómo trabajamos juntos", "Esta encuesta pregunta cómo se comunican y se relacionan con usted los grupos que participan en {process}. Primero indique a qué grupo pertenece y luego valore a cada grupo, incluido el suyo. Lleva unos diez minutos. Sus respuestas son anónimas: nadie puede saber cuáles son las suyas, y los resultados solo se muestran para grupos con suficientes respuestas."),
    ];

    /// <summary>A fresh copy of the instrument for one organisation (version 1).</summary>
    public static Instrument Create(int organisationId, DateTime nowUtc)
    {
        var instrument = new Instrument
        {
            OrganisationId = organisationId, Key = Key, Name = "Relational coordination", Kind = InstrumentKind.RelationalCoordination, BuiltIn = true,
        };
        var version = new InstrumentVersion { OrganisationId = organisationId, Number = 1, CreatedUtc = nowUtc, Instrument = instrument };
        foreach (var (language, title, introduction) in Texts)
        {
            version.Texts.Add(new InstrumentText { Language = language, Title = title, Introduction = introduction });
        }
        var keys = RcItems.Keys.Append(CommentKey).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            var item = new Item
            {
                Key = keys[i], Position = i + 1,
                Kind = keys[i] == CommentKey ? ItemKind.FreeText : ItemKind.Scale,
                ScaleMin = RcItems.MinValue, ScaleMax = RcItems.MaxValue,
            };
            foreach (var w in Wording.Where(w => w.Item == keys[i]))
            {
                item.Translations.Add(new ItemTranslation { Language = w.Language, Text = w.Text, Anchors = w.Anchors });
            }
            version.Items.Add(item);
        }
        foreach (var (key, name, items) in CompositePlan)
        {
            version.Composites.Add(new Composite { Key = key, Name = name, ItemKeys = string.Join(',', items) });
        }
        instrument.Versions.Add(version);
        return instrument;
    }
}
