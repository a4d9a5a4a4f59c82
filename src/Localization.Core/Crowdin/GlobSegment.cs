namespace Localization.Core.Crowdin;

/// <summary>Which wildcard rules a pattern follows.</summary>
internal enum GlobDialect
{
    /// <summary>
    /// Crowdin <c>source</c> rules (FileHelper): <c>*</c> is one or more characters, <c>[^…]</c>
    /// negates, '\' escapes the next character, <c>**</c> is only special as a whole segment.
    /// </summary>
    Source,

    /// <summary>
    /// Crowdin <c>ignore</c> rules (Java NIO glob): <c>*</c> is zero or more characters, <c>[!…]</c>
    /// (or <c>[^…]</c>) negates, <c>{a,b}</c> alternates, <c>**</c> spans segments.
    /// </summary>
    Ignore,
}

/// <summary>One '/'-separated piece of a compiled glob.</summary>
internal abstract record GlobSegment
{
    /// <summary>True for segments without wildcards, which may name hidden entries explicitly.</summary>
    public virtual bool IsLiteral => false;

    /// <summary>Whether the segment matches one file or directory name.</summary>
    public abstract bool Matches(string name);
}

/// <summary>A whole <c>**</c> segment: zero or more path segments.</summary>
internal sealed record DoubleStarSegment : GlobSegment
{
    public static DoubleStarSegment Instance { get; } = new();

    public override bool Matches(string name) => true;
}

/// <summary>A segment without wildcards; matched ordinally (case-sensitive, as the Crowdin CLI's regexes are).</summary>
internal sealed record LiteralSegment(string Text) : GlobSegment
{
    public override bool IsLiteral => true;

    public override bool Matches(string name) => string.Equals(name, Text, StringComparison.Ordinal);
}

/// <summary>A segment with <c>*</c>, <c>?</c> or character classes, matched per Unicode code point.</summary>
internal sealed record WildcardSegment(string Pattern, IReadOnlyList<GlobToken> Tokens) : GlobSegment
{
    /// <summary>Linear-time-per-star wildcard matching (no regex, so no catastrophic backtracking).</summary>
    public override bool Matches(string name)
    {
        var text = CodePoints(name);
        int t = 0, p = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < Tokens.Count && Tokens[p].Kind != GlobTokenKind.Star && Tokens[p].Matches(text[t]))
            {
                p++;
                t++;
            }
            else if (p < Tokens.Count && Tokens[p].Kind == GlobTokenKind.Star)
            {
                starP = p++;
                starT = t;
            }
            else if (starP >= 0)
            {
                p = starP + 1;
                t = ++starT;
            }
            else
            {
                return false;
            }
        }

        while (p < Tokens.Count && Tokens[p].Kind == GlobTokenKind.Star)
        {
            p++;
        }

        return p == Tokens.Count;
    }

    private static int[] CodePoints(string s)
    {
        var result = new List<int>(s.Length);
        foreach (var rune in s.EnumerateRunes())
        {
            result.Add(rune.Value);
        }

        return [.. result];
    }
}

internal enum GlobTokenKind
{
    Char,
    Any,
    Star,
    Class,
}

/// <summary>One element of a wildcard segment; <see cref="GlobTokenKind.Star"/> means zero or more code points.</summary>
internal sealed record GlobToken(GlobTokenKind Kind, int Char = 0, IReadOnlyList<(int Low, int High)>? Ranges = null, bool Negated = false)
{
    public bool Matches(int codePoint) => Kind switch
    {
        GlobTokenKind.Char => codePoint == Char,
        GlobTokenKind.Any => true,
        GlobTokenKind.Class => Ranges!.Any(r => codePoint >= r.Low && codePoint <= r.High) != Negated,
        _ => false,
    };
}
