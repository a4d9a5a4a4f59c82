using System.Diagnostics.CodeAnalysis;

namespace Localization.Core.Crowdin;

/// <summary>A source file found by <see cref="CrowdinGlob.Enumerate(string, bool)"/>.</summary>
/// <param name="RelativePath">Path relative to the base path, '/'-separated.</param>
/// <param name="FullPath">Absolute path (under the base path, links not resolved).</param>
/// <param name="DoubleStarPath">
/// What the pattern's <c>**</c> segments matched, '/'-joined (empty for zero directories); it replaces
/// <c>**</c> in the translation pattern, so <c>/docs/**/*.md</c> on <c>docs/basics/dns.md</c> gives <c>basics</c>.
/// </param>
public sealed record GlobMatch(string RelativePath, string FullPath, string DoubleStarPath)
{
    /// <summary>Why the file must not be read (a symbolic link out of the project or to a device); null for a readable file.</summary>
    public string? Refusal { get; init; }
}

/// <summary>
/// A compiled Crowdin <c>source</c> pattern. Semantics follow the Crowdin CLI's FileHelper, which
/// matches one path segment at a time against real directory listings:
/// <list type="bullet">
/// <item>a leading '/' is dropped; the pattern is relative to the base path and may not escape it;</item>
/// <item><c>**</c> as a whole segment matches zero or more directories;</item>
/// <item><c>*</c> matches one or more characters within a segment (so <c>*.md</c> does not match <c>.md</c>);</item>
/// <item><c>?</c> matches one character; <c>[set]</c> and <c>[^set]</c> match one character in or not in the set;</item>
/// <item>'\' makes the next character literal; matching is case-sensitive.</item>
/// </list>
/// With hidden files ignored (Crowdin's default), wildcards and <c>**</c> never match a name starting
/// with '.'; a literal segment may still name one.
/// </summary>
public sealed class CrowdinGlob
{
    private readonly IReadOnlyList<GlobSegment> _segments;

    private CrowdinGlob(string pattern, IReadOnlyList<GlobSegment> segments)
    {
        Pattern = pattern;
        _segments = segments;
    }

    /// <summary>The pattern as given.</summary>
    public string Pattern { get; }

    /// <summary>True if the pattern has a <c>**</c> segment (required for <c>**</c> in the translation).</summary>
    public bool HasDoubleStar => _segments.Any(s => s is DoubleStarSegment);

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    /// <exception cref="ArgumentException">The pattern is malformed or escapes the base path.</exception>
    public static CrowdinGlob Parse(string pattern) =>
        TryParse(pattern, out var glob, out var error) ? glob : throw new ArgumentException($"Source pattern '{pattern}' {error}.", nameof(pattern));

    /// <summary>Compiles <paramref name="pattern"/>, returning an error phrase (e.g. "must not contain '..' path segments") instead of throwing.</summary>
    public static bool TryParse(string pattern, [NotNullWhen(true)] out CrowdinGlob? glob, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        glob = null;
        error = PathGuard.NormalizePattern(pattern, backslashIsEscape: true, out var normalized);
        if (error is not null)
        {
            return false;
        }

        error = GlobCompiler.TryCompile(normalized, GlobDialect.Source, out var segments);
        if (error is not null)
        {
            return false;
        }

        glob = new CrowdinGlob(pattern, segments);
        return true;
    }

    /// <summary>True if the '/'-separated path (relative to the base path) matches.</summary>
    public bool IsMatch(string relativePath, bool ignoreHiddenFiles = true) => TryMatch(relativePath, out _, ignoreHiddenFiles);

