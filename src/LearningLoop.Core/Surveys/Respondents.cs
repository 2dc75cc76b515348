using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>The anonymous side of a survey: open a link, save part-way, submit once. Respondents are not signed in,
/// so this is the one place that reads across organisations on purpose (<c>IgnoreQueryFilters</c>): the wave is the
/// one the link's signature proves, and only that wave's form is ever shown.</summary>
public sealed class Respondents(LearningLoopDbContext db, TimeProvider clock, SubmissionQueue queue, SurveyFormCache forms)
{
    public sealed record Opened(LinkProblem Problem, SurveyForm? Form, ResponseDraft? Draft);

    public sealed record Recorded(LinkProblem Problem, IReadOnlyDictionary<string, string> Errors, bool Submitted)
    {
        public bool Stored => Problem == LinkProblem.None && Errors.Count == 0;
    }

    private static readonly byte[] NoWaveKey = SurveyLink.NewKey();

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The form behind a link, with the draft saved earlier through the same link, if any.</summary>
    public async Task<Opened> OpenAsync(string? token, CancellationToken ct = default)
    {
        var (problem, form) = await CheckAsync(token, ct);
        if (problem != LinkProblem.None)
        {
            return new Opened(problem, form, null);
        }
        var key = SurveyLink.DraftKey(token!);
        var draft = await db.Responses.IgnoreQueryFilters().Include(r => r.Answers).AsNoTracking()
            .FirstOrDefaultAsync(r => r.DraftKey == key, ct);
        return new Opened(LinkProblem.None, form, draft is null ? null : ResponseDraft.From(draft));
    }

    /// <summary>A fresh single-use link for someone at a kiosk. A code of no wave and a closed wave's code get the same
    /// answer (<see cref="LinkProblem.Unknown"/>) after the same single query. Each form handed out counts against the
    /// wave's <see cref="KioskAllowance"/>; the counter is raised in one conditional UPDATE, so concurrent visitors can
    /// never take it past the cap.</summary>
    public async Task<(LinkProblem Problem, string? Token)> KioskLinkAsync(string? code, CancellationToken ct = default)
    {
        var wave = code is { Length: > 0 and <= 20 }
            ? await db.Waves.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(w => w.KioskCode == code, ct)
            : null;
        var state = wave?.StateOn(Today);
        if (wave is null || !wave.Distribution.HasFlag(DistributionModes.Kiosk) || state == WaveState.Closed)
        {
            return (LinkProblem.Unknown, null);
        }
        if (state == WaveState.NotYetOpen)
        {
            return (LinkProblem.NotYetOpen, null);
        }
        var margin = await db.Organisations.IgnoreQueryFilters().AsNoTracking().Where(o => o.Id == wave.OrganisationId).Select(o => o.KioskMarginPercent).FirstAsync(ct);
        var cap = KioskAllowance.Of(await WavePopulation.CountAsync(db, wave, ct), margin);
        var taken = await db.Waves.IgnoreQueryFilters().Where(w => w.Id == wave.Id && w.KioskFormsHandedOut < cap)
            .ExecuteUpdateAsync(s => s.SetProperty(w => w.KioskFormsHandedOut, w => w.KioskFormsHandedOut + 1), ct);
        return taken == 1 ? (LinkProblem.None, SurveyLink.Mint(wave.Id, wave.LinkKey!)) : (LinkProblem.KioskExhausted, null);
    }

    /// <summary>Saves the draft (<paramref name="submit"/> false) or submits it. Anything invalid (an answer off the
    /// scale, a workgroup not in the wave) refuses the whole request and stores nothing; so do a used link and a
    /// wave that is not open.</summary>
    public async Task<Recorded> RecordAsync(string? token, ResponseDraft entered, bool submit, CancellationToken ct = default)
    {
        var (problem, form) = await CheckAsync(token, ct);
        if (problem != LinkProblem.None)
        {
            return new Recorded(problem, new Dictionary<string, string>(), false);
        }
        var errors = ResponseValidation.Check(form!, entered, submit);
        if (errors.Count > 0)
        {
            return new Recorded(LinkProblem.None, errors, false);
        }

        var key = SurveyLink.DraftKey(token!);
        var response = await db.Responses.IgnoreQueryFilters().Include(r => r.Answers).FirstOrDefaultAsync(r => r.DraftKey == key, ct);
        if (response is null)
        {
            response = new Response { OrganisationId = form!.Wave.OrganisationId, WaveId = form.Wave.Id, DraftKey = key };
            db.Responses.Add(response);
        }
        db.Answers.RemoveRange(response.Answers);
        Fill(response, form!, entered);
        if (submit)
        {
            response.Status = ResponseStatus.Submitted;
            response.DraftKey = null;
            db.UsedTokenHashes.Add(new UsedTokenHash { Hash = SurveyLink.UsedHash(token!), WaveId = form!.Wave.Id });
        }
        try
        {
            // One SaveChanges is one transaction: the response and the used hash are stored together or not at all.
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A second submission racing the first loses on the used hash's key (or on the draft it changed).
            db.ChangeTracker.Clear();
            var used = await db.UsedTokenHashes.AnyAsync(u => u.Hash == SurveyLink.UsedHash(token!), ct);
            if (used)
            {
                return new Recorded(LinkProblem.Used, new Dictionary<string, string>(), false);
            }
            throw;
        }
        return new Recorded(LinkProblem.None, new Dictionary<string, string>(), submit);
    }

