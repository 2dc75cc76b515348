using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace LearningLoop.EndToEnd.Tests.Infrastructure;

/// <summary>The accessibility budget of issue 12 (decision 0034): axe-core, as bundled in Deque.AxeCore.Playwright, run
/// on the page as it stands, against the WCAG 2.0 and 2.1 level A and AA rules; a serious or critical violation fails.
/// Moderate and minor findings are axe's advice, not the budget.</summary>
public static class Accessibility
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    private const int TargetsShown = 3;

    /// <summary>The serious and critical violations on the page, each as one readable line (empty when within budget).</summary>
    public static async Task<IReadOnlyList<string>> FindingsAsync(IPage page)
    {
        // Legacy mode runs axe in the page itself; the default opens a blank page per run to gather frames' results,
        // which cost 1.3 s a page against 0.35 s on a loaded machine, and the app has no frames (decision 0034).
#pragma warning disable CS0618 // obsolete "in the future"; the package is pinned, and RunAxe is the way back
        var result = await page.RunAxeLegacy(null, Wcag21AA);
#pragma warning restore CS0618
        var path = new Uri(page.Url).PathAndQuery;
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => Describe(path, v))
            .ToList();
    }

    /// <summary>Fails, naming each finding, when the page has a serious or critical violation.</summary>
    public static async Task AssertWithinBudgetAsync(IPage page)
    {
        var findings = await FindingsAsync(page);
        if (findings.Count > 0) Assert.Fail(Report(findings));
    }

    public static string Report(IEnumerable<string> findings)
    {
        var text = new StringBuilder("Accessibility budget (decision 0034): serious or critical axe-core violations:");
        foreach (var finding in findings) text.Append('\n').Append(finding);
        return text.ToString();
    }

    private static string Describe(string path, AxeResultItem violation)
    {
        var targets = violation.Nodes.Take(TargetsShown).Select(n => n.Target.ToString());
        var more = violation.Nodes.Length > TargetsShown ? $" and {violation.Nodes.Length - TargetsShown} more" : "";
        // axe's own words on the first target say what to change ("insufficient color contrast of 4.44 (foreground color: …").
        var why = violation.Nodes.FirstOrDefault()?.Any.Concat(violation.Nodes[0].All).Concat(violation.Nodes[0].None)
            .Select(c => c.Message).FirstOrDefault(m => !string.IsNullOrEmpty(m));
        return $"{path}: {violation.Id} ({violation.Impact}) {violation.Help} at {string.Join(", ", targets)}{more}"
            + (why is null ? "" : $": {why}");
    }
}
