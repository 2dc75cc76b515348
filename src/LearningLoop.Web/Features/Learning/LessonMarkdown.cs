using System.Net;
using System.Text;
using Ganss.Xss;
using Markdig;

namespace LearningLoop.Web.Features.Learning;

/// <summary>Lessons are written in Markdown by anyone in the organisation and read by everyone, so their HTML is never
/// trusted: Markdig renders with raw HTML disabled (it is shown as text), and HtmlSanitizer then keeps only safe
/// elements, attributes and link schemes (http, https, mailto), removing e.g. <c>javascript:</c> links.</summary>
public static class LessonMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras().UseAutoLinks().UsePipeTables().UseTaskLists().UseListExtras()
        .DisableHtml().Build();

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    public static string ToHtml(string? markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline));

    public static string ToPlainText(string? markdown) =>
        string.Join(' ', Markdown.ToPlainText(markdown ?? "", Pipeline).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>An excerpt of the lesson around the first word searched for, HTML-encoded, with the words marked.</summary>
    public static string Snippet(string? markdown, IReadOnlyList<string> terms, int length = 220)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var text = ToPlainText(markdown);
        var first = terms.Select(t => text.IndexOf(t, StringComparison.OrdinalIgnoreCase)).Where(i => i >= 0).DefaultIfEmpty(0).Min();
        var start = Math.Max(0, first - (length / 3));
        var excerpt = text.Substring(start, Math.Min(length, text.Length - start));
        var html = new StringBuilder(start > 0 ? "…" : "");
        var position = 0;
        while (position < excerpt.Length)
        {
            var (at, term) = terms.Select(t => (At: excerpt.IndexOf(t, position, StringComparison.OrdinalIgnoreCase), Term: t))
                .Where(x => x.At >= 0 && x.Term.Length > 0).OrderBy(x => x.At).FirstOrDefault();
            if (term is null)
            {
                html.Append(WebUtility.HtmlEncode(excerpt[position..]));
                break;
            }
            html.Append(WebUtility.HtmlEncode(excerpt[position..at])).Append("<mark>").Append(WebUtility.HtmlEncode(excerpt.Substring(at, term.Length))).Append("</mark>");
            position = at + term.Length;
        }
        if (start + excerpt.Length < text.Length) html.Append('…');
        return html.ToString();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedTags.Remove("img");
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("class");
        // Links written by colleagues still leave the site: they open without passing this page to the target.
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { TagName: "A" } link)
            {
                link.SetAttribute("rel", "noopener noreferrer nofollow");
            }
        };
        return sanitizer;
    }
}
