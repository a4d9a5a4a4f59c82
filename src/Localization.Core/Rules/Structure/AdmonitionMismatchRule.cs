using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>LC004: admonitions, details blocks and content tabs missing, extra, retyped or unrecognisable.</summary>
public sealed class AdmonitionMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC004", "admonition-mismatch", RuleCategory.Structure, Severity.Error,
        "An admonition (!!!, ???, /// type, <div class=\"admonition\">), details block or content tab of the English is missing, extra or of another type in the translation, or its header line is not valid syntax (a title in 「」 or « » instead of straight double quotes, a blocks title without its '|'), or a /// block is never closed.",
        "Keep the admonition line as in the English ('!!! warning \"Title\"'), translating only the title between straight double quotes, and keep the 4-space indentation of its body.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        var target = context.Page.Target;
        var targetContainers = target.Containers;
        for (var k = 0; k < targetContainers.Count; k++)
        {
            var c = targetContainers[k];
            if (c.MalformedTitle is null)
            {
                continue;
            }

            var what = c.Kind == "tab" ? "content tab" : c.Kind == "details" ? "details block" : c.Kind == "block" ? "block" : "admonition";
            var message = c.MalformedReason is { } reason
                ? $"{what} title {c.MalformedTitle} of the '{c.Syntax}' line {reason}"
                : $"{what} title {c.MalformedTitle} is not in straight double quotes (\"…\"), so MkDocs does not recognise the '{c.Syntax}' line and shows it as text";
            context.Report(Descriptor, c.MalformedTitleStart, c.MalformedTitleStart + c.MalformedTitle!.Length, message,
                targetText: c.MalformedTitle, detail: $"malformed {c.Id}");
        }

        ReportMissingRegions(context);
        // What follows an unclosed block is inside it: its containers pair wrongly, so only the cause is reported.
        var cut = ReportUnclosed(context);
        if (target.Containers.Count == 0 && context.Page.Source.Containers.Count == 0)
        {
            return; // no admonition, details block or tab on either side: nothing to pair
        }

        // Pair containers through the units they hold: a source container maps to the target container that
        // holds most of its units' translations.
        var votes = new Dictionary<(int S, int T), int>();
        var firstTargetOf = new Dictionary<int, TranslationUnit>();
        var chosen = new List<int>();
        var targetsHoldingMatched = new HashSet<int>();
        IReadOnlyList<PathSegment>? previousSource = null, previousTarget = null;
        foreach (var pair in context.Page.MatchedPairs)
        {
            // The units of one container share its region list: a pair with the lists of the pair before it casts the
            // same votes (chosen still holds them) and adds no container to the sets.
            var sRegions = pair.Source!.Path.Regions;
            var tRegions = pair.Target!.Path.Regions;
            var sameTarget = ReferenceEquals(tRegions, previousTarget);
            for (var r = 0; !sameTarget && r < tRegions.Count; r++)
            {
                targetsHoldingMatched.Add(tRegions[r].ContainerId);
            }

            if (sRegions.Count > 0)
            {
                if (sameTarget && ReferenceEquals(sRegions, previousSource))
                {
                    for (var i = 0; i < sRegions.Count; i++)
                    {
                        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(votes, (sRegions[i].ContainerId, chosen[i]))++;
                    }
                }
                else
                {
                    Vote(pair.Target!, sRegions, tRegions, votes, firstTargetOf, chosen);
                }
            }

            (previousSource, previousTarget) = (sRegions, tRegions);
        }

        var usedTargets = new HashSet<int>();
        if (votes.Count > 0)
        {
            ReportVotes(context, votes, firstTargetOf, cut, usedTargets);
        }

        for (var k = 0; k < targetContainers.Count; k++)
        {
            var t = targetContainers[k];
            if (t.Kind is not ("admonition" or "details") || usedTargets.Contains(t.Id) || t.MalformedTitle is not null || t.Start >= cut)
            {
                continue;
            }

            if (!targetsHoldingMatched.Contains(t.Id))
            {
                continue; // an extra block as a whole: extra-block reports its content
            }

            var end = target.Text.IndexOfAny(['\n', '\r'], t.Start);
            context.Report(Descriptor, t.Start, end < 0 ? target.Text.Length : end,
                $"{Describe(t)} is not in the English: the English has this content outside an admonition",
                targetText: target.Excerpt(t.Start, end < 0 ? target.Text.Length : end), detail: "extra " + t.Id);
        }
    }

    /// <summary>
    /// Each English container's most voted translated container (ties: one that is not "none" (0) before "none", then
    /// the first voted), in the order the English containers were first voted for; written as loops, not a LINQ
    /// grouping and sort per container, which were a third of this rule's time on a 31-language check.
    /// </summary>
    internal static List<(int S, int T)> Winners(Dictionary<(int S, int T), int> votes)
    {
        var winners = new List<(int S, int T)>();
        var bestOf = new Dictionary<int, (int Index, int Votes)>();
        foreach (var ((sourceId, targetId), count) in votes)
        {
            if (!bestOf.TryGetValue(sourceId, out var best))
            {
                bestOf[sourceId] = (winners.Count, count);
                winners.Add((sourceId, targetId));
            }
            else if (count > best.Votes || (count == best.Votes && winners[best.Index].T == 0 && targetId != 0))
            {
                bestOf[sourceId] = (best.Index, count);
                winners[best.Index] = (sourceId, targetId);
            }
        }

        return winners;
    }

    private static void ReportVotes(PageCheckContext context, Dictionary<(int S, int T), int> votes, Dictionary<int, TranslationUnit> firstTargetOf, int cut, HashSet<int> usedTargets)
    {
        var target = context.Page.Target;
        foreach (var (sourceId, best) in Winners(votes))
        {
            var s = ById(context.Page.Source.Containers, sourceId);
            if (s.Kind == "tab")
            {
                if (best != 0)
                {
                    usedTargets.Add(best);
                }

                continue;
            }

            if (best == 0)
            {
                var unit = firstTargetOf[s.Id];
                if (unit.Start >= cut)
                {
                    continue;
                }

                context.Report(Descriptor, unit.Start, unit.End,
                    $"the {Describe(s)} of the English ({context.SourceFile}:{context.Page.Source.Lines.Position(s.Start).Line}) is missing: its content is not inside one in the translation",
                    sourceOffset: s.Start, sourceText: context.Page.Source.Excerpt(s.Start, s.Start + 80), targetText: context.TargetExcerpt(unit), detail: "missing " + s.Id);
                continue;
            }

            usedTargets.Add(best);
            var t = ById(target.Containers, best);
            if (t.Start >= cut)
            {
                continue;
            }

            if (s.Kind != t.Kind || !string.Equals(s.Qualifier, t.Qualifier, StringComparison.OrdinalIgnoreCase) || s.Syntax.StartsWith('?') != t.Syntax.StartsWith('?'))
            {
                var end = target.Text.IndexOfAny(['\n', '\r'], t.Start);
                context.Report(Descriptor, t.Start, end < 0 ? target.Text.Length : end,
                    $"{Describe(t)} should be {Describe(s)} as in the English",
                    sourceOffset: s.Start, sourceText: context.Page.Source.Excerpt(s.Start, s.Start + 80), targetText: target.Excerpt(t.Start, end < 0 ? target.Text.Length : end), detail: $"type {s.Id}");
            }
        }
    }

    /// <summary>
    /// The container with <paramref name="id"/>: the reader numbers a page's containers from 1 in list order, so it is
    /// looked up at its place (two dictionaries per page with containers were a seventh of this rule's time).
    /// </summary>
    private static ContainerInfo ById(IReadOnlyList<ContainerInfo> containers, int id)
    {
        if (id >= 1 && id <= containers.Count && containers[id - 1].Id == id)
        {
            return containers[id - 1];
        }

        for (var k = 0; k < containers.Count; k++)
        {
            if (containers[k].Id == id)
            {
                return containers[k];
            }
        }

        throw new KeyNotFoundException($"no container {id}");
    }

    /// <summary>
    /// The votes of one matched pair's English containers for their translated counterparts (only for a pair
    /// inside containers), written as loops: the LINQ and closures it had per region were 6 MB of delegates and a
    /// percent of a 31-language check. <paramref name="chosen"/> is left holding the translated container each English
    /// region voted for (0: none), in region order.
    /// </summary>
    private static void Vote(TranslationUnit target, IReadOnlyList<PathSegment> sRegions, IReadOnlyList<PathSegment> tRegions, Dictionary<(int S, int T), int> votes, Dictionary<int, TranslationUnit> firstTargetOf, List<int> chosen)
    {
        chosen.Clear();
        for (var i = 0; i < sRegions.Count; i++)
        {
            var s = sRegions[i];
            firstTargetOf.TryAdd(s.ContainerId, target);

            // Nested containers of one kind (a '??? tip' inside a <details>): the k-th of its kind on the
            // English side votes for the k-th of that kind on the translated side (else the last of that kind).
            // A container already taken by an enclosing one (the tab around a dropped admonition) is no counterpart.
            var k = 0;
            for (var r = 0; r < i; r++)
            {
                k += sRegions[r].Kind == s.Kind ? 1 : 0;
            }

            PathSegment? t = null;
            PathSegment? lastOfKind = null;
            var seen = 0;
            for (var r = 0; r < tRegions.Count; r++)
            {
                if (tRegions[r].Kind == s.Kind)
                {
                    t = seen++ == k ? tRegions[r] : t;
                    lastOfKind = tRegions[r];
                }
            }

            t ??= lastOfKind;
            for (var r = tRegions.Count - 1; t is null && r >= 0; r--)
            {
                t = chosen.Contains(tRegions[r].ContainerId) ? null : tRegions[r];
            }

            chosen.Add(t?.ContainerId ?? 0);
            var key = (s.ContainerId, t?.ContainerId ?? 0);
            votes[key] = votes.GetValueOrDefault(key) + 1;
        }
    }

    /// <summary>An admonition missing as a whole: one finding naming it, its blocks folded in, placed where it belongs.</summary>
    private static void ReportMissingRegions(PageCheckContext context)
    {
        var page = context.Page;
        foreach (var region in page.MissingRegions)
        {
            var (first, last) = (region.Units[0], region.Units[^1]);
            var pairIndex = 0;
            for (var k = 0; k < page.Pairs.Count; k++)
            {
                if (page.Pairs[k].Source == last)
                {
                    pairIndex = k;
                    break;
                }
            }

            var at = page.PlaceMissing(first, last, pairIndex, region.Depth);
            var s = region.Container;
            var line = page.Source.Lines.Position(s.Start).Line;
            var blocks = region.Units.Count == 1 ? "its block" : $"its {region.Units.Count} blocks";
            context.Report(Descriptor, at.Offset, at.Offset,
                $"the {Describe(s)} of the English ({context.SourceFile}:{line}) is missing with {blocks}" + (at.Line > 0 ? $": {at.HintFor(1)}" : ""),
                sourceOffset: s.Start, sourceText: page.Source.Excerpt(s.Start, last.End), detail: "missing whole " + string.Join(',', region.Units.Select(u => u.Id)));
        }
    }

    /// <summary>
    /// A pymdownx.blocks container without its closing fence swallows the rest of the page: reported at the
    /// opening line, unless the English has the same unclosed block (then the translator followed it).
    /// </summary>
    /// <returns>The offset of the first unclosed block reported, or <see cref="int.MaxValue"/>.</returns>
    private static int ReportUnclosed(PageCheckContext context)
    {
        var first = int.MaxValue;
        var target = context.Page.Target;
        List<string>? unclosedInEnglish = null; // made for a page with an unclosed block only
        foreach (var c in target.Containers)
        {
            if (!c.Unclosed)
            {
                continue;
            }

            unclosedInEnglish ??= context.Page.Source.Containers.Where(c => c.Unclosed).Select(c => c.Syntax).ToList();
            if (unclosedInEnglish.Remove(c.Syntax))
            {
                continue;
            }

            var end = target.Text.IndexOfAny(['\n', '\r'], c.Start);
            end = end < 0 ? target.Text.Length : end;
            var fence = target.Text.AsSpan(c.Start, end - c.Start).TrimStart().ToString();
            var slashes = fence.TakeWhile(ch => ch == '/').Count();
            context.Report(Descriptor, c.Start, end,
                $"'{c.Syntax}' block is never closed: a line of {slashes} slashes ('{new string('/', slashes)}') must end it, or MkDocs puts the rest of the page inside it",
                targetText: target.Excerpt(c.Start, end), detail: "unclosed " + c.Id);
            first = Math.Min(first, c.Start);
        }

        return first;
    }

    private static string Describe(ContainerInfo c) => c.Kind switch
    {
        "details" when c.Syntax.StartsWith('/') => string.IsNullOrEmpty(c.Qualifier) ? $"'{c.Syntax}' block" : $"'{c.Syntax}' block of type {c.Qualifier}",
        "admonition" when c.Syntax.StartsWith('/') => $"'{c.Qualifier}' admonition ('{c.Syntax}')",
        "block" => $"'/// {c.Qualifier}' block",
        "details" when c.Syntax.StartsWith('<') => $"<details class=\"{c.Qualifier}\"> block",
        "details" => $"collapsible '{c.Syntax} {c.Qualifier}' admonition",
        "admonition" when c.Syntax.StartsWith('<') => $"'{c.Qualifier}' admonition (<{c.Syntax.Trim('<', '>')} class=\"admonition {c.Qualifier}\">)",
        "admonition" => $"'{c.Qualifier}' admonition ('!!! {c.Qualifier}')",
        _ => c.Kind,
    };
}
