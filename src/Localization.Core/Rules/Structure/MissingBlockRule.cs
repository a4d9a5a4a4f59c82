using Localization.Core.Alignment;
using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>LC001: blocks of the English page with no counterpart in the translation.</summary>
public sealed class MissingBlockRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC001", "missing-block", RuleCategory.Structure, Severity.Error,
        "Blocks of the English page (paragraphs, list items, headings, code blocks, …) have no counterpart in the translation: dropped, merged into another block, or added to the English after the translation was made.",
        "Translate the missing English blocks at the reported place, or split a merged block the way the English does.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        // Most pages miss nothing: the sets below are built only for a page that does.
        var pairs = context.Page.Pairs;
        var firstMissing = 0;
        while (firstMissing < pairs.Count && pairs[firstMissing] is not { Source: not null, Target: null })
        {
            firstMissing++;
        }

        if (firstMissing == pairs.Count)
        {
            return;
        }

        // Text of a footnote whose whole definition is missing is footnote-mismatch's finding, not ours.
        var targetFootnotes = context.Page.Target.FootnoteDefinitions.Select(d => d.Label).ToHashSet(StringComparer.Ordinal);
        // Units of an admonition missing as a whole are folded into admonition-mismatch's one finding.
        var inMissingRegion = context.Page.MissingRegions.SelectMany(r => r.Units).Select(u => u.Index).ToHashSet();
        // A block the English moved is moved-block's one finding.
        bool Reported(TranslationUnit u) => inMissingRegion.Contains(u.Index) || context.Page.MovedTargetOf(u) is not null || u.Path.Segments.Any(s => s.Kind == "footnote" && !targetFootnotes.Contains(s.Qualifier ?? ""));

        List<(int Line, string Text)>? escapedMarkers = null; // found on first use, once per page
        for (var k = firstMissing; k < pairs.Count; k++)
        {
            if (pairs[k] is not { Source: { } first, Target: null })
            {
                continue;
            }

            var run = new List<TranslationUnit> { first };
            var end = k;
            while (end + 1 < pairs.Count && pairs[end + 1] is { Source: { } next, Target: null })
            {
                run.Add(next);
                end++;
            }

            run.RemoveAll(Reported);
            run.RemoveAll(u => u.Kind == UnitKind.StringEntry); // missing-key's finding
            if (run.Count == 0)
            {
                k = end;
                continue;
            }

            Report(context, run, context.Page.PlaceMissing(run[0], run[^1], end), ref escapedMarkers);
            k = end;
        }
    }

    private static void Report(PageCheckContext context, List<TranslationUnit> run, InsertionPoint at, ref List<(int Line, string Text)>? escapedMarkers)
    {
        var source = context.Page.Source;
        var first = run[0];
        var last = run[^1];
        var (firstLine, lastLine) = (first.Line, last.EndLine);
        var where = firstLine == lastLine ? $"line {firstLine}" : $"lines {firstLine}–{lastLine}";
        var message = run.Count == 1
            ? $"{first.Kind.DisplayName()} of the English ({context.SourceFile}:{first.Line}) is missing"
            : $"{run.Count} blocks of the English ({context.SourceFile} {where}) are missing";
        var hint = at.HintFor(run.Count);
        message += hint.Length > 0 ? $": {hint}" : " here";
        var merged = MergedInto(context, run);
        if (run.Any(u => u.Path.Segments.Any(x => x.Kind is "tab" or "details")) && Nearest(escapedMarkers ??= EscapedTabMarkers(context.Page.Target), context.Page.Target, at.Offset) is { } escaped)
        {
            message += $"; the content tab marker at line {escaped.Line} is escaped with a backslash ('{escaped.Text}', as Crowdin re-serialises it), so MkDocs shows it as text and the tab's blocks are lost: remove the backslash";
        }
        else if (merged is not null)
        {
            message += $"; its links appear in the {merged.Kind.DisplayName()} at line {merged.Line}, so it may have been merged into it";
        }

        context.Report(Descriptor, at.Offset, at.Offset, message, source: first,
            sourceText: source.Excerpt(first.Start, last.End), detail: string.Join(',', run.Select(u => u.Id)));
    }

    /// <summary>The escaped content tab marker (<c>\=== "Title"</c>) nearest to <paramref name="offset"/>, if any (the first of two as near).</summary>
    private static (int Line, string Text)? Nearest(List<(int Line, string Text)> markers, PageModel target, int offset)
    {
        if (markers.Count == 0)
        {
            return null;
        }

        (int Line, string Text)? best = null;
        var bestDistance = int.MaxValue;
        var atLine = target.Lines.Position(Math.Clamp(offset, 0, target.Text.Length)).Line;
        foreach (var marker in markers)
        {
            var distance = Math.Abs(marker.Line - atLine);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (marker, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The translation's escaped content tab and admonition markers (<c>\===</c>, <c>\???</c>) in line order: found
    /// once per page, not by a walk of every line of the page for each run of missing blocks in a tab (a percent of a
    /// 31-language check).
    /// </summary>
    private static List<(int Line, string Text)> EscapedTabMarkers(PageModel target)
    {
        var markers = new List<(int Line, string Text)>();
        if (!target.Text.Contains("\\===", StringComparison.Ordinal) && !target.Text.Contains("\\???", StringComparison.Ordinal))
        {
            return markers;
        }

        var line = 0;
        foreach (var text in target.Text.AsSpan().EnumerateLines())
        {
            line++;
            var trimmed = text.TrimStart();
            if (trimmed.StartsWith("\\===", StringComparison.Ordinal) || trimmed.StartsWith("\\???", StringComparison.Ordinal))
            {
                markers.Add((line, TextExcerpt.Collapse(trimmed.ToString(), 60)));
            }
        }

        return markers;
    }

    /// <summary>A neighbouring target unit that carries the missing unit's links or footnotes (a merge).</summary>
    private static TranslationUnit? MergedInto(PageCheckContext context, List<TranslationUnit> run)
    {
        var keys = run.SelectMany(u => u.Invariants).Where(i => i.Kind is Units.InvariantKind.Link or Units.InvariantKind.FootnoteReference or Units.InvariantKind.Code).Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return null;
        }

        foreach (var sourceNeighbour in new[] { PreviousMatched(context.Page, run[0]), NextMatched(context.Page, run[^1]) })
        {
            var neighbour = sourceNeighbour is null ? null : context.Page.TargetOf(sourceNeighbour);
            if (neighbour is not null && keys.All(k => neighbour.Invariants.Any(i => i.Value == k)))
            {
                return neighbour;
            }
        }

        return null;
    }

    private static TranslationUnit? PreviousMatched(AlignedPage page, TranslationUnit unit)
    {
        for (var i = unit.Index - 1; i >= 0; i--)
        {
            if (page.TargetOf(page.Source.Units[i]) is not null)
            {
                return page.Source.Units[i];
            }
        }

        return null;
    }

    private static TranslationUnit? NextMatched(AlignedPage page, TranslationUnit unit)
    {
        for (var i = unit.Index + 1; i < page.Source.Units.Count; i++)
        {
            if (page.TargetOf(page.Source.Units[i]) is not null)
            {
                return page.Source.Units[i];
            }
        }

        return null;
    }
}