    /// <summary>The fast way to submit (decision 0030): the same checks and validation as <see cref="RecordAsync"/>, on a
    /// form read at most a few seconds ago, then the response is queued for a group commit and the outcome is that
    /// commit's. A link already used is found by the commit (the used hash's key), not by a query beforehand.</summary>
    public async Task<Recorded> SubmitAsync(string? token, ResponseDraft entered, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entered);
        if (SurveyLink.WaveOf(token) is not { } waveId)
        {
            return new Recorded(LinkProblem.Unknown, new Dictionary<string, string>(), false);
        }
        var form = await forms.GetAsync(waveId, async () =>
        {
            var wave = await WaveAsync(waveId, ct);
            return wave is null ? null : await FormAsync(wave, ct);
        });
        var wave = form?.Wave;
        if (!SurveyLink.Verify(token!, wave?.LinkKey ?? NoWaveKey) || wave is null || wave.StateOn(Today) != WaveState.Open)
        {
            var problem = wave?.StateOn(Today) == WaveState.NotYetOpen ? LinkProblem.NotYetOpen : LinkProblem.Unknown;
            return new Recorded(problem, new Dictionary<string, string>(), false);
        }
        var errors = ResponseValidation.Check(form!, entered, submit: true);
        if (errors.Count > 0)
        {
            return new Recorded(LinkProblem.None, errors, false);
        }
        var response = new Response { OrganisationId = wave.OrganisationId, WaveId = wave.Id, Status = ResponseStatus.Submitted };
        Fill(response, form!, entered);
        var outcome = await queue.SubmitAsync(new Submission(response, SurveyLink.UsedHash(token!), SurveyLink.DraftKey(token!)), ct);
        return new Recorded(outcome, new Dictionary<string, string>(), outcome == LinkProblem.None);
    }

    /// <summary>The response's reported groups and its answers, as entered (validated before).</summary>
    private static void Fill(Response response, SurveyForm form, ResponseDraft entered)
    {
        response.WorkgroupId = entered.WorkgroupId;
        response.UnitId = form.Units.Count == 1 ? form.Units[0].Id : entered.UnitId;
        response.Language = SurveyLanguages.IsSupported(entered.Language) ? entered.Language : SurveyLanguages.Default;
        response.Answers.Clear();
        foreach (var ((item, target), value) in entered.Values)
        {
            response.Answers.Add(new Answer { OrganisationId = response.OrganisationId, ItemKey = item, TargetWorkgroupId = target, Value = value });
        }
        foreach (var (item, text) in entered.Texts.Where(t => !string.IsNullOrWhiteSpace(t.Value)))
        {
            response.Answers.Add(new Answer { OrganisationId = response.OrganisationId, ItemKey = item, Text = text.Trim() });
        }
    }

    private Task<Wave?> WaveAsync(int waveId, CancellationToken ct) =>
        db.Waves.IgnoreQueryFilters().AsNoTracking()
            .Include(w => w.InstrumentVersion).ThenInclude(v => v!.Instrument)
            .FirstOrDefaultAsync(w => w.Id == waveId, ct);

    private async Task<(LinkProblem, SurveyForm?)> CheckAsync(string? token, CancellationToken ct)
    {
        if (SurveyLink.WaveOf(token) is not { } waveId)
        {
            return (LinkProblem.Unknown, null);
        }
        var wave = await WaveAsync(waveId, ct);
        // A wave that does not exist and a closed one (whose key is erased) give the same answer after the same work:
        // the signature is checked against a throwaway key when there is no wave, so neither the words nor the time
        // tell whether a wave of that number exists.
        if (!SurveyLink.Verify(token!, wave?.LinkKey ?? NoWaveKey) || wave is null || wave.StateOn(Today) == WaveState.Closed)
        {
            return (LinkProblem.Unknown, null);
        }
        var form = await FormAsync(wave, ct);
        if (await db.UsedTokenHashes.AnyAsync(u => u.Hash == SurveyLink.UsedHash(token!), ct))
        {
            return (LinkProblem.Used, form);
        }
        return wave.StateOn(Today) == WaveState.NotYetOpen ? (LinkProblem.NotYetOpen, form) : (LinkProblem.None, form);
    }

    private async Task<SurveyForm> FormAsync(Wave wave, CancellationToken ct)
    {
        var workgroupIds = wave.Workgroups.Select(w => w.WorkgroupId).ToList();
        var unitIds = wave.Units.Select(u => u.UnitId).ToList();
        var workgroups = await db.Workgroups.IgnoreQueryFilters().AsNoTracking()
            .Where(w => w.OrganisationId == wave.OrganisationId && workgroupIds.Contains(w.Id)).ToListAsync(ct);
        var units = await db.Units.IgnoreQueryFilters().AsNoTracking()
            .Where(u => u.OrganisationId == wave.OrganisationId && unitIds.Contains(u.Id)).OrderBy(u => u.Name).ToListAsync(ct);
        var ordered = wave.WorkgroupIdsInOrder.Select(id => workgroups.First(w => w.Id == id)).ToList();
        return new SurveyForm(wave, wave.InstrumentVersion!, ordered, units);
    }
}
