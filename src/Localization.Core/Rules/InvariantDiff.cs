using Localization.Core.Units;

namespace Localization.Core.Rules;

/// <summary>Multiset difference of the invariants of one kind between a source unit and its translation.</summary>
internal static class InvariantDiff
{
    /// <summary>Occurrences only the source has, and those only the target has, each in page order.</summary>
    public static (List<Invariant> Missing, List<Invariant> Extra) Compare(TranslationUnit source, TranslationUnit target, InvariantKind kind, Func<string, string>? normalize = null)
    {
        normalize ??= static v => v;
        var remaining = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in target.Invariants)
        {
            if (i.Kind == kind)
            {
                var key = normalize(i.Value);
                remaining[key] = remaining.GetValueOrDefault(key) + 1;
            }
        }

        var missing = new List<Invariant>();
        foreach (var i in source.Invariants)
        {
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
        foreach (var i in target.Invariants)
        {
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
        var (source, target) = (sourceUnit.Invariants, targetUnit.Invariants);
        int i = 0, j = 0;
        while (true)
        {
            while (i < source.Count && source[i].Kind != kind)
            {
                i++;
            }

            while (j < target.Count && target[j].Kind != kind)
            {
                j++;
            }

            if (i == source.Count || j == target.Count)
            {
                return i == source.Count && j == target.Count;
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
