using System.Text;
using Localization.Core.Units;

namespace Localization.Core.Reports.Html;

/// <summary>
/// A unit's text as the page writes it (Markdown, so reported columns can be found in it), as HTML: markup
/// that is not prose (code, URLs, icons, tags, attribute lists) dimmed, links with a safe URL made into
/// links, and the given sentences (English left untranslated) marked.
/// </summary>
internal static class UnitHtml
{
    private const int MaxChars = 20_000;

    public static string Render(PageModel page, TranslationUnit unit, IReadOnlyList<(int Start, int End)> marked)
    {
        var start = Math.Clamp(unit.Start, 0, page.Text.Length);
        var end = Math.Clamp(unit.End, start, page.Text.Length);
        var truncated = end - start > MaxChars;
        if (truncated)
        {
            end = start + MaxChars;
        }

        // Flatten every range into elementary segments, so nested or overlapping ranges still give valid,
        // properly nested HTML: mark outside, link inside it, dimmed markup innermost.
        var cuts = new SortedSet<int> { start, end };
        var links = new List<(int Start, int End, string? Href)>();
        var markup = new List<(int Start, int End)>();
        foreach (var invariant in unit.Invariants)
        {
            var (s, e) = (Math.Clamp(invariant.Start, start, end), Math.Clamp(invariant.Start + invariant.Length, start, end));
            if (e <= s || invariant.Kind == InvariantKind.Number)
            {
                continue;
            }

            if (invariant.Kind == InvariantKind.Link)
            {
                links.Add((s, e, HtmlText.SafeHref(invariant.Value)));
            }
            else
            {
                markup.Add((s, e));
            }

            cuts.Add(s);
            cuts.Add(e);
        }

        foreach (var (s, e) in marked)
        {
            cuts.Add(Math.Clamp(s, start, end));
            cuts.Add(Math.Clamp(e, start, end));
        }

        var html = new StringBuilder((end - start) + 64);
        var boundaries = cuts.ToArray();
        var inMarked = Covered(boundaries, marked.Select(m => (Math.Clamp(m.Start, start, end), Math.Clamp(m.End, start, end))));
        var inMarkup = Covered(boundaries, markup);
        var linkOf = LastLinkOf(boundaries, links);
        (bool Marked, int Link, bool Dim) open = (false, -1, false);
        for (var i = 0; i + 1 < boundaries.Length; i++)
        {
            var (s, e) = (boundaries[i], boundaries[i + 1]);
            var state = (Marked: inMarked[i], Link: linkOf[i], Dim: inMarkup[i]);

            // Tags nest mark > link > dimmed markup; a change closes the changed tag and those inside it.
            var level = state.Marked != open.Marked ? 0 : state.Link != open.Link ? 1 : state.Dim != open.Dim ? 2 : 3;
            Close(html, open, links, level);
            Open(html, state, links, level);
            open = state;
            HtmlText.Append(html, page.Text.AsSpan(s, e - s));
        }

        Close(html, open, links, 0);
        if (truncated)
        {
            html.Append("<span class=\"cut\">… (shortened)</span>");
        }

        return html.ToString();
    }

    /// <summary>
    /// Per elementary segment (between consecutive <paramref name="boundaries"/>), whether one of the ranges holds it:
    /// counted once per range end, not by looking through every range for every segment (quadratic on a paragraph
    /// of thousands of code spans). Every range end is a boundary.
    /// </summary>
    private static bool[] Covered(int[] boundaries, IEnumerable<(int Start, int End)> ranges)
    {
        var depth = new int[boundaries.Length];
        foreach (var (s, e) in ranges)
        {
            if (e > s)
            {
                depth[Array.BinarySearch(boundaries, s)]++;
                depth[Array.BinarySearch(boundaries, e)]--;
            }
        }

        var covered = new bool[boundaries.Length];
        for (int i = 0, open = 0; i < boundaries.Length; i++)
        {
            open += depth[i];
            covered[i] = open > 0;
        }

        return covered;
    }

    /// <summary>Per elementary segment, the last link (in <paramref name="links"/>' order) that holds it, -1 for none.</summary>
    private static int[] LastLinkOf(int[] boundaries, List<(int Start, int End, string? Href)> links)
    {
        var startingAt = new List<int>?[boundaries.Length];
        for (var k = 0; k < links.Count; k++)
        {
            (startingAt[Array.BinarySearch(boundaries, links[k].Start)] ??= []).Add(k);
        }

        var linkOf = new int[boundaries.Length];
        var open = new PriorityQueue<int, int>(); // the open links, the last one first
        for (var i = 0; i < boundaries.Length; i++)
        {
            foreach (var k in startingAt[i] ?? [])
            {
                open.Enqueue(k, -k);
            }

            while (open.TryPeek(out var k, out _) && links[k].End <= boundaries[i])
            {
                open.Dequeue(); // ended: no later segment is inside it
            }

            linkOf[i] = open.TryPeek(out var last, out _) ? last : -1;
        }

        return linkOf;
    }

    private static void Close(StringBuilder html, (bool Marked, int Link, bool Dim) open, List<(int Start, int End, string? Href)> links, int level)
    {
        if (level <= 2 && open.Dim)
        {
            html.Append("</span>");
        }

        if (level <= 1 && open.Link >= 0)
        {
            html.Append(links[open.Link].Href is null ? "</span>" : "</a>");
        }

        if (level == 0 && open.Marked)
        {
            html.Append("</mark>");
        }
    }

    private static void Open(StringBuilder html, (bool Marked, int Link, bool Dim) state, List<(int Start, int End, string? Href)> links, int level)
    {
        if (level == 0 && state.Marked)
        {
            html.Append("<mark>");
        }

        if (level <= 1 && state.Link >= 0)
        {
            if (links[state.Link].Href is { } href)
            {
                html.Append("<a href=\"");
                HtmlText.AppendAttribute(html, href);
                html.Append("\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">");
            }
            else
            {
                html.Append("<span class=\"nolink\" title=\"not a web link: shown as text\">");
            }
        }

        if (level <= 2 && state.Dim)
        {
            html.Append("<span class=\"m\">");
        }
    }
}
