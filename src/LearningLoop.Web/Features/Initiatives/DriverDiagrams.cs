using System.Globalization;
using LearningLoop.Core.Improvement;

namespace LearningLoop.Web.Features.Initiatives;

/// <summary>An initiative's driver diagram as the SVG renderer draws it. A change idea shows how many PDSA cycles
/// tested it and its latest decision, and links to its ramp on the initiative's cycles page.</summary>
public static class DriverDiagrams
{
    public static DriverDiagramModel Model(Initiative initiative)
    {
        ArgumentNullException.ThrowIfNull(initiative);
        var aim = initiative.AimStatement.Length > 0 ? initiative.AimStatement : initiative.Title;
        return new DriverDiagramModel(aim, initiative.Drivers.Where(d => d.ParentId is null).OrderBy(d => d.Order).ThenBy(d => d.Id)
            .Select(p => new DriverDiagramModel.Primary(p.Text,
                initiative.Drivers.Where(s => s.ParentId == p.Id).OrderBy(s => s.Order).ThenBy(s => s.Id)
                    .Select(s => new DriverDiagramModel.Secondary(s.Text, Ideas(initiative, s.Id))).ToList(),
                Ideas(initiative, p.Id)))
            .ToList());
    }

    private static List<DriverDiagramModel.Node> Ideas(Initiative initiative, int driverId) =>
        initiative.ChangeIdeas.Where(c => c.DriverId == driverId).OrderBy(c => c.Order).ThenBy(c => c.Id).Select(c =>
        {
            var cycles = initiative.Cycles.Where(x => x.ChangeIdeaId == c.Id).OrderBy(x => x.Number).ToList();
            var badges = new List<DriverDiagramModel.Badge>();
            if (cycles.Count > 0)
            {
                badges.Add(new(string.Create(CultureInfo.InvariantCulture, $"{cycles.Count} PDSA"), "dd-badge-cycles"));
                if (cycles[^1].Decision is { } decision) badges.Insert(0, new(InitiativeLabels.Decision(decision), "dd-badge-" + decision.ToString().ToLowerInvariant()));
            }
            return new DriverDiagramModel.Node(c.Text, $"/initiatives/{initiative.Id}/cycles#idea-{c.Id}", cycles.Count, badges);
        }).ToList();
}
