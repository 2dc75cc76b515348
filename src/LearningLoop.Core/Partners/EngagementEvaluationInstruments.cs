using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Partners;

/// <summary>The engagement-evaluation questionnaires, shaped like the public and patient engagement evaluation practice
/// (a participant questionnaire, a project questionnaire, an organisation questionnaire; Abelson et al.'s PPEET) but in
/// LearningLoop's own words. Each item is a statement on a five-point agreement scale with a sixth point, "does not
/// apply / don't know", and each composite is scored as percent positive (agree or strongly agree), as the safety-culture
/// survey is. The participant questionnaire first asks how the respondent took part, so partners' and staff's answers
/// can be read apart (each group suppressed below the minimum cell size).</summary>
public static class EngagementEvaluationInstruments
{
    public const string ParticipantKey = "partnership-participant";
    public const string ProjectKey = "partnership-project";
    public const string OrganisationKey = "partnership-organisation";
    public const string RoleKey = "took-part-as";
    public const string CommentKey = "comments";

    /// <summary>The participant questionnaire's respondent groups, in the order of its first item's scale.</summary>
    public static readonly IReadOnlyList<string> ParticipantRoles = ["Patient, family or community partner", "Clinician or staff member", "Manager or leader"];

    /// <summary>The same groups as results name them.</summary>
    public static readonly IReadOnlyList<string> ParticipantGroups = ["Partners", "Staff", "Managers and leaders"];

    private const string Agree = "Strongly disagree|Disagree|Neither agree nor disagree|Agree|Strongly agree|Does not apply / don't know";

    public static readonly QuestionnairePlan Participant = new(ParticipantKey, "Partnership: participant questionnaire",
        "How the partnership worked for you",
        "This questionnaire asks how working together with patient partners on this initiative went for you, whether you took part "
        + "as a partner or as a member of staff. It takes about five minutes. Your answers are anonymous and shown only as totals "
        + "over groups with enough respondents.",
        [
            ("communication-support", "Communication and support",
            [
                ("cs1", "Before each meeting I had what I needed to take part: papers, plain explanations, practical help.", false),
                ("cs2", "The team explained its work and its words in a way I could follow.", false),
                ("cs3", "Someone asked me, from time to time, how the partnership was going for me.", false),
            ]),
            ("sharing-views", "Sharing views",
            [
                ("sv1", "I had enough chances to say what I think.", false),
                ("sv2", "I felt able to disagree with others on the team, whatever their position.", false),
                ("sv3", "Some voices counted for more than others in our discussions.", true),
            ]),
            ("influence", "Influence",
            [
                ("in1", "The team's decisions took partners' views into account.", false),
                ("in2", "We were told what became of the ideas partners raised.", false),
                ("in3", "Partners took part in deciding, not only in discussing.", false),
            ]),
            ("impact", "Impact",
            [
                ("im1", "The initiative is different because of what partners brought to it.", false),
                ("im2", "Taking part was worth the time it took.", false),
                ("im3", "I would work in partnership with this team again.", false),
            ]),
        ],
        (RoleKey, "How did you take part in this initiative?", string.Join('|', ParticipantRoles)),
        "What would make the partnership work better? (optional)");

    public static readonly QuestionnairePlan Project = new(ProjectKey, "Partnership: project questionnaire",
        "How this initiative worked with patient partners",
        "This questionnaire is for the initiative's team: how partnership with patients was planned, how it went and what it "
        + "changed. It takes about five minutes; answers are anonymous and shown only as totals.",
        [
            ("planning", "Planning the engagement",
            [
                ("pl1", "We decided what partners would do before the initiative's plan was set.", false),
                ("pl2", "We had the time and budget partnership needs: recognition, expenses, meeting times that suit partners.", false),
                ("pl3", "The partners we recruited know the care this initiative is about from the inside.", false),
            ]),
            ("engagement", "The engagement itself",
            [
                ("en1", "Partners came to most of our meetings.", false),
                ("en2", "Partners had the information and support they needed to contribute fully.", false),
                ("en3", "Partners were brought in only once the main decisions had been made.", true),
            ]),
            ("impact", "Impact",
            [
                ("ip1", "Partners changed what we aimed for or how we measured it.", false),
                ("ip2", "Partners changed the ideas we tested.", false),
                ("ip3", "We would plan our next initiative with partners from the start.", false),
            ]),
        ],
        null, "What did partnership change, and what got in its way? (optional)");

