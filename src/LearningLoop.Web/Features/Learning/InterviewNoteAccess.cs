using System.Security.Claims;
using LearningLoop.Core.Improvement;
using LearningLoop.Web.Features.Initiatives;

namespace LearningLoop.Web.Features.Learning;

/// <summary>Interview notes hold what colleagues said in confidence: administrators and improvement leads read them all,
/// anyone else only the notes they recorded. A note one may not read is answered as one that does not exist.</summary>
public static class InterviewNoteAccess
{
    public static IQueryable<InterviewNote> Readable(IQueryable<InterviewNote> notes, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (InitiativeAccess.LeadsImprovement(user)) return notes;
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        return notes.Where(n => n.AuthorUserId == userId);
    }
}
