using Localization.Core.Units;

namespace Localization.Core.Rules;

/// <summary>Multiset difference of the invariants of one kind between a source unit and its translation.</summary>
internal static class InvariantDiff
{
    /// <summary>Occurrences only the source has, and those only the target has, each in page order.</summary>
    public static (List<Invariant> Missing, List<Invariant> Extra) Compare(TranslationUnit source, TranslationUnit target, InvariantKind kind, Func<string, string>? normalize = null)
    {
        // Nearly every pair has the same invariants: no dictionary then (the shortcode rule asked every matched
        // pair of a site this way, 49 MB of dictionaries, lists and boxed enumerators).
        if (Same(source, target, kind, normalize))
        {
            return ([], []);
        }

        normalize ??= static v => v;
        var (sourceInvariants, targetInvariants) = (source.Invariants, target.Invariants);
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < targetInvariants.Count; k++)
        {
            var i = targetInvariants[k];
            if (i.Kind == kind)
            {
                var key = normalize(i.Value);
                remaining[key] = remaining.GetValueOrDefault(key) + 1;
            }
        }

        var missing = new List<Invariant>();
        for (var k = 0; k < sourceInvariants.Count; k++)
        {
            var i = sourceInvariants[k];
            if (i.Kind != kind)
            {
                continue;
            }

            var key = normalize(i.Value);
            if (remaining.TryGetValue(key, out var n) && n > 0)
            {
                remaining[key] = n - 1;
            }
            else
            {
                missing.Add(i);
            }
        }

        var extra = new List<Invariant>();
        for (var k = 0; k < targetInvariants.Count; k++)
        {
            var i = targetInvariants[k];
            if (i.Kind != kind)
            {
                continue;
            }

            var key = normalize(i.Value);
            if (remaining.TryGetValue(key, out var n) && n > 0)
            {
                remaining[key] = n - 1;
                extra.Add(i);
            }
        }

        return (missing, extra);
    }

    /// <summary>
    /// Whether both units have the same invariants of the kind in the same order: nothing missing or extra.
    /// The common case, asked first so that it costs no dictionary and no lists.
    /// </summary>
    public static bool Same(TranslationUnit sourceUnit, TranslationUnit targetUnit, InvariantKind kind, Func<string, string>? normalize = null)
    {
        if (ReferenceEquals(targetUnit.EnglishTwin, sourceUnit))
        {
            return true; // read from this English block's Markdown: its invariants, moved (half the pairs of a site)
        }

        var (inSource, inTarget) = (sourceUnit.Has(kind), targetUnit.Has(kind));

        if (!inSource || !inTarget)
        {
            return inSource == inTarget;
        }

        // Spans, not the lists' interface: a dozen rules ask this of every matched pair of a site.
        var source = sourceUnit.InvariantSpan;
        var target = targetUnit.InvariantSpan;
        int i = 0, j = 0;
        while (true)
        {
            while (i < source.Length && source[i].Kind != kind)
            {
                i++;
            }

            while (j < target.Length && target[j].Kind != kind)
            {
                j++;
            }

            if (i == source.Length || j == target.Length)
            {
                return i == source.Length && j == target.Length;
            }

            var (s, t) = (source[i].Value, target[j].Value);
            if (s != t && (normalize is null || normalize(s) != normalize(t)))
            {
                return false;
            }

            i++;
            j++;
        }
    }
}
