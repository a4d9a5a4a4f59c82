namespace Localization.Core.Text;

/// <summary>
/// The known name closest to a misspelt one ("chek" → "check", "%orignal_file_name%" → "%original_file_name%"),
/// for error messages; null when nothing is close enough to be a plausible typo.
/// </summary>
public static class DidYouMean
{
    public static string? Closest(string given, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(given);
        ArgumentNullException.ThrowIfNull(known);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(given.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        // A third of the name (at least one edit, at most three): closer than that is a typo, not another word.
        var allowed = Math.Clamp(given.Length / 3, 1, 3);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>" (did you mean 'x'?)" or "".</summary>
    public static string Hint(string given, IEnumerable<string> known) =>
        Closest(given, known) is { } match ? $" (did you mean '{match}'?)" : "";

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    internal static int Distance(string a, string b)
    {
        var w = b.Length + 1;
        var d = new int[(a.Length + 1) * w];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i * w] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[(i * w) + j] = Math.Min(Math.Min(d[((i - 1) * w) + j] + 1, d[(i * w) + j - 1] + 1), d[((i - 1) * w) + j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[(i * w) + j] = Math.Min(d[(i * w) + j], d[((i - 2) * w) + j - 2] + 1);
                }
            }
        }

        return d[(a.Length * w) + b.Length];
    }
}
