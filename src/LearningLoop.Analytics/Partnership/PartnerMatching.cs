namespace LearningLoop.Analytics.Partnership;

/// <summary>When a partner can take part; a request and a profile each name one or more.</summary>
[Flags]
public enum Availability
{
    None = 0,
    WeekdayDaytime = 1,
    WeekdayEvening = 2,
    Weekend = 4,
    Remote = 8,
}

/// <summary>What an initiative asks of a partner. Empty lists ask for nothing in particular.</summary>
public sealed record PartnerAsk(IReadOnlyList<string> Experience, IReadOnlyList<string> Skills, string? Language, Availability Availability);

/// <summary>A candidate as matching sees them: what they bring and how busy they already are.</summary>
public sealed record PartnerCandidate(
    int PartnerId, IReadOnlyList<string> Experience, IReadOnlyList<string> Skills, IReadOnlyList<string> Languages,
    Availability Availability, bool TrainingDone, int CurrentInitiatives);

/// <summary>A ranked suggestion; <see cref="Reasons"/> say, in words, what earned and cost the score.</summary>
public sealed record PartnerSuggestion(int PartnerId, int Rank, double Score, IReadOnlyList<string> Reasons);

/// <summary>Ranks candidate partners for a request. The weights are a transparent points scheme, not a fitted model:
/// lived experience of what the initiative changes counts most (it is why a partner is there), then a shared language
/// (without one the partner cannot take part), then skills, time, training, and a penalty for partners already on
/// many initiatives (spreading the load keeps partners from burning out). Ties break on fewer initiatives, then id.</summary>
public static class PartnerMatching
{
    public const double PerExperience = 3;
    public const double Language = 2.5;
    public const double NoLanguage = -5;
    public const double PerSkill = 2;
    public const double PerAvailability = 1;
    public const double Trained = 1;
    /// <summary>Per initiative beyond <see cref="ComfortableLoad"/>.</summary>
    public const double PerExtraInitiative = -1.5;
    public const int ComfortableLoad = 1;

    public static IReadOnlyList<PartnerSuggestion> Rank(PartnerAsk ask, IReadOnlyList<PartnerCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(ask);
        ArgumentNullException.ThrowIfNull(candidates);
        var scored = candidates.Select(c => (Candidate: c, Score: Score(ask, c, out var reasons), Reasons: reasons))
            .OrderByDescending(s => s.Score).ThenBy(s => s.Candidate.CurrentInitiatives).ThenBy(s => s.Candidate.PartnerId).ToList();
        return scored.Select((s, i) => new PartnerSuggestion(s.Candidate.PartnerId, i + 1, s.Score, s.Reasons)).ToList();
    }

    private static double Score(PartnerAsk ask, PartnerCandidate c, out IReadOnlyList<string> reasons)
    {
        var why = new List<string>();
        var score = 0.0;
        var experience = Shared(ask.Experience, c.Experience);
        if (experience.Count > 0)
        {
            score += PerExperience * experience.Count;
            why.Add($"Lived experience of {string.Join(", ", experience)} (+{PerExperience * experience.Count:0.#})");
        }
        if (!string.IsNullOrWhiteSpace(ask.Language))
        {
            var speaks = c.Languages.Any(l => string.Equals(l.Trim(), ask.Language.Trim(), StringComparison.OrdinalIgnoreCase));
            score += speaks ? Language : NoLanguage;
            why.Add(speaks ? $"Speaks {ask.Language} (+{Language:0.#})" : $"Does not list {ask.Language} ({NoLanguage:0.#})");
        }
        var skills = Shared(ask.Skills, c.Skills);
        if (skills.Count > 0)
        {
            score += PerSkill * skills.Count;
            why.Add($"Skills: {string.Join(", ", skills)} (+{PerSkill * skills.Count:0.#})");
        }
        var times = Enum.GetValues<Availability>().Where(a => a != Availability.None && ask.Availability.HasFlag(a) && c.Availability.HasFlag(a)).ToList();
        if (times.Count > 0)
        {
            score += PerAvailability * times.Count;
            why.Add($"Available: {string.Join(", ", times.Select(Words))} (+{PerAvailability * times.Count:0.#})");
        }
        if (c.TrainingDone)
        {
            score += Trained;
            why.Add($"Partner training completed (+{Trained:0.#})");
        }
        var extra = Math.Max(0, c.CurrentInitiatives - ComfortableLoad);
        if (extra > 0)
        {
            score += PerExtraInitiative * extra;
            why.Add($"Already on {c.CurrentInitiatives} initiatives ({PerExtraInitiative * extra:0.#})");
        }
        reasons = why;
        return score;
    }

    /// <summary>The asked-for terms the candidate has, compared without case, in the request's order.</summary>
    private static List<string> Shared(IReadOnlyList<string> asked, IReadOnlyList<string> has) =>
        asked.Where(a => has.Any(h => string.Equals(h.Trim(), a.Trim(), StringComparison.OrdinalIgnoreCase)))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    public static string Words(Availability a) => a switch
    {
        Availability.WeekdayDaytime => "weekday daytime",
        Availability.WeekdayEvening => "weekday evenings",
        Availability.Weekend => "weekends",
        Availability.Remote => "remote",
        _ => a.ToString(),
    };
}
