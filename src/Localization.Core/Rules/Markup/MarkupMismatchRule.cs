using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Markup;

/// <summary>LC202: HTML tags, attribute lists, icons or shortcodes differ between the English and the translation.</summary>
public sealed class MarkupMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC202", "markup-mismatch", RuleCategory.Markup, Severity.Warning,
        "Markup that renders the page rather than text for readers differs: HTML tags, attribute lists ('{ .md-button }', '{ align=right }'), icon and emoji shortcodes (':material-check:'), Jinja or Hugo shortcodes, HTML blocks, and matches of the project's verbatim_patterns (code includes such as '{* file.py hl[1] *}').",
        "Copy markup byte for byte; only the values of title, alt and aria-label attributes are translated.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    private static readonly (InvariantKind Kind, string Name)[] Kinds =
    [
        (InvariantKind.HtmlTag, "HTML tag"),
        (InvariantKind.Attributes, "attribute list"),
        (InvariantKind.Icon, "icon"),
        (InvariantKind.Shortcode, "shortcode"),
        (InvariantKind.Verbatim, "verbatim text"),
    ];

    public void Check(PageCheckContext context)
    {
        foreach (var issue in context.Page.Target.SyntaxIssues)
        {
            context.Report(Descriptor, issue.Start, issue.End,
                $"{issue.Construct} is not valid MkDocs syntax: {issue.Problem}, so Python-Markdown shows the line as text",
                targetText: context.Page.Target.Excerpt(issue.Start, issue.End), severity: Severity.Error, detail: $"syntax {issue.Construct} {context.Page.Target.Excerpt(issue.Start, issue.End, 40)}");
        }

        CompareMarkdownElements(context);
        if (!HasMarkup(context.Page))
        {
            return; // no markup invariant on either page and no HTML block on both: every pair has the same (none)
        }

        foreach (var pair in context.Page.MarkupPairs)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (source.Kind == UnitKind.Html && target.Kind == UnitKind.Html)
            {
                if (source.Verbatim != target.Verbatim)
                {
                    context.Report(Descriptor, target.Start, target.End, $"HTML block differs from the English: {VerbatimDiff.Describe(context.Page.Source.Text[source.Start..source.End], context.Page.Target.Text[target.Start..target.End])}",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: "html", target: target);
                }

                continue;
            }

            if (source.Invariants.Count == 0 && target.Invariants.Count == 0)
            {
                continue; // most blocks of prose: nothing of any kind to compare, not once per kind
            }

            foreach (var (kind, name) in Kinds)
            {
                // A heading's '{ #id }' is heading-mismatch's to report, with a better message.
                Func<string, string>? normalize = source.Kind == UnitKind.Heading && kind == InvariantKind.Attributes ? WithoutId : null;
                if (InvariantDiff.Same(source, target, kind, normalize))
                {
                    continue;
                }

                var (missing, extra) = InvariantDiff.Compare(source, target, kind, normalize);

                if (source.Kind == UnitKind.Heading)
                {
                    missing.RemoveAll(static m => m.Kind == InvariantKind.Attributes && WithoutId(m.Value).Length == 0);
                }

                var changed = Math.Min(missing.Count, extra.Count);
                for (var k = 0; k < changed; k++)
                {
                    var (m, e) = (missing[k], extra[k]);
                    var at = e.Length > 0 ? e.Start : target.Start;
                    context.Report(Descriptor, at, e.Length > 0 ? e.Start + e.Length : target.End, $"{name} {Show(kind, e.Value)} should be {Show(kind, m.Value)} as in the English",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: $"changed {kind} {m.Value} {e.Value}", target: target);
                }

                foreach (var m in missing.Skip(changed))
                {
                    context.Report(Descriptor, target.Start, target.End, $"{name} {Show(kind, m.Value)} of the English is missing",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: $"missing {kind} {m.Value}", target: target);
                }

                foreach (var e in extra.Skip(changed))
                {
                    var end = e.Length > 0 ? e.Start + e.Length : target.End;
                    context.Report(Descriptor, e.Length > 0 ? e.Start : target.Start, end, $"{name} {Show(kind, e.Value)} is not in the English block",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: $"extra {kind} {e.Value}", target: target);
                }
            }
        }
    }

    /// <summary>
    /// The tags of md_in_html elements (<c>&lt;p class="toolbox-quote-source" markdown&gt;</c>) are markup: paired
    /// through the units they hold, the n-th such element around a unit must open with the same tag.
    /// </summary>
    private static void CompareMarkdownElements(PageCheckContext context)
    {
        var (sourcePage, targetPage) = (context.Page.Source, context.Page.Target);
        if (!sourcePage.Containers.Any(c => c.Kind == "html"))
        {
            return;
        }

        var sourceById = sourcePage.Containers.ToDictionary(c => c.Id);
        var targetById = targetPage.Containers.ToDictionary(c => c.Id);
        var seen = new HashSet<int>();
        foreach (var pair in context.Page.MatchedPairs)
        {
            // The n-th html segment of each side, walked in place: two filtered lists per matched pair were 9 MB and
            // most of this rule's time on a 31-language check (md_in_html pages).
            var sourceSegments = pair.Source!.Path.SegmentSpan;
            var targetSegments = pair.Target!.Path.SegmentSpan;
            for (int i = NextHtml(sourceSegments, 0), j = NextHtml(targetSegments, 0); i < sourceSegments.Length && j < targetSegments.Length; i = NextHtml(sourceSegments, i + 1), j = NextHtml(targetSegments, j + 1))
            {
                if (!seen.Add(sourceSegments[i].ContainerId)
                    || !sourceById.TryGetValue(sourceSegments[i].ContainerId, out var s) || !targetById.TryGetValue(targetSegments[j].ContainerId, out var t)
                    || string.Equals(s.Syntax, t.Syntax, StringComparison.Ordinal))
                {
                    continue;
                }

                var end = targetPage.Text.IndexOf('>', t.Start);
                end = end < 0 ? targetPage.Text.Length : end + 1;
                context.Report(Descriptor, t.Start, end, $"HTML tag '{t.Syntax}' should be '{s.Syntax}' as in the English",
                    sourceOffset: s.Start, sourceText: s.Syntax, targetText: t.Syntax, detail: $"element {s.Syntax} {t.Syntax}");
            }
        }
    }

    private static bool HasMarkup(Alignment.AlignedPage page)
    {
        if (page.SourceKinds.Has(UnitKind.Html) && page.TargetKinds.Has(UnitKind.Html))
        {
            return true;
        }

        foreach (var (kind, _) in Kinds)
        {
            if (page.EitherHas(kind))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextHtml(ReadOnlySpan<PathSegment> segments, int from)
    {
        while (from < segments.Length && segments[from].Kind != "html")
        {
            from++;
        }

        return from;
    }

    private static string WithoutId(string attributes) =>
        string.Join(' ', attributes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith('#')));

    private static string Show(InvariantKind kind, string value) => kind == InvariantKind.Attributes ? $"'{{ {value} }}'" : $"'{value}'";
}
