using Localization.Core.Alignment;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Export;

/// <summary>Which work items --only keeps.</summary>
public enum WorkItemScope
{
    /// <summary>Every unit that needs work.</summary>
    All,

    /// <summary>Units missing, untranslated or partially translated.</summary>
    Untranslated,

    /// <summary>Units whose links, footnotes, code, markup or structure differ from the English.</summary>
    Mismatched,
}

/// <summary>
/// Which work items to export: <c>--only</c> and <c>--rule</c>. A rule selection keeps the items with a
/// finding of one of the rules (name or id); a missing unit counts as <c>missing-block</c> and an
/// untranslated or partial one as <c>untranslated-block</c> and <c>untranslated-sentence</c> even when
/// one finding covers several units.
/// </summary>
public sealed record WorkItemSelection(WorkItemScope Scope, IReadOnlySet<string>? Rules)
{
    public static WorkItemSelection Everything { get; } = new(WorkItemScope.All, null);

    public bool Keeps(WorkItem item)
    {
        var inScope = Scope switch
        {
            WorkItemScope.Untranslated => item.State != WorkItemState.Mismatched,
            WorkItemScope.Mismatched => item.IsMismatched,
            _ => true,
        };
        if (!inScope)
        {
            return false;
        }

        if (Rules is null)
        {
            return true;
        }

        IEnumerable<string> implied = item.State switch
        {
            WorkItemState.Missing => ["missing-block", "LC001"],
            WorkItemState.Untranslated or WorkItemState.Partial => ["untranslated-block", "LC301", "untranslated-sentence", "LC302"],
            _ => [],
        };
        return implied.Any(Rules.Contains) || item.Findings.Any(f => Rules.Contains(f.Rule) || Rules.Contains(f.RuleId));
    }
}

/// <summary>
/// Turns a checked page into its work items, from the engine's alignment and verdicts (nothing is parsed
/// or aligned again): every translatable English unit whose counterpart is missing, untranslated, partly
/// untranslated, or carries a warning or an error.
/// </summary>
public static class WorkItemBuilder
{
    private static readonly HashSet<string> TranslationRules = new(StringComparer.Ordinal) { "untranslated-block", "untranslated-sentence", "missing-block" };

    /// <summary>True for the rules that say a unit is not (fully) translated, rather than mismatched.</summary>
    public static bool IsTranslationRule(string rule) => TranslationRules.Contains(rule);

    /// <summary>
    /// A finding that makes a translated unit need fixing: not untranslated text, and not an info (a link
    /// localised on purpose, <c>en.wikipedia</c> → <c>ko.wikipedia</c>, is no work).
    /// </summary>
    public static bool IsMismatch(Finding finding) => !IsTranslationRule(finding.Rule) && finding.Severity >= Severity.Warning;

    /// <summary>The page's work items, or null when the page was not aligned (missing, unreadable, refused).</summary>
    public static ExportPage? Build(CheckedPage checkedPage, WorkItemSelection selection)
    {
        if (checkedPage.Page is not { } page || checkedPage.Context is not { } context)
        {
            return null;
        }

        var pair = checkedPage.Pair;
        var findings = new PageFindings(checkedPage.Result.Findings);
        var headings = HeadingPaths(page.Source);
        var items = new List<WorkItem>();
        foreach (var aligned in page.Pairs)
        {
            if (aligned.Source is not { IsTranslatable: true } source)
            {
                continue;
            }

            var target = aligned.Target ?? page.MovedTargetOf(source); // a block the English moved is translated
            var mine = findings.Of(source, target);
            WorkItemState state;
            if (target is null)
            {
                state = WorkItemState.Missing;
            }
            else
            {
                var verdict = context.VerdictOf(target);
                if (verdict.IsFullyUntranslated)
                {
                    state = WorkItemState.Untranslated;
                }
                else if (verdict.IsPartlyUntranslated)
                {
                    state = WorkItemState.Partial;
                }
                else if (mine.Any(IsMismatch))
                {
                    state = WorkItemState.Mismatched;
                }
                else
                {
                    continue;
                }
            }

            var english = InlineSegmenter.Segment(page.Source, source);
            var current = target is null ? null : InlineSegmenter.Segment(page.Target, target, english.Codes);
            var item = new WorkItem(
                $"{pair.Source}#{source.Id}",
                source.Id,
                state,
                english,
                current,
                new WorkItemContext(source.Kind.DisplayName(), source.Path.ToString(), headings[source.Index], source.Key, source.Line, target?.Line),
                mine);
            if (selection.Keeps(item))
            {
                items.Add(item);
            }
        }

        return new ExportPage(pair.Language, pair.Source, pair.Target, items);
    }

    /// <summary>The headings above each unit of the page, outermost first (arrays shared between units).</summary>
    private static IReadOnlyList<string>[] HeadingPaths(PageModel page)
    {
        var paths = new IReadOnlyList<string>[page.Units.Count];
        var stack = new List<(int Level, string Text)>();
        IReadOnlyList<string> current = [];
        foreach (var unit in page.Units)
        {
            paths[unit.Index] = current;
            if (unit.Kind == UnitKind.Heading && unit.HeadingLevel > 0)
            {
                stack.RemoveAll(h => h.Level >= unit.HeadingLevel);
                var text = (unit.HeadingText ?? unit.Prose.Text).Replace(ProseText.Atom.ToString(), "", StringComparison.Ordinal).Trim();
                stack.Add((unit.HeadingLevel, text));
                current = [.. stack.Select(h => h.Text)];
            }
        }

        return paths;
    }

    /// <summary>The page's findings, found by unit id and by position inside a translated unit.</summary>
    private sealed class PageFindings
    {
        private readonly Dictionary<string, List<Finding>> _byUnit = new(StringComparer.Ordinal);
        private readonly Finding[] _byPosition;

        public PageFindings(IReadOnlyList<Finding> findings)
        {
            foreach (var f in findings)
            {
                if (f.UnitId is { } id)
                {
                    if (!_byUnit.TryGetValue(id, out var list))
                    {
                        _byUnit[id] = list = [];
                    }

                    list.Add(f);
                }
            }

            _byPosition = [.. findings.Where(f => f.Line > 0).OrderBy(f => f.Line).ThenBy(f => f.Column)];
        }

        public IReadOnlyList<Finding> Of(TranslationUnit source, TranslationUnit? target)
        {
            var found = new List<Finding>();
            if (_byUnit.TryGetValue(source.Id, out var bySource))
            {
                found.AddRange(bySource);
            }

            if (target is not null)
            {
                if (_byUnit.TryGetValue(target.Id, out var byTarget))
                {
                    found.AddRange(byTarget);
                }

                // Findings placed inside the translated unit (an English sentence matched elsewhere in the page).
                var lo = LowerBound(target.Line, target.Column);
                for (var i = lo; i < _byPosition.Length && Before(_byPosition[i], target.EndLine, target.EndColumn); i++)
                {
                    if (_byPosition[i].Rule is not ("missing-block" or "extra-block"))
                    {
                        found.Add(_byPosition[i]);
                    }
                }
            }

            return found.Count == 0 ? [] : [.. found.Distinct().OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule, StringComparer.Ordinal)];
        }

        private static bool Before(Finding f, int line, int column) => f.Line < line || (f.Line == line && f.Column < column);

        private int LowerBound(int line, int column)
        {
            int lo = 0, hi = _byPosition.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (Before(_byPosition[mid], line, column))
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }
}
