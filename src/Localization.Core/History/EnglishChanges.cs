using System.Text;
using DiffPlex.Chunkers;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Localization.Core.Alignment;
using Localization.Core.Units;

namespace Localization.Core.History;

/// <summary>
/// What changed in an English page between an old version and the current one, unit by unit, each changed
/// unit with the translated unit the current English aligns with. Units whose Markdown is the same once
/// whitespace is collapsed are unchanged (re-wrapping, re-flow); units whose prose and invariants are the same
/// are cosmetic (emphasis style, a relative link made absolute); a unit removed in one place and added unchanged
/// in another moved.
/// </summary>
public static class EnglishChanges
{
    public static List<UnitChange> Compare(PageModel old, AlignedPage current)
    {
        var before = old.Units.Where(u => u.Kind.IsTranslatable() || u.Kind == UnitKind.CodeBlock).ToList();
        var after = current.Source.Units.Where(u => u.Kind.IsTranslatable() || u.Kind == UnitKind.CodeBlock).ToList();
        var oldKeys = before.Select(u => Markdown(old, u)).ToList();
        var newKeys = after.Select(u => Markdown(current.Source, u)).ToList();
        var pending = new List<(TranslationUnit? Old, TranslationUnit? New)>();
        var (i, j) = (0, 0);
        foreach (var (a, b) in CommonSubsequence(oldKeys, newKeys).Append((before.Count, after.Count)))
        {
            Gap(before.GetRange(i, a - i), after.GetRange(j, b - j), pending);
            (i, j) = (a + 1, b + 1);
        }

        var moves = Moves(old, current.Source, pending);
        var movedFrom = moves.Values.ToHashSet();
        var changes = new List<UnitChange>();
        foreach (var (o, n) in pending)
        {
            if (n is null && movedFrom.Contains(o!))
            {
                continue; // listed once, where the English put it
            }

            changes.Add(n is not null && o is null && moves.TryGetValue(n, out var from)
                ? Change(old, current, from, n, ChangeKind.Moved)
                : Change(old, current, o, n, null));
        }

        return changes;
    }

    /// <summary>
    /// A unit the English removed in one place and added unchanged in another (its Markdown the same once
    /// whitespace is collapsed) moved: one change, not a removal and an addition, and nothing to translate again.
    /// Each added unit that moved, with the removed unit it came from.
    /// </summary>
    private static Dictionary<TranslationUnit, TranslationUnit> Moves(PageModel old, PageModel current, List<(TranslationUnit? Old, TranslationUnit? New)> pending)
    {
        var removed = new Dictionary<string, Queue<TranslationUnit>>(StringComparer.Ordinal);
        foreach (var (o, n) in pending)
        {
            if (n is null && o is not null)
            {
                var key = Markdown(old, o);
                if (!removed.TryGetValue(key, out var queue))
                {
                    removed[key] = queue = new Queue<TranslationUnit>();
                }

                queue.Enqueue(o);
            }
        }

        var moves = new Dictionary<TranslationUnit, TranslationUnit>();
        foreach (var (o, n) in pending)
        {
            if (o is null && n is not null && removed.TryGetValue(Markdown(current, n), out var queue) && queue.TryDequeue(out var from))
            {
                moves[n] = from;
            }
        }

        return moves;
    }

    private static UnitChange Change(PageModel old, AlignedPage current, TranslationUnit? o, TranslationUnit? n, ChangeKind? kind)
    {
        // An English unit added since the revision has no translation yet, whatever neighbour the aligner paired it with.
        var target = n is null || o is null ? null : current.TargetOf(n);
        var oldText = o is null ? null : old.Excerpt(o.Start, o.End, 2000);
        var newText = n is null ? null : current.Source.Excerpt(n.Start, n.End, 2000);
        kind ??= (o, n) switch
        {
            (null, _) => ChangeKind.Added,
            (_, null) => ChangeKind.Removed,
            _ when Collapse(o.Prose.Text) == Collapse(n.Prose.Text) && o.Verbatim == n.Verbatim && SameInvariants(o, n) => ChangeKind.Cosmetic,
            _ => ChangeKind.Changed,
        };
        return new UnitChange(kind.Value, o?.Line, n?.Line, oldText, newText,
            kind != ChangeKind.Moved && oldText is not null && newText is not null ? WordDiff(oldText, newText) : null,
            target?.Line, target is null ? null : current.Target.Excerpt(target.Start, target.End, 2000));
    }

