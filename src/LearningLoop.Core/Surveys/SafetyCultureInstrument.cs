namespace LearningLoop.Core.Surveys;

/// <summary>The built-in safety-culture survey: LearningLoop's own wording (not AHRQ's licensed items), grouped into ten
/// composites shaped like AHRQ's Hospital Survey on Patient Safety Culture 2.0, plus an overall safety rating and the
/// number of events the respondent reported in the last 12 months. Agreement and frequency items have five points and a
/// sixth, "does not apply / don't know", left out of scoring. Scored as percent positive
/// (<see cref="PercentPositiveReport"/>). An organisation holding the licensed wording imports it as its own instrument
/// (a FHIR Questionnaire) with the same composites.</summary>
public static class SafetyCultureInstrument
{
    public const string Key = "safety-culture";
    public const string OverallRatingKey = "overall-rating";
    public const string EventsReportedKey = "events-reported";
    public const string CommentKey = "comments";

    private const string Agree = "Strongly disagree|Disagree|Neither agree nor disagree|Agree|Strongly agree|Does not apply / don't know";
    private const string Often = "Never|Rarely|Sometimes|Most of the time|Always|Does not apply / don't know";

    // (composite key, composite name, [(item key, wording, frequency scale?, reverse-worded?)])
    public static readonly (string Key, string Name, (string Item, string Text, bool Frequency, bool Reverse)[] Items)[] Plan =
    [
        ("teamwork", "Teamwork",
        [
            ("tw1", "People on this unit help each other out when things get busy.", false, false),
            ("tw2", "When the work is heavy, we pull together as one team.", false, false),
            ("tw3", "Disrespectful behaviour by people on this unit goes unchallenged.", false, true),
        ]),
        ("staffing", "Staffing and work pace",
        [
            ("sw1", "There are enough of us to handle the work safely.", false, false),
            ("sw2", "We work at a pace that gets in the way of safe care.", false, true),
            ("sw3", "We lean on temporary or agency staff more than is good for patient care.", false, true),
        ]),
        ("learning", "Organisational learning and continuous improvement",
        [
            ("ol1", "This unit looks at how it works regularly to find safer ways.", false, false),
            ("ol2", "Changes we make to improve safety are checked to see whether they worked.", false, false),
            ("ol3", "Problems that put patients at risk come back again and again here.", false, true),
        ]),
        ("response-to-error", "Response to error",
        [
            ("re1", "People here feel that their mistakes are held against them.", false, true),
            ("re2", "When an event is reported, the focus is on the person rather than on the problem.", false, true),
            ("re3", "When staff make errors, this unit looks at how the work was set up, not only at who made them.", false, false),
        ]),
        ("supervisor-support", "Supervisor, manager or clinical leader support for safety",
        [
            ("ss1", "My manager listens seriously to staff ideas for making care safer.", false, false),
            ("ss2", "My manager wants us to work faster even when it means cutting corners.", false, true),
            ("ss3", "My manager acts on safety concerns that are raised.", false, false),
        ]),
        ("communication-about-error", "Communication about error",
        [
            ("ce1", "We hear about errors that happen on this unit.", true, false),
            ("ce2", "When errors happen, we talk about how to stop them happening again.", true, false),
            ("ce3", "We are told about changes made because of event reports.", true, false),
        ]),
        ("communication-openness", "Communication openness",
        [
            ("co1", "We speak up when we see something that may harm a patient.", true, false),
            ("co2", "When staff see something unsafe, they feel able to question those with more authority.", true, false),
            ("co3", "Staff are afraid to ask questions when something does not seem right.", true, true),
            ("co4", "When we speak up, those with more authority are open to what we say.", true, false),
        ]),
        ("reporting", "Reporting patient safety events",
        [
            ("rp1", "When a mistake is caught and fixed before it reaches the patient, how often is it reported?", true, false),
            ("rp2", "When a mistake reaches the patient but could have harmed them and did not, how often is it reported?", true, false),
        ]),
        ("management-support", "Hospital management support for patient safety",
        [
            ("ms1", "Hospital management gives us the resources we need to keep patients safe.", false, false),
            ("ms2", "Hospital management shows that patient safety comes first.", false, false),
            ("ms3", "Hospital management seems interested in safety only after something goes wrong.", false, true),
        ]),
        ("handoffs", "Handoffs and information exchange",
        [
            ("ho1", "Important information about patients gets lost when they move between units.", false, true),
            ("ho2", "Important information gets lost at shift change.", false, true),
            ("ho3", "We have enough time to hand over patient information at shift change.", false, false),
        ]),
    ];

    private static readonly (string Key, string Text, string Anchors)[] Closing =
    [
        (OverallRatingKey, "How would you rate your unit on patient safety overall?", "Poor|Fair|Good|Very good|Excellent"),
        (EventsReportedKey, "In the past 12 months, how many patient-safety events have you reported?", "None|1 to 2|3 to 5|6 to 10|11 or more"),
    ];

    /// <summary>A fresh copy of the instrument for one organisation (version 1).</summary>
    public static Instrument Create(int organisationId, DateTime nowUtc)
    {
        var instrument = new Instrument { OrganisationId = organisationId, Key = Key, Name = "Patient safety culture", Kind = InstrumentKind.Questionnaire, BuiltIn = true };
        var version = new InstrumentVersion { OrganisationId = organisationId, Number = 1, CreatedUtc = nowUtc, Instrument = instrument };
        version.Texts.Add(new InstrumentText
        {
            Language = SurveyLanguages.Default, Title = "Patient safety on our unit",
            Introduction = "This survey asks how you see patient safety on your unit. It takes about ten minutes. Your answers are "
                + "anonymous: nobody can tell which answers are yours, and results are shown only for groups with enough respondents.",
        });
        var position = 0;
        foreach (var (key, name, items) in Plan)
        {
            foreach (var (item, text, frequency, reverse) in items)
            {
                version.Items.Add(new Item
                {
                    Key = item, Position = ++position, ScaleMin = 1, ScaleMax = 6, NotApplicable = 6, ReverseCoded = reverse,
                    Translations = { new ItemTranslation { Language = SurveyLanguages.Default, Text = text, Anchors = frequency ? Often : Agree } },
                });
            }
            version.Composites.Add(new Composite { Key = key, Name = name, ItemKeys = string.Join(',', items.Select(i => i.Item)) });
        }
        foreach (var (key, text, anchors) in Closing)
        {
            version.Items.Add(new Item
            {
                Key = key, Position = ++position, ScaleMin = 1, ScaleMax = 5,
                Translations = { new ItemTranslation { Language = SurveyLanguages.Default, Text = text, Anchors = anchors } },
            });
        }
        version.Items.Add(new Item
        {
            Key = CommentKey, Position = ++position, Kind = ItemKind.FreeText,
            Translations = { new ItemTranslation { Language = SurveyLanguages.Default, Text = "Anything else about patient safety on your unit? (optional)" } },
        });
        instrument.Versions.Add(version);
        return instrument;
    }
}
