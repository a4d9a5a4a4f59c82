using System.Diagnostics.CodeAnalysis;

namespace Localization.Core.Crowdin;

/// <summary>
/// The <c>ignore</c> patterns of one file group, after language placeholders are expanded. Rules follow
/// the Crowdin CLI's FileMatcher (Java NIO globs over the full path): <c>*</c> and <c>?</c> stay within
/// a segment (<c>*</c> may match nothing), <c>**</c> spans any number of segments, <c>[!…]</c> or
/// <c>[^…]</c> negates a class, <c>{a,b}</c> alternates, and '\' is a path separator. A pattern that
/// matches a directory ignores everything below it, which covers naming an existing directory.
/// </summary>
internal sealed class IgnoreMatcher
{
    private readonly IReadOnlyList<IReadOnlyList<GlobSegment>> _patterns;

    private IgnoreMatcher(IReadOnlyList<IReadOnlyList<GlobSegment>> patterns) => _patterns = patterns;

    /// <summary>A matcher that ignores nothing.</summary>
    public static IgnoreMatcher None { get; } = new([]);

    /// <summary>Compiles all patterns; returns false with the first error phrase.</summary>
    public static bool TryCreate(IEnumerable<string> patterns, [NotNullWhen(true)] out IgnoreMatcher? matcher, [NotNullWhen(false)] out string? error)
    {
        var compiled = new List<IReadOnlyList<GlobSegment>>();
        matcher = null;
        foreach (var pattern in patterns)
        {
            error = Compile(pattern, compiled);
            if (error is not null)
            {
                error = $"'{pattern}' {error}";
                return false;
            }
        }

        error = null;
        matcher = new IgnoreMatcher(compiled);
        return true;
    }

    /// <summary>Checks one pattern (placeholders may still be present); null when valid.</summary>
    public static string? Validate(string pattern) => Compile(pattern, []);

    /// <summary>True if the '/'-separated path (relative to the base path), or a directory above it, is ignored.</summary>
    public bool IsIgnored(string relativePath)
    {
        if (_patterns.Count == 0)
        {
            return false;
        }

        var parts = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var length = 1; length <= parts.Length; length++)
        {
            var prefix = new ArraySegment<string>(parts, 0, length);
            foreach (var pattern in _patterns)
            {
                if (SegmentPathMatcher.Match(pattern, prefix, doubleStarMatchesLast: true, hiddenBlocksWildcards: false) is not null)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static string? Compile(string pattern, List<IReadOnlyList<GlobSegment>> into)
    {
        var error = PathGuard.NormalizePattern(pattern, backslashIsEscape: false, out var normalized);
        if (error is not null)
        {
            return error;
        }

        error = GlobCompiler.ExpandBraces(normalized, out var alternatives);
        if (error is not null)
        {
            return error;
        }

        foreach (var alternative in alternatives)
        {
            error = PathGuard.NormalizePattern(alternative, backslashIsEscape: false, out var plain);
            if (error is not null)
            {
                return error;
            }

            error = GlobCompiler.TryCompile(plain, GlobDialect.Ignore, out var segments);
            if (error is not null)
            {
                return error;
            }

            into.Add(segments);
        }

        return null;
    }
}
