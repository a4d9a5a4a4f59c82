using Localization.Core.Units;

namespace Localization.Core.Alignment;

/// <summary>
/// Where missing English content belongs in the translation: right after the translation of its preceding
/// sibling inside the same container, or before its following sibling when it is the first, so that
/// "insert it here" is literally true (not at the next aligned block after a <c>&lt;/details&gt;</c>).
/// </summary>
/// <param name="Offset">Target offset to report at.</param>
/// <param name="After">True: insert after <paramref name="Line"/>; false: before it.</param>
/// <param name="Line">1-based target line of the neighbour (0 when the page offers none).</param>
public sealed record InsertionPoint(int Offset, bool After, int Line)
{
    /// <summary>"insert it after line 12" / "insert them before line 14" (empty without a neighbour).</summary>
    public string HintFor(int blocks) => Line <= 0 ? "" : $"insert {(blocks == 1 ? "it" : "them")} {(After ? "after" : "before")} line {Line}";
}

/// <summary>A region (admonition or details block) of the English none of whose units has a translation.</summary>
/// <param name="Container">The English container.</param>
/// <param name="Depth">Index of its segment in its units' paths.</param>
/// <param name="Units">The English units inside it, in page order.</param>
public sealed record MissingRegion(ContainerInfo Container, int Depth, IReadOnlyList<TranslationUnit> Units);

internal static class MissingPlacement
{
    /// <summary>
    /// Places the English units <paramref name="first"/>..<paramref name="last"/> whose container is the first
    /// <paramref name="depth"/> segments of <paramref name="first"/>'s path (-1: the unit's own container).
    /// </summary>
    public static InsertionPoint Place(AlignedPage page, TranslationUnit first, TranslationUnit last, int depth, Func<int> fallback)
    {
        var container = depth >= 0 ? first.Path.Segments.Take(depth).ToList() : ContainerOf(first);
        var units = page.Source.Units;

        // The nearest translated neighbour on each side inside the container; one inside a sibling container
        // (an admonition before the missing paragraph) gives no exact "after", so the following sibling is tried.
        TranslationUnit? deeperBefore = null;
        for (var i = first.Index - 1; i >= 0; i--)
        {
            var candidate = ContainerOf(units[i]);
            if (!StartsWith(candidate, container))
            {
                break; // left the container: the missing content is its first
            }

            if (page.TargetOf(units[i]) is { } previous)
            {
                if (candidate.Count == container.Count)
                {
                    return After(page, previous.End);
                }

                deeperBefore = previous;
                break;
            }
        }

        for (var i = last.Index + 1; i < units.Count; i++)
        {
            var candidate = ContainerOf(units[i]);
            if (!StartsWith(candidate, container))
            {
                break;
            }

            if (page.TargetOf(units[i]) is { } next)
            {
                var at = candidate.Count == container.Count ? next.Start : ContainerStart(page, next, container.Count);
                return new InsertionPoint(at, false, page.Target.Lines.Position(at).Line);
            }
        }

        if (deeperBefore is not null)
        {
            return After(page, deeperBefore.End);
        }

        var fallbackAt = fallback();
        return new InsertionPoint(fallbackAt, false, page.Target.Units.Count == 0 ? 0 : page.Target.Lines.Position(fallbackAt).Line);
    }

    private static InsertionPoint After(AlignedPage page, int end) => new(end, true, page.Target.Lines.Position(end).Line);

    /// <summary>The start of the translated container that holds <paramref name="unit"/> at that depth (its opening line), else the unit's start.</summary>
    private static int ContainerStart(AlignedPage page, TranslationUnit unit, int depth)
    {
        if (depth < unit.Path.Segments.Count && unit.Path.Segments[depth] is { ContainerId: > 0 } s
            && page.Target.Containers.FirstOrDefault(c => c.Id == s.ContainerId) is { } container && container.Start <= unit.Start)
        {
            var lineStart = container.Start;
            while (lineStart > 0 && page.Target.Text[lineStart - 1] is not ('\n' or '\r'))
            {
                lineStart--;
            }

            return lineStart;
        }

        return unit.Start;
    }

    /// <summary>The segments of the container a unit sits in: a list item or table cell sits in its list or table.</summary>
    private static List<PathSegment> ContainerOf(TranslationUnit unit)
    {
        var segments = unit.Path.Segments;
        var count = segments.Count;
        if (unit.Kind == UnitKind.ListItem && count > 0 && segments[count - 1].Kind == "item")
        {
            count--;
        }
        else if (unit.Kind == UnitKind.TableCell)
        {
            while (count > 0 && segments[count - 1].Kind is "cell" or "row")
            {
                count--;
            }
        }

        return segments.Take(count).ToList();
    }

    private static bool StartsWith(List<PathSegment> path, List<PathSegment> prefix) =>
        path.Count >= prefix.Count && prefix.Select((s, i) => s.Equals(path[i])).All(x => x);

    private static bool AnyUntranslatedInRegion(AlignedPage page)
    {
        foreach (var unit in page.Source.Units)
        {
            if (page.TargetOf(unit) is not null)
            {
                continue;
            }

            var segments = unit.Path.Segments;
            for (var d = 0; d < segments.Count; d++)
            {
                if (segments[d] is { Kind: "admonition" or "details", ContainerId: > 0 })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The outermost admonitions and details blocks of the English with no translated unit inside.</summary>
    public static List<MissingRegion> MissingRegions(AlignedPage page)
    {
        // A region is missing only when all its units are: without one untranslated English unit inside an
        // admonition or details block there is none (nearly every page; the dictionaries below built for every
        // page were a hundredth of a 31-language check).
        if (!AnyUntranslatedInRegion(page))
        {
            return [];
        }

        var byId = page.Source.Containers.ToDictionary(c => c.Id);
        var units = new Dictionary<int, List<TranslationUnit>>();
        var depthOf = new Dictionary<int, int>();
        var translated = new HashSet<int>();
        foreach (var unit in page.Source.Units)
        {
            var segments = unit.Path.Segments;
            for (var d = 0; d < segments.Count; d++)
            {
                if (segments[d] is not { Kind: "admonition" or "details", ContainerId: > 0 } s)
                {
                    continue;
                }

                if (!units.TryGetValue(s.ContainerId, out var list))
                {
                    units[s.ContainerId] = list = [];
                    depthOf[s.ContainerId] = d;
                }

                list.Add(unit);
                if (page.TargetOf(unit) is not null)
                {
                    translated.Add(s.ContainerId);
                }
            }
        }

        var missing = units.Keys.Where(id => !translated.Contains(id) && byId.ContainsKey(id)).ToHashSet();
        return [.. missing
            .Where(id => !units[id][0].Path.Segments.Take(depthOf[id]).Any(s => missing.Contains(s.ContainerId) && s.ContainerId > 0 && s.Kind is "admonition" or "details"))
            .OrderBy(id => units[id][0].Index)
            .Select(id => new MissingRegion(byId[id], depthOf[id], units[id]))];
    }
}