    public static readonly QuestionnairePlan Organisation = new(OrganisationKey, "Partnership: organisation questionnaire",
        "How our organisation supports partnership with patients",
        "This questionnaire is for leaders, managers and the partnership programme: how far the organisation makes partnership "
        + "with patients possible and what it changes. It takes about five minutes; answers are anonymous and shown only as totals.",
        [
            ("commitment", "Commitment",
            [
                ("cm1", "Our leaders say clearly why partnering with patients matters here.", false),
                ("cm2", "Partnership with patients appears in our strategy and our plans.", false),
            ]),
            ("support", "Communication and support",
            [
                ("su1", "There is a budget to recognise partners and cover their costs.", false),
                ("su2", "Staff who work with partners get training and support to do it well.", false),
                ("su3", "Partners get an orientation and someone to turn to.", false),
            ]),
            ("influence", "Influence",
            [
                ("oi1", "Partners take part in decisions beyond single initiatives: committees, priorities, budgets.", false),
                ("oi2", "What partners say reaches senior leaders.", false),
            ]),
            ("impact", "Impact",
            [
                ("oc1", "Partnership has changed how we improve care.", false),
                ("oc2", "We look at what partnership changes and act on what we find.", false),
            ]),
        ],
        null, "What should the organisation do next for partnership? (optional)");

    public static IReadOnlyList<QuestionnairePlan> All { get; } = [Participant, Project, Organisation];

    public static QuestionnairePlan For(PartnershipSurveyKind kind) => kind switch
    {
        PartnershipSurveyKind.Participant => Participant,
        PartnershipSurveyKind.Project => Project,
        PartnershipSurveyKind.Organisation => Organisation,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The alignment survey is AlignmentSurveyInstrument."),
    };

    /// <summary>The agreement items' scale as the instrument stores it (five points and N/A).</summary>
    public static Item Statement(string key, int position, string text, bool reverse) => new()
    {
        Key = key, Position = position, ScaleMin = 1, ScaleMax = 6, NotApplicable = 6, ReverseCoded = reverse,
        Translations = { new ItemTranslation { Language = SurveyLanguages.Default, Text = text, Anchors = Agree } },
    };
}

/// <summary>A questionnaire of agreement statements grouped into composites, with an optional first item that asks how
/// the respondent took part and an optional closing free-text question.</summary>
public sealed record QuestionnairePlan(string Key, string Name, string Title, string Introduction,
    IReadOnlyList<(string Key, string Name, (string Item, string Text, bool Reverse)[] Items)> Composites,
    (string Key, string Text, string Anchors)? Role, string Closing)
{
    /// <summary>A fresh copy of the instrument for one organisation (version 1).</summary>
    public Instrument Create(int organisationId, DateTime nowUtc)
    {
        var instrument = new Instrument { OrganisationId = organisationId, Key = Key, Name = Name, BuiltIn = true };
        var version = new InstrumentVersion { OrganisationId = organisationId, Number = 1, CreatedUtc = nowUtc, Instrument = instrument };
        version.Texts.Add(new InstrumentText { Language = SurveyLanguages.Default, Title = Title, Introduction = Introduction });
        var position = 0;
        if (Role is var (roleKey, roleText, anchors))
        {
            version.Items.Add(new Item
            {
                Key = roleKey, Position = ++position, ScaleMin = 1, ScaleMax = anchors.Split('|').Length, Required = true,
                Translations = { new ItemTranslation { Language = SurveyLanguages.Default, Text = roleText, Anchors = anchors } },
            });
        }
        foreach (var (key, name, items) in Composites)
        {
            foreach (var (item, text, reverse) in items)
            {
                version.Items.Add(EngagementEvaluationInstruments.Statement(item, ++position, text, reverse));
            }
            version.Composites.Add(new Composite { Key = key, Name = name, ItemKeys = string.Join(',', items.Select(i => i.Item)) });
        }
        version.Items.Add(new Item
        {
            Key = EngagementEvaluationInstruments.CommentKey, Position = ++position, Kind = ItemKind.FreeText,
            Translations = { new ItemTranslation { Language = SurveyLanguages.Default, Text = Closing } },
        });
        instrument.Versions.Add(version);
        return instrument;
    }
}
