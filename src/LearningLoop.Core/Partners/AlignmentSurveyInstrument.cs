using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Partners;

/// <summary>The short alignment survey, one wave per initiative: the respondent's stakeholder group, then the five
/// dimensions of the alignment map, each on its own five-point scale, in LearningLoop's own words. A group's means become
/// one row of the map once the wave has closed and the group has enough respondents.</summary>
public static class AlignmentSurveyInstrument
{
    public const string Key = "stakeholder-alignment";
    public const string GroupKey = "group";
    public const string CommentKey = "comments";

    /// <summary>The dimension items, in the order of <see cref="Analytics.Partnership.AlignmentDimension"/>.</summary>
    public static readonly (string Key, string Text, string Anchors)[] Dimensions =
    [
        ("priority", "Among everything your group is asked to do this year, how high a priority is this initiative?",
            "Very low|Low|Moderate|High|Very high"),
        ("incentives", "How much does your group gain from the initiative succeeding (targets, recognition, easier work)?",
            "Nothing|A little|Some|Much|A great deal"),
        ("barriers", "How much stands in your group's way of taking part (time, staffing, rules, budget)?",
            "Nothing|A little|Some|Much|A great deal"),
        ("benefit", "How much good do you expect the initiative to do for the people your group cares for or works with?",
            "None|A little|Some|Much|A great deal"),
        ("effort", "How much extra effort does the initiative ask of your group?", "None|A little|Some|Much|A great deal"),
    ];

    /// <summary>The usual groups, in the order of the group item's scale.</summary>
    public static IReadOnlyList<string> Groups => StakeholderGroups.Usual;

    public static Instrument Create(int organisationId, DateTime nowUtc)
    {
        var instrument = new Instrument { OrganisationId = organisationId, Key = Key, Name = "Stakeholder alignment", BuiltIn = true };
        var version = new InstrumentVersion { OrganisationId = organisationId, Number = 1, CreatedUtc = nowUtc, Instrument = instrument };
        version.Texts.Add(new InstrumentText
        {
            Language = SurveyLanguages.Default, Title = "Where your group stands on this initiative",
            Introduction = "Six short questions about what this initiative means for your group: front-line clinicians, middle "
                + "managers, senior leaders, patient partners or support staff. It takes two minutes. Answers are anonymous; each "
                + "group is shown only when enough of its members have answered.",
        });
        var position = 0;
        version.Items.Add(new Item
        {
            Key = GroupKey, Position = ++position, ScaleMin = 1, ScaleMax = Groups.Count, Required = true,
            Translations = { new ItemTranslation { Language = SurveyLanguages.Default, Text = "Which group are you in?", Anchors = string.Join('|', Groups) } },
        });
        foreach (var (key, text, anchors) in Dimensions)
        {
            version.Items.Add(new Item
            {
                Key = key, Position = ++position, ScaleMin = 1, ScaleMax = 5, Required = true,
                Translations = { new ItemTranslation { Language = SurveyLanguages.Default, Text = text, Anchors = anchors } },
            });
        }
        version.Items.Add(new Item
        {
            Key = CommentKey, Position = ++position, Kind = ItemKind.FreeText,
            Translations = { new ItemTranslation { Language = SurveyLanguages.Default, Text = "What would help your group take part? (optional)" } },
        });
        instrument.Versions.Add(version);
        return instrument;
    }
}