    /// <summary>Pairs the units between two unchanged ones: same prose = cosmetic, then in order by kind = changed.</summary>
    /// <remarks>
    /// Each added unit takes the first removed unit left with its kind and prose, else the first left with its kind:
    /// queues of the removed units by those keys (a unit taken through one queue is skipped in the other), so a page
    /// rewritten from top to bottom costs a pass, not a comparison of every added unit with every removed one.
    /// </remarks>
    private static void Gap(List<TranslationUnit> removed, List<TranslationUnit> added, List<(TranslationUnit? Old, TranslationUnit? New)> pending)
    {
        var taken = new bool[removed.Count];
        var byProse = new Dictionary<(UnitKind, string, string?), Queue<int>>();
        var byKind = new Dictionary<UnitKind, Queue<int>>();
        for (var k = 0; k < removed.Count; k++)
        {
            var o = removed[k];
            var key = (o.Kind, Collapse(o.Prose.Text), o.Verbatim);
            if (!byProse.TryGetValue(key, out var same))
            {
                byProse[key] = same = new Queue<int>();
            }

            same.Enqueue(k);
            if (!byKind.TryGetValue(o.Kind, out var kind))
            {
                byKind[o.Kind] = kind = new Queue<int>();
            }

            kind.Enqueue(k);
        }

        foreach (var n in added)
        {
            var k = First(byProse.GetValueOrDefault((n.Kind, Collapse(n.Prose.Text), n.Verbatim))) ?? First(byKind.GetValueOrDefault(n.Kind));
            if (k is { } index)
            {
                taken[index] = true;
            }

            pending.Add((k is { } i ? removed[i] : null, n));
        }

        pending.AddRange(removed.Where((_, k) => !taken[k]).Select(o => ((TranslationUnit?)o, (TranslationUnit?)null)));

        int? First(Queue<int>? queue)
        {
            while (queue is not null && queue.TryPeek(out var k))
            {
                if (!taken[k])
                {
                    return k;
                }

                queue.Dequeue();
            }

            return null;
        }
    }

    /// <summary>
    /// The same links, code, images and other invariants in the same order: a changed destination or command is
    /// a change even when the prose around it is not. A relative link made the same page's absolute address is
    /// the same link (cosmetic).
    /// </summary>
    private static bool SameInvariants(TranslationUnit o, TranslationUnit n)
    {
        if (o.Invariants.Count != n.Invariants.Count)
        {
            return false;
        }

        for (var k = 0; k < o.Invariants.Count; k++)
        {
            var (a, b) = (o.Invariants[k], n.Invariants[k]);
            if (a.Kind != b.Kind || (a.Value != b.Value && !(a.Kind == InvariantKind.Link && Rules.Links.SamePageLink.Same(a.Value, b.Value, "", null))))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word diff in <c>git diff --word-diff</c> notation: <c>[-removed-]{+added+}</c>.</summary>
    public static string WordDiff(string oldText, string newText)
    {
        var model = InlineDiffBuilder.Diff(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, chunker: WordChunker.Instance);
        var sb = new StringBuilder();
        var kind = ChangeType.Unchanged;
        foreach (var piece in model.Lines)
        {
            var type = piece.Type == ChangeType.Modified ? ChangeType.Inserted : piece.Type;
            if (type != kind)
            {
                Close(sb, kind);
                sb.Append(type switch { ChangeType.Deleted => "[-", ChangeType.Inserted => "{+", _ => "" });
                kind = type;
            }

            sb.Append(piece.Text);
        }

        Close(sb, kind);
        return sb.ToString();
    }

    private static void Close(StringBuilder sb, ChangeType kind) =>
        sb.Append(kind switch { ChangeType.Deleted => "-]", ChangeType.Inserted => "+}", _ => "" });

    private static string Markdown(PageModel page, TranslationUnit unit) => Collapse(page.Text.AsSpan(unit.Start, unit.End - unit.Start).ToString());

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The most cells of the common-subsequence table: 16 million (64 MB), two pages of 4,000 units changed throughout.</summary>
    private const long MaxTableCells = 16_000_000;

    /// <summary>
    /// Index pairs of a longest common subsequence. The units the two versions share at their start and end are
    /// paired first, so an edit in a long page costs a table of the changed middle only; a middle too large for
    /// the table (a page rewritten throughout, or a hostile history) is one gap, whose units
    /// <see cref="Gap"/> pairs by prose and kind, rather than quadratic time and memory.
    /// </summary>
    private static List<(int, int)> CommonSubsequence(List<string> a, List<string> b)
    {
        var pairs = new List<(int, int)>();
        var start = 0;
        while (start < a.Count && start < b.Count && a[start] == b[start])
        {
            pairs.Add((start, start));
            start++;
        }

        var (endA, endB) = (a.Count, b.Count);
        while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        var (rows, columns) = (endA - start, endB - start);
        if (rows > 0 && columns > 0 && (long)(rows + 1) * (columns + 1) <= MaxTableCells)
        {
            var table = new int[rows + 1, columns + 1];
            for (var x = rows - 1; x >= 0; x--)
            {
                for (var y = columns - 1; y >= 0; y--)
                {
                    table[x, y] = a[start + x] == b[start + y] ? table[x + 1, y + 1] + 1 : Math.Max(table[x + 1, y], table[x, y + 1]);
                }
            }

            var (i, j) = (0, 0);
            while (i < rows && j < columns)
            {
                if (a[start + i] == b[start + j])
                {
                    pairs.Add((start + i++, start + j++));
                }
                else if (table[i + 1, j] >= table[i, j + 1])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }

        for (var k = 0; endA + k < a.Count; k++)
        {
            pairs.Add((endA + k, endB + k));
        }

        return pairs;
    }
}
