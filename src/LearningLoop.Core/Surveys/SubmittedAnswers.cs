using LearningLoop.Analytics.RelationalCoordination;
using LearningLoop.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Core.Surveys;

/// <summary>The adapter between stored answers and the relational coordination engine: submitted responses only,
/// scored (reverse coding applied), one <see cref="RcAnswer"/> per answer with the respondent's answers together.</summary>
public sealed class SubmittedAnswers(LearningLoopDbContext db)
{
    /// <summary>One submitted scale answer, without anything that could identify who gave it.</summary>
    public sealed record Row(Guid Response, int WaveId, int? Workgroup, int? Unit, string Item, int? Target, int Value);

    public async Task<List<Row>> LoadAsync(IReadOnlyCollection<int> waveIds, CancellationToken ct = default)
    {
        var keys = RcItems.Keys.ToList();
        return await (
            from a in db.Answers
            join r in db.Responses on a.ResponseId equals r.Id
            where waveIds.Contains(r.WaveId) && r.Status == ResponseStatus.Submitted && a.Value != null && keys.Contains(a.ItemKey)
            orderby r.Id
            select new Row(r.Id, r.WaveId, r.WorkgroupId, r.UnitId, a.ItemKey, a.TargetWorkgroupId, a.Value!.Value))
            .AsNoTracking().ToListAsync(ct);
    }

    /// <summary>The engine's long format. <paramref name="label"/> names the engine's "wave" of each answer (a survey
    /// wave, a unit, the organisation ...); respondents become r1, r2 ... in the order given, never their stored ids.</summary>
    public static List<RcAnswer> ToEngine(IEnumerable<Row> rows, Func<Row, string?> label, IReadOnlyDictionary<int, string> workgroupKeys, Func<string, Item?> item)
    {
        var answers = new List<RcAnswer>();
        var respondents = new Dictionary<(string, Guid), string>();
        long line = 0;
        foreach (var row in rows)
        {
            line++;
            if (label(row) is not { } wave || row.Workgroup is not { } own || row.Target is not { } target
                || !workgroupKeys.TryGetValue(own, out var ownKey) || !workgroupKeys.TryGetValue(target, out var targetKey))
            {
                continue;
            }
            if (!respondents.TryGetValue((wave, row.Response), out var respondent))
            {
                respondent = "r" + (respondents.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                respondents.Add((wave, row.Response), respondent);
            }
            var scored = item(row.Item) is { } definition ? definition.Scored(row.Value) : row.Value;
            answers.Add(new RcAnswer(wave, respondent, ownKey, targetKey, row.Item, scored, line));
        }
        return answers;
    }
}
