using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>A wave's submitted responses as a FHIR Bundle of QuestionnaireResponses, for analysis elsewhere. Nothing in
/// it identifies anyone: no id, identifier, author, subject, source or authored time; no unit (with the workgroup it
/// could narrow a respondent down); responses of workgroups with fewer respondents than the minimum cell size are left
/// out; the order is by content, not by when anyone answered; and only a closed wave's (<see cref="WaveResultsGate"/>).</summary>
public sealed class FhirResponseExport(LearningLoopDbContext db, WaveResultsGate gate)
{
    public sealed record Export(Bundle Bundle, int Included, int LeftOut);

    public async Task<Export?> ForWaveAsync(int waveId, CancellationToken ct = default)
    {
        var wave = await db.Waves.AsNoTracking().Include(w => w.InstrumentVersion).ThenInclude(v => v!.Instrument).FirstOrDefaultAsync(w => w.Id == waveId, ct);
        if (wave is null)
        {
            return null;
        }
        gate.EnsureAvailable(wave);
        var minCell = SurveyLimits.MinimumCellSize(await db.Organisations.AsNoTracking().FirstAsync(o => o.Id == wave.OrganisationId, ct));
        var version = wave.InstrumentVersion!;
        var workgroupIds = wave.Workgroups.Select(w => w.WorkgroupId).ToList();
        var workgroups = await db.Workgroups.AsNoTracking().Where(w => workgroupIds.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);
        var responses = await db.Responses.AsNoTracking().Include(r => r.Answers)
            .Where(r => r.WaveId == waveId && r.Status == ResponseStatus.Submitted).ToListAsync(ct);
        var large = responses.GroupBy(r => r.WorkgroupId).Where(g => g.Count() >= minCell).Select(g => g.Key).ToHashSet();
        var included = responses.Where(r => r.WorkgroupId is { } w && large.Contains(w) && workgroups.ContainsKey(w)).ToList();

        var bundle = new Bundle { Type = Bundle.BundleType.Collection };
        var canonical = FhirQuestionnaires.Canonical(version.Instrument!) + "|" + version.Number.ToString(CultureInfo.InvariantCulture);
        var serialised = included.Select(r => Response(r, version, workgroups, canonical)).Select(qr => (Resource: qr, Json: qr.ToJson()))
            .OrderBy(x => x.Json, StringComparer.Ordinal);
        foreach (var (resource, _) in serialised)
        {
            bundle.Entry.Add(new Bundle.EntryComponent { Resource = resource });
        }
        bundle.Total = bundle.Entry.Count;
        return new Export(bundle, included.Count, responses.Count - included.Count);
    }

    private static QuestionnaireResponse Response(Response response, InstrumentVersion version, Dictionary<int, Organisations.Workgroup> workgroups, string canonical)
    {
        var qr = new QuestionnaireResponse { Questionnaire = canonical, Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed, Language = response.Language };
        var own = workgroups[response.WorkgroupId!.Value];
        qr.Item.Add(Answer(FhirQuestionnaires.WorkgroupLinkId, new Coding(FhirQuestionnaires.WorkgroupSystem, own.Key, own.Name)));
        var scale = version.Items.Where(i => i.Kind == ItemKind.Scale).OrderBy(i => i.Position).ToList();
        var rc = version.Instrument?.Kind == InstrumentKind.RelationalCoordination;
        foreach (var target in rc ? response.Answers.Where(a => a.TargetWorkgroupId is not null).Select(a => a.TargetWorkgroupId!.Value).Distinct().Order() : Enumerable.Empty<int>())
        {
            if (!workgroups.TryGetValue(target, out var rated)) continue;
            var group = new QuestionnaireResponse.ItemComponent { LinkId = FhirQuestionnaires.RatingsLinkId };
            group.Item.Add(Answer(FhirQuestionnaires.TargetLinkId, new Coding(FhirQuestionnaires.WorkgroupSystem, rated.Key, rated.Name)));
            foreach (var item in scale)
            {
                if (response.Answers.FirstOrDefault(a => a.ItemKey == item.Key && a.TargetWorkgroupId == target)?.Value is { } value)
                {
                    group.Item.Add(Answer(item.Key, ScaleCoding(item, value)));
                }
            }
            qr.Item.Add(group);
        }
        foreach (var item in rc ? [] : scale)
        {
            if (response.Answers.FirstOrDefault(a => a.ItemKey == item.Key && a.TargetWorkgroupId is null)?.Value is { } value)
            {
                qr.Item.Add(Answer(item.Key, ScaleCoding(item, value)));
            }
        }
        foreach (var answer in response.Answers.Where(a => a.Text is { Length: > 0 }).OrderBy(a => a.ItemKey, StringComparer.Ordinal))
        {
            qr.Item.Add(Answer(answer.ItemKey, new FhirString(answer.Text)));
        }
        return qr;
    }

    private static Coding ScaleCoding(Item item, int value)
    {
        var anchors = item.TextFor(SurveyLanguages.Default).AnchorLabels;
        var index = value - item.ScaleMin;
        return new Coding(FhirQuestionnaires.ScaleSystem, value.ToString(CultureInfo.InvariantCulture), index >= 0 && index < anchors.Count ? anchors[index] : null);
    }

    private static QuestionnaireResponse.ItemComponent Answer(string linkId, DataType value)
    {
        var item = new QuestionnaireResponse.ItemComponent { LinkId = linkId };
        item.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = value });
        return item;
    }
}
