using LearningLoop.Analytics.Partnership;

namespace LearningLoop.Analytics.Tests.Partnership;

/// <summary>Ranking partners against a request, on a hand-made registry where one partner plainly fits.</summary>
public sealed class PartnerMatchingTests
{
    private static readonly PartnerAsk Ask = new(["stroke", "carer"], ["plain-language writing"], "Welsh", Availability.WeekdayEvening | Availability.Remote);

    // Amira fits: both experiences, the skill, Welsh, both times, trained. The others each miss something that matters.
    private static readonly PartnerCandidate Amira = new(1, ["Stroke", "carer"], ["plain-language writing"], ["English", "Welsh"],
        Availability.WeekdayEvening | Availability.Remote, TrainingDone: true, CurrentInitiatives: 1);
    private static readonly PartnerCandidate BusyBen = new(2, ["stroke", "carer"], ["plain-language writing"], ["Welsh"],
        Availability.WeekdayEvening | Availability.Remote, TrainingDone: true, CurrentInitiatives: 4);
    private static readonly PartnerCandidate NoWelshNia = new(3, ["stroke", "carer"], ["plain-language writing"], ["English"],
        Availability.WeekdayEvening, TrainingDone: true, CurrentInitiatives: 0);
    private static readonly PartnerCandidate OtherOwen = new(4, ["diabetes"], ["data"], ["Welsh"], Availability.Weekend, TrainingDone: false, CurrentInitiatives: 0);

    [Fact]
    public void The_partner_who_fits_ranks_first_whatever_the_order_they_are_listed_in()
    {
        foreach (var order in new[] { new[] { OtherOwen, NoWelshNia, BusyBen, Amira }, new[] { Amira, BusyBen, NoWelshNia, OtherOwen } })
        {
            var ranked = PartnerMatching.Rank(Ask, order);
            Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.PartnerId).ToArray());
            Assert.Equal([1, 2, 3, 4], ranked.Select(r => r.Rank).ToArray());
        }
    }

    [Fact]
    public void Each_rank_carries_the_reasons_that_made_its_score()
    {
        var ranked = PartnerMatching.Rank(Ask, [Amira, BusyBen, NoWelshNia, OtherOwen]);
        var amira = ranked[0];
        Assert.Contains(amira.Reasons, r => r.StartsWith("Lived experience of stroke, carer", StringComparison.Ordinal));
        Assert.Contains("Speaks Welsh (+2.5)", amira.Reasons);
        Assert.Equal((2 * PartnerMatching.PerExperience) + PartnerMatching.Language + PartnerMatching.PerSkill + (2 * PartnerMatching.PerAvailability)
            + PartnerMatching.Trained, amira.Score);
        Assert.Contains(ranked[1].Reasons, r => r.StartsWith("Already on 4 initiatives", StringComparison.Ordinal));
        Assert.Contains(ranked[2].Reasons, r => r.StartsWith("Does not list Welsh", StringComparison.Ordinal));
    }

    [Fact]
    public void Equal_scores_go_to_the_partner_on_fewer_initiatives()
    {
        var a = Amira with { PartnerId = 7, CurrentInitiatives = 1 };
        var b = Amira with { PartnerId = 3, CurrentInitiatives = 0 };
        Assert.Equal([3, 7], PartnerMatching.Rank(Ask, [a, b]).Select(r => r.PartnerId).ToArray());
    }
}
