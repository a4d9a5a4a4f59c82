using System.Text.RegularExpressions;

namespace Localization.Core.Units;

/// <summary>A match of a <c>verbatim_patterns</c> expression: page offsets and the text matched.</summary>
public readonly record struct VerbatimMatch(int Start, int End, string Value)
{
    /// <summary>
    /// The non-overlapping matches of <paramref name="patterns"/> in <paramref name="text"/>[from..to), earliest
    /// first. A pattern that exceeds its match timeout on this text is left out for it (hostile input cannot hang
    /// the run; the text is then simply read as text).
    /// </summary>
    public static IReadOnlyList<VerbatimMatch> Find(IReadOnlyList<Regex> patterns, string text, int from, int to)
    {
        if (patterns.Count == 0 || from < 0 || to > text.Length || from >= to)
        {
            return [];
        }

        var found = new List<VerbatimMatch>();
        foreach (var pattern in patterns)
        {
            try
            {
                for (var m = pattern.Match(text, from, to - from); m.Success; m = m.NextMatch())
                {
                    if (m.Length > 0 && !found.Any(f => f.Start < m.Index + m.Length && m.Index < f.End))
                    {
                        found.Add(new VerbatimMatch(m.Index, m.Index + m.Length, m.Value));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Keep the matches found before the timeout; the rest of this block is read as text.
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }
}
