using System.Globalization;
using LearningLoop.Core.Improvement;

namespace LearningLoop.Web.Features.Learning;

/// <summary>How often each theme and CFIR domain was coded in interviews, quarter by quarter: whether engagement,
/// systems thinking or communication come up more after a relational intervention than before it.</summary>
public sealed record ThemeCounts(IReadOnlyList<string> Quarters, IReadOnlyDictionary<InterviewThemes, int[]> Themes, IReadOnlyDictionary<CfirDomains, int[]> Domains, int[] Notes)
{
    public static ThemeCounts Of(IReadOnlyCollection<InterviewNote> notes)
    {
        ArgumentNullException.ThrowIfNull(notes);
        // Every quarter from the first note to the last, empty ones too: a gap is part of the story over time.
        var quarters = new List<string>();
        if (notes.Count > 0)
        {
            var first = notes.Min(n => n.InterviewedOn);
            var last = notes.Max(n => n.InterviewedOn);
            for (var q = new DateOnly(first.Year, (((first.Month - 1) / 3) * 3) + 1, 1); q <= last; q = q.AddMonths(3))
            {
                quarters.Add(Quarter(q));
            }
        }
        int[] Count(Func<InterviewNote, bool> coded) =>
            quarters.Select(q => notes.Count(n => Quarter(n.InterviewedOn) == q && coded(n))).ToArray();
        return new ThemeCounts(quarters,
            Initiatives.InitiativeLabels.Themes.ToDictionary(t => t, t => Count(n => n.Themes.HasFlag(t))),
            Initiatives.InitiativeLabels.Domains.ToDictionary(d => d, d => Count(n => n.Domains.HasFlag(d))),
            Count(_ => true));
    }

    public static string Quarter(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year} Q{((date.Month - 1) / 3) + 1}");
}
