using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>Everything a respondent's page shows: the wave, its wording, the workgroups to rate (in the wave's order)
/// and the units to choose from. Nothing about other respondents.</summary>
public sealed record SurveyForm(Wave Wave, InstrumentVersion Version, IReadOnlyList<Workgroup> Workgroups, IReadOnlyList<Unit> Units)
{
    /// <summary>The language the wave's own words (focal work process, workgroup names) are shown in; see <see cref="In"/>.</summary>
    public string Language { get; init; } = SurveyLanguages.Default;

    /// <summary>The form as a respondent of <paramref name="language"/> reads it: workgroup names and the focal work process
    /// in the organiser's translation where there is one (<see cref="WaveTexts"/>). The workgroups are copies for display,
    /// never saved.</summary>
    public SurveyForm In(string language) => this with
    {
        Language = language,
        Workgroups = Workgroups.Select(w => new Workgroup
        {
            Id = w.Id, OrganisationId = w.OrganisationId, Key = w.Key, Name = WaveTexts.WorkgroupName(Wave, w, language),
        }).ToList(),
    };

    public bool IsRelationalCoordination => Version.Instrument?.Kind == InstrumentKind.RelationalCoordination;

    public IEnumerable<Item> ScaleItems => Version.Items.Where(i => i.Kind == ItemKind.Scale).OrderBy(i => i.Position);

    public IEnumerable<Item> FreeTextItems => Version.Items.Where(i => i.Kind == ItemKind.FreeText).OrderBy(i => i.Position);

    /// <summary>The rated workgroups of a relational coordination wave; one null target for a plain questionnaire.</summary>
    public IReadOnlyList<int?> Targets => IsRelationalCoordination ? Workgroups.Select(w => (int?)w.Id).ToList() : [null];

    /// <summary>Replaces <c>{process}</c> with the wave's focal work process in the form's language; a wave without one
    /// asks about the respondent's work, in the same language (a French respondent reads no English).</summary>
    public string Fill(string text)
    {
        var process = WaveTexts.FocalWorkProcess(Wave, Language);
        return text.Replace("{process}", process.Length > 0 ? process : YourWork(Language), StringComparison.Ordinal);
    }

    private static string YourWork(string language) => language switch
    {
        "fr" => "votre travail",
        "es" => "su trabajo",
        _ => "your work",
    };
}
