namespace Localization.Core.Crowdin;

/// <summary>
/// Path checks shared by patterns and computed paths. Config files come from repositories we do not
/// control, so nothing derived from them may name a file outside the base path: no '..' segments,
/// no rooted or drive-qualified paths, and no symbolic link that resolves outside the root.
/// </summary>
internal static class PathGuard
{
    private const int MaxLinkHops = 40;

    /// <summary>Comparison matching the platform's usual file-system case rules.</summary>
    public static StringComparison PathComparison { get; } =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>
    /// Normalises a path pattern written in crowdin.yml: '\' becomes '/' (unless
    /// <paramref name="backslashIsEscape"/>), one leading '/' is dropped, repeated '/' collapse.
    /// Returns an error message when the pattern is rooted, drive-qualified or has '.' or '..' segments.
    /// </summary>
    public static string? NormalizePattern(string pattern, bool backslashIsEscape, out string normalized)
    {
        normalized = pattern;
        var text = backslashIsEscape ? pattern : pattern.Replace('\\', '/');
        if (text.Length == 0)
        {
            return "is empty";
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return "contains a NUL character";
        }

        if (text[0] == '/')
        {
            text = text[1..];
        }

        if (text.StartsWith('/') || HasDriveLetter(text))
        {
            return "must be relative to the base path (absolute paths are not allowed)";
        }

        var segments = text.Split('/', StringSplitOptions.RemoveEmptyEntries);
        foreach (var segment in segments)
        {
            if (segment is "." or "..")
            {
                return $"must not contain '{segment}' path segments";
            }
        }

        normalized = string.Join('/', segments);
        return normalized.Length == 0 ? "names no file" : null;
    }

    /// <summary>True for a '/'-separated relative path with no empty, '.' or '..' segment.</summary>
    public static bool IsSafeRelative(string path)
    {
        if (path.Length == 0 || path[0] == '/' || path.Contains('\\', StringComparison.Ordinal)
            || path.Contains('\0', StringComparison.Ordinal) || HasDriveLetter(path))
        {
            return false;
        }

        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True if <paramref name="path"/> is <paramref name="root"/> or below it (both absolute, same form).</summary>
    public static bool IsUnder(string path, string root)
    {
        var trimmedRoot = Path.TrimEndingDirectorySeparator(root);
        var trimmedPath = Path.TrimEndingDirectorySeparator(path);
        if (string.Equals(trimmedPath, trimmedRoot, PathComparison))
        {
            return true;
        }

        var prefix = trimmedRoot.EndsWith(Path.DirectorySeparatorChar) ? trimmedRoot : trimmedRoot + Path.DirectorySeparatorChar;
        return trimmedPath.StartsWith(prefix, PathComparison);
    }

    /// <summary>
    /// True if the config's base path, with links resolved, is inside the config file's directory (also
    /// resolved). Missing directories pass: there is nothing to read through them.
    /// </summary>
    public static bool BaseStaysInConfigDirectory(CrowdinConfig config)
    {
        if (!IsUnder(Path.GetFullPath(config.BasePath), Path.GetFullPath(config.ConfigDirectory)))
        {
            return false;
        }

        var realBase = RealPath(config.BasePath);
        var realConfigDirectory = RealPath(config.ConfigDirectory);
        return realBase is not null && realConfigDirectory is not null && IsUnder(realBase, realConfigDirectory);
    }

    /// <summary>A '/'-separated relative path from <paramref name="baseDirectory"/> to <paramref name="fullPath"/>.</summary>
    public static string Relative(string baseDirectory, string fullPath) =>
        Path.GetRelativePath(baseDirectory, fullPath).Replace('\\', '/');

    /// <summary>
    /// Resolves every symbolic link along <paramref name="path"/> (like POSIX <c>realpath</c>, but a
    /// missing tail is kept as written). Null when links loop or nest too deeply.
    /// </summary>
    public static string? RealPath(string path) => Resolve(path).Real;

    /// <summary><see cref="RealPath"/> with the state its walk ended in, from which an entry of the path can be resolved.</summary>
    public static ResolvedPath Resolve(string path)
    {
        if (string.IsNullOrEmpty(path) || path.Contains('\0', StringComparison.Ordinal))
        {
            return new ResolvedPath(null, 0, Missing: false);
        }

        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? string.Empty;
        return Walk(new ResolvedPath(root, 0, Missing: false), full[root.Length..]);
    }

    /// <summary>
    /// The resolution of <paramref name="name"/>, an entry of the directory <paramref name="directory"/> was
    /// resolved from: the same as resolving the joined path from the root, without asking the file system about
    /// the directory's components again (a site's thousands of pages share a few dozen directories).
    /// </summary>
    public static ResolvedPath ResolveEntry(ResolvedPath directory, string name) =>
        directory.Real is null || name.Contains('\0', StringComparison.Ordinal) ? new ResolvedPath(null, 0, Missing: false) : Walk(directory, name);

    private static ResolvedPath Walk(ResolvedPath from, string relative)
    {
        var current = from.Real!;
        var hops = from.Hops;
        var missing = from.Missing;
        var pending = new Stack<string>();
        PushComponents(pending, relative);
        while (pending.Count > 0)
        {
            var component = pending.Pop();
            if (component is "" or ".")
            {
                continue;
            }

            if (component == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, component);
            string? link = missing ? null : LinkTargetOf(next, out missing);
            if (link is null)
            {
                current = next;
                continue;
            }

            if (++hops > MaxLinkHops)
            {
                return new ResolvedPath(null, hops, missing);
            }

            if (Path.IsPathRooted(link))
            {
                var linkFull = Path.GetFullPath(link);
                current = Path.GetPathRoot(linkFull) ?? current;
                PushComponents(pending, linkFull[current.Length..]);
            }
            else
            {
                PushComponents(pending, link);
            }
        }

        return new ResolvedPath(current, hops, missing);
    }

    /// <summary>
    /// The target of the symbolic link at <paramref name="path"/> (null when it is none), and whether nothing is
    /// there. One <c>lstat</c> tells both for every path but a link (planning a site asked three system calls of
    /// each of its 3,900 translations: a directory test, <c>readlink</c> and a file test).
    /// </summary>
    internal static string? LinkTargetOf(string path, out bool missing)
    {
        missing = false;
        switch (IO.FileKind.TypeOf(path, followLinks: false))
        {
            case IO.FileType.SymbolicLink:
                break;
            case IO.FileType.Missing or IO.FileType.LinkLoop or IO.FileType.NameTooLong or IO.FileType.Unknown:
                // What cannot be told apart from nothing (a directory that may not be searched, a name too long)
                // is taken as missing, as the file system calls' failures were.
                missing = true;
                return null;
            default:
                return null;
        }

        try
        {
            // Null only when the link went away since: then nothing is there.
            var target = new FileInfo(path).LinkTarget;
            missing = target is null;
            return target;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            missing = true;
            return null;
        }
    }

    private static void PushComponents(Stack<string> pending, string relative)
    {
        var parts = relative.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            pending.Push(parts[i]);
        }
    }

    private static bool HasDriveLetter(string text) =>
        text.Length >= 2 && text[1] == ':' && char.IsAsciiLetter(text[0]);
}

/// <summary>Where resolving a path through its links ended: its real path (null for a loop), links followed, and whether a component was missing.</summary>
internal readonly record struct ResolvedPath(string? Real, int Hops, bool Missing);