    /// <summary>
    /// Matches a '/'-separated path relative to the base path and returns what <c>**</c> matched.
    /// When several splits are possible the earlier <c>**</c> takes as few directories as it can.
    /// </summary>
    public bool TryMatch(string relativePath, out string doubleStarPath, bool ignoreHiddenFiles = true)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        doubleStarPath = string.Empty;
        var parts = relativePath.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || parts.Any(p => p is "." or ".."))
        {
            return false;
        }

        var captured = SegmentPathMatcher.Match(_segments, parts, doubleStarMatchesLast: false, hiddenBlocksWildcards: ignoreHiddenFiles);
        if (captured is null)
        {
            return false;
        }

        doubleStarPath = string.Join('/', captured);
        return true;
    }

    /// <summary>
    /// Finds matching regular files under <paramref name="basePath"/>, sorted ordinally by relative path.
    /// The walk never follows symlinked directories, never leaves the base path, and keeps a file
    /// link only if it resolves to a regular file inside the base path.
    /// </summary>
    public IReadOnlyList<GlobMatch> Enumerate(string basePath, bool ignoreHiddenFiles = true) =>
        Enumerate(new DirectoryLister(basePath), ignoreHiddenFiles);

    internal IReadOnlyList<GlobMatch> Enumerate(DirectoryLister lister, bool ignoreHiddenFiles)
    {
        var found = new SortedDictionary<string, DirectoryEntry>(StringComparer.Ordinal);
        var visited = new HashSet<(string, int)>();
        var pending = new Stack<(string Full, string Relative, int Index)>();
        pending.Push((lister.Root, string.Empty, 0));
        while (pending.Count > 0)
        {
            var (full, relative, index) = pending.Pop();
            if (index >= _segments.Count || !visited.Add((relative, index)))
            {
                continue;
            }

            var segment = _segments[index];
            var entries = lister.List(full);
            if (segment is DoubleStarSegment)
            {
                pending.Push((full, relative, index + 1));
                foreach (var entry in entries)
                {
                    if (entry.IsDirectory && !(ignoreHiddenFiles && IsHidden(entry.Name)))
                    {
                        pending.Push((entry.FullPath, Join(relative, entry.Name), index));
                    }
                }

                continue;
            }

            var isLast = index == _segments.Count - 1;
            foreach (var entry in entries)
            {
                if (entry.IsDirectory == isLast || !SegmentPathMatcher.SegmentMatches(segment, entry.Name, ignoreHiddenFiles))
                {
                    continue;
                }

                if (isLast)
                {
                    found[Join(relative, entry.Name)] = entry;
                }
                else
                {
                    pending.Push((entry.FullPath, Join(relative, entry.Name), index + 1));
                }
            }
        }

        var results = new List<GlobMatch>(found.Count);
        foreach (var (relative, entry) in found)
        {
            TryMatch(relative, out var doubleStar, ignoreHiddenFiles);
            results.Add(new GlobMatch(relative, entry.FullPath, doubleStar) { Refusal = entry.Refusal });
        }

        return results;
    }

    /// <inheritdoc/>
    public override string ToString() => Pattern;

    internal static bool IsHidden(string name) => name.StartsWith('.');

    private static string Join(string relative, string name) => relative.Length == 0 ? name : relative + "/" + name;
}

/// <summary>Matches compiled segments against path segments by dynamic programming (no exponential backtracking).</summary>
internal static class SegmentPathMatcher
{
    /// <summary>Whether one non-<c>**</c> segment matches a name, applying the hidden-file rule to wildcards.</summary>
    public static bool SegmentMatches(GlobSegment segment, string name, bool hiddenBlocksWildcards) =>
        (segment.IsLiteral || !hiddenBlocksWildcards || !CrowdinGlob.IsHidden(name)) && segment.Matches(name);

    /// <summary>
    /// Returns the path parts consumed by <c>**</c> segments (in order) if the whole path matches, else null.
    /// <paramref name="doubleStarMatchesLast"/> lets <c>**</c> consume the final (file) segment too, as ignore globs do.
    /// </summary>
    public static List<string>? Match(IReadOnlyList<GlobSegment> segments, IReadOnlyList<string> parts, bool doubleStarMatchesLast, bool hiddenBlocksWildcards)
    {
        var m = segments.Count;
        var n = parts.Count;

        // ok[i, j] at i * (n + 1) + j, on the stack for every real path: a two-dimensional array per file was
        // a tenth of planning a site of 3,900 files.
        var width = n + 1;
        var size = (m + 1) * width;
        Span<bool> ok = size <= 1024 ? stackalloc bool[size] : new bool[size];
        ok.Clear();
        ok[(m * width) + n] = true;
        for (var i = m - 1; i >= 0; i--)
        {
            var segment = segments[i];
            for (var j = n; j >= 0; j--)
            {
                if (segment is DoubleStarSegment)
                {
                    ok[(i * width) + j] = ok[((i + 1) * width) + j] || (j < n && CanConsume(parts, j, doubleStarMatchesLast, hiddenBlocksWildcards) && ok[(i * width) + j + 1]);
                }
                else
                {
                    ok[(i * width) + j] = j < n && ok[((i + 1) * width) + j + 1] && SegmentMatches(segment, parts[j], hiddenBlocksWildcards);
                }
            }
        }

        if (!ok[0])
        {
            return null;
        }

        var captured = new List<string>();
        int si = 0, pj = 0;
        while (si < m)
        {
            if (segments[si] is DoubleStarSegment && !ok[((si + 1) * width) + pj])
            {
                captured.Add(parts[pj++]);
            }
            else if (segments[si] is DoubleStarSegment)
            {
                si++;
            }
            else
            {
                si++;
                pj++;
            }
        }

        return captured;
    }

    private static bool CanConsume(IReadOnlyList<string> parts, int j, bool doubleStarMatchesLast, bool hiddenBlocksWildcards) =>
        (doubleStarMatchesLast || j < parts.Count - 1) && !(hiddenBlocksWildcards && CrowdinGlob.IsHidden(parts[j]));
}
