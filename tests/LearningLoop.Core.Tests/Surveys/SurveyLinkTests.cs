using LearningLoop.Core.Surveys;

namespace LearningLoop.Core.Tests.Surveys;

public sealed class SurveyLinkTests
{
    [Fact]
    public void A_link_proves_its_wave_with_the_waves_key_and_nothing_else()
    {
        var key = SurveyLink.NewKey();
        var token = SurveyLink.Mint(42, key);
        Assert.Equal(42, SurveyLink.WaveOf(token));
        Assert.True(SurveyLink.Verify(token, key));
        Assert.False(SurveyLink.Verify(token, SurveyLink.NewKey()));
        Assert.False(SurveyLink.Verify(token, null));
        Assert.NotEqual(token, SurveyLink.Mint(42, key)); // random part: two links of one wave differ
    }

    [Fact]
    public void A_changed_character_or_a_truncated_link_is_refused()
    {
        var key = SurveyLink.NewKey();
        var token = SurveyLink.Mint(7, key);
        for (var i = 0; i < token.Length; i++)
        {
            var changed = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.False(SurveyLink.Verify(changed, key), $"position {i}");
        }
        Assert.Null(SurveyLink.WaveOf(token[..^1]));
        Assert.Null(SurveyLink.WaveOf(""));
        Assert.Null(SurveyLink.WaveOf(null));
        Assert.Null(SurveyLink.WaveOf(new string('!', token.Length)));
    }

    [Fact]
    public void Used_and_draft_hashes_differ_from_each_other_and_do_not_contain_the_token()
    {
        var token = SurveyLink.Mint(1, SurveyLink.NewKey());
        var used = SurveyLink.UsedHash(token);
        var draft = SurveyLink.DraftKey(token);
        Assert.NotEqual(used, draft);
        Assert.Equal(64, used.Length);
        Assert.DoesNotContain(token, used, StringComparison.Ordinal);
        Assert.Equal(used, SurveyLink.UsedHash(token));
    }

    [Fact]
    public void Kiosk_codes_avoid_look_alike_characters()
    {
        var codes = Enumerable.Range(0, 200).Select(_ => SurveyLink.NewKioskCode()).ToList();
        Assert.All(codes, c => Assert.Matches("^[a-hjkmnp-z2-9]{10}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
    }
}
