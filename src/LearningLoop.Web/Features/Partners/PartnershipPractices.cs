using System.ComponentModel.DataAnnotations;
using LearningLoop.Core.Organisations;
using LearningLoop.Core.Partners;
using LearningLoop.Core.Persistence;
using LearningLoop.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LearningLoop.Web.Features.Partners;

/// <summary>One checklist item at one level: its status (missing until checked), evidence and when it was checked.</summary>
public sealed record PracticeCheckDto(string ItemKey, PartnershipPractice Practice, string Text, ManagementLevel Level, PracticeStatus Status,
    string EvidenceUrl, string Note, DateOnly? CheckedOn, string? CheckedBy);

/// <summary>How many of a practice's items are in place, partly in place or missing at a level.</summary>
public sealed record PracticeTally(PartnershipPractice Practice, ManagementLevel Level, int InPlace, int Partly, int Missing);

/// <summary>The managers' checklist of the organisation: every item at every level, the tallies, and what is missing.</summary>
public sealed record PracticesDto(IReadOnlyList<PracticeCheckDto> Checks, IReadOnlyList<PracticeTally> Tallies, int InPlace, int Partly, int Missing);

/// <summary><c>PUT /api/v1/partnership/practices/{level}/{item}</c> and the page form.</summary>
public sealed class PracticeCheckForm
{
    public PracticeStatus Status { get; set; }

    [StringLength(500, ErrorMessage = "Keep the link under 500 characters.")]
    public string? EvidenceUrl { get; set; }

    [StringLength(1000, ErrorMessage = "Keep the note under 1,000 characters.")]
    public string? Note { get; set; }
}

/// <summary>Reads and records the managers' four practices (<see cref="PracticeChecklist"/>) for the organisation.</summary>
public sealed class PartnershipPractices(LearningLoopDbContext db, TimeProvider clock)
{
    public async Task<PracticesDto> LoadAsync(CancellationToken ct = default)
    {
        var stored = await db.PracticeChecks.AsNoTracking().Select(c => new { c.ItemKey, c.Level, c.Status, c.EvidenceUrl, c.Note, c.CheckedOn,
            By = c.CheckedBy == null ? null : c.CheckedBy.Name }).ToListAsync(ct);
        var checks = (from level in PracticeChecklist.Levels
                      from item in PracticeChecklist.Items
                      let s = stored.FirstOrDefault(c => c.ItemKey == item.Key && c.Level == level)
                      select new PracticeCheckDto(item.Key, item.Practice, item.Text, level, s?.Status ?? PracticeStatus.Missing, s?.EvidenceUrl ?? "",
                          s?.Note ?? "", s?.CheckedOn, s?.By)).ToList();
        var tallies = (from level in PracticeChecklist.Levels
                       from practice in Enum.GetValues<PartnershipPractice>()
                       let cs = checks.Where(c => c.Level == level && c.Practice == practice).ToList()
                       select new PracticeTally(practice, level, cs.Count(c => c.Status == PracticeStatus.InPlace), cs.Count(c => c.Status == PracticeStatus.Partly),
                           cs.Count(c => c.Status == PracticeStatus.Missing))).ToList();
        return new PracticesDto(checks, tallies, checks.Count(c => c.Status == PracticeStatus.InPlace), checks.Count(c => c.Status == PracticeStatus.Partly),
            checks.Count(c => c.Status == PracticeStatus.Missing));
    }

    public async Task<EditOutcome<PracticeCheck>> SaveAsync(ManagementLevel level, string itemKey, PracticeCheckForm form, int? personId,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (PracticeChecklist.Find(itemKey) is null || !PracticeChecklist.Levels.Contains(level)) return EditOutcome<PracticeCheck>.Missing();
        var errors = FormValidation.Errors(form);
        if (!Enum.IsDefined(form.Status)) errors.TryAdd(nameof(form.Status), ["Choose in place, partly or missing."]);
        var evidence = form.EvidenceUrl?.Trim() ?? "";
        if (evidence.Length > 0 && !IsLink(evidence))
        {
            errors.TryAdd(nameof(form.EvidenceUrl), ["Give a web address (https://…) or a page of LearningLoop (/initiatives/…)."]);
        }
        if (errors.Count > 0) return EditOutcome<PracticeCheck>.Invalid(errors);
        var check = await db.PracticeChecks.FirstOrDefaultAsync(c => c.ItemKey == itemKey && c.Level == level, ct)
            ?? db.PracticeChecks.Add(new PracticeCheck { OrganisationId = db.Scope.OrganisationId, ItemKey = itemKey, Level = level }).Entity;
        check.Status = form.Status;
        check.EvidenceUrl = evidence;
        check.Note = form.Note?.Trim() ?? "";
        check.CheckedOn = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        check.CheckedById = personId;
        await db.SaveChangesAsync(ct);
        return EditOutcome<PracticeCheck>.Saved(check);
    }

    /// <summary>Evidence is a link: an absolute http(s) address or a path inside the app; never a script or data URL,
    /// since the page renders it as a link.</summary>
    public static bool IsLink(string value) =>
        value.StartsWith('/') && !value.StartsWith("//", StringComparison.Ordinal)
        || Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    public static string Level(ManagementLevel level) => level switch
    {
        ManagementLevel.Executive => "Senior leaders",
        ManagementLevel.MiddleManager => "Middle managers",
        ManagementLevel.FrontLineManager => "Front-line managers",
        _ => level.ToString(),
    };

    public static string Practice(PartnershipPractice practice) => practice switch
    {
        PartnershipPractice.Design => "Design the approach",
        PartnershipPractice.Structure => "Structure it to spread and last",
        PartnershipPractice.Integration => "Manage each partner's integration",
        _ => "Evaluate it",
    };

    public static string Status(PracticeStatus status) => status switch
    {
        PracticeStatus.InPlace => "In place",
        PracticeStatus.Partly => "Partly",
        _ => "Missing",
    };
}
