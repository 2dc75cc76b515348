using LearningLoop.Core.Organisations;

namespace LearningLoop.Core.Surveys;

/// <summary>Everything a respondent's page shows: the wave, its wording, the workgroups to rate (in the wave's order)
/// and the units to choose from. Nothing about other respondents.</summary>
public sealed record SurveyForm(Wave Wave, InstrumentVersion Version, IReadOnlyList<Workgroup> Workgroups, IReadOnlyList<Unit> Units)
{
    public bool IsRelationalCoordination => Version.Instrument?.Kind == InstrumentKind.RelationalCoordination;

    public IEnumerable<Item> ScaleItems => Version.Items.Where(i => i.Kind == ItemKind.Scale).OrderBy(i => i.Position);

    public IEnumerable<Item> FreeTextItems => Version.Items.Where(i => i.Kind == ItemKind.FreeText).OrderBy(i => i.Position);

    /// <summary>The rated workgroups of a relational coordination wave; one null target for a plain questionnaire.</summary>
    public IReadOnlyList<int?> Targets => IsRelationalCoordination ? Workgroups.Select(w => (int?)w.Id).ToList() : [null];

    /// <summary>Replaces <c>{process}</c> with the wave's focal work process.</summary>
    public string Fill(string text) => text.Replace("{process}", Wave.FocalWorkProcess.Length > 0 ? Wave.FocalWorkProcess : "your work", StringComparison.Ordinal);
}
