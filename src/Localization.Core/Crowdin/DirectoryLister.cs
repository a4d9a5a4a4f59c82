using System.Collections.Concurrent;

namespace Localization.Core.Crowdin;

/// <summary>An entry of a directory listing, already classified for safe traversal.</summary>
/// <param name="Name">Entry name.</param>
/// <param name="FullPath">Full path under the (unresolved) base path.</param>
/// <param name="IsDirectory">A real directory (never a link to one: symlinked directories are not followed).</param>
/// <param name="Refusal">For a link to a file that must not be read (outside the root, a device): why; it is listed so it can be reported.</param>
internal sealed record DirectoryEntry(string Name, string FullPath, bool IsDirectory, string? Refusal = null);

/// <summary>
/// Lists directories below a root for one operation, caching listings. Symbolic links to directories
/// are skipped (recursive enumeration in .NET follows them, dotnet/runtime#52666); links to files are
/// kept only when they resolve to an existing file inside the root, so a link to
/// <c>/proc/self/environ</c> or outside the repository is never read. Not thread-safe; create one per call
/// and thread (<see cref="DirectoryLister(DirectoryLister)"/> for the other threads of the same call).
/// </summary>
internal sealed class DirectoryLister
{
    private readonly EnumerationOptions _options = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = true,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
        MatchType = MatchType.Simple,
    };

    // Shared by the listers of one call's threads: each listed entry costs an lstat (FileSystemInfo reads its
    // attributes), and a lister per thread listed the same directories again (every thread's part of the sources
    // looks into every language's directories): site31's planning made 14,769 lstat calls for its 4,400 entries.
    // Lazily, so that two threads asking for the same directory at once list it once (they listed it both: ~1,600
    // of the 4,168 lstat calls left); the second waits for the listing it would otherwise have made again.
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<DirectoryEntry>>> _cache;
    private readonly Dictionary<string, ResolvedPath> _resolvedDirectories = new(StringComparer.Ordinal);
    private readonly string? _realRoot;

    /// <summary>Linux's PATH_MAX, terminating NUL included.</summary>
    private const int MaxPathBytes = 4096;

    /// <summary>Creates a lister confined to <paramref name="root"/> (absolute).</summary>
    public DirectoryLister(string root)
    {
        Root = Path.GetFullPath(root);
        _realRoot = Directory.Exists(Root) ? PathGuard.RealPath(Root) : null;
        _cache = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// A lister for another thread of the call <paramref name="shared"/> serves: same root, and the listings of both
    /// (whichever lists a directory first); each keeps its own path resolutions.
    /// </summary>
    public DirectoryLister(DirectoryLister shared)
    {
        Root = shared.Root;
        _realRoot = shared._realRoot;
        _cache = shared._cache;
    }

    /// <summary>The absolute root.</summary>
    public string Root { get; }

    /// <summary>Entries of <paramref name="directory"/> sorted by name (ordinal); empty when missing or unreadable.</summary>
    public IReadOnlyList<DirectoryEntry> List(string directory)
    {
        var listing = _cache.TryGetValue(directory, out var cached) ? cached : _cache.GetOrAdd(directory, d => new Lazy<IReadOnlyList<DirectoryEntry>>(() => Read(d)));
        try
        {
            return listing.Value;
        }
        catch
        {
            // A Lazy keeps what its listing threw: dropped, so that the next call asks again, as before it was shared.
            _cache.TryRemove(KeyValuePair.Create(directory, listing));
            throw;
        }
    }

    private List<DirectoryEntry> Read(string directory)
    {
        var entries = new List<DirectoryEntry>();
        if (_realRoot is not null)
        {
            try
            {
                foreach (var info in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", _options))
                {
                    var entry = Classify(info, directory);
                    if (entry is not null)
                    {
                        entries.Add(entry);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                entries.Clear();
            }
        }

        entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return entries;
    }

    /// <summary>The entry named <paramref name="name"/> (exact, ordinal) in <paramref name="directory"/>, if listed.</summary>
    public DirectoryEntry? Find(string directory, string name)
    {
        foreach (var entry in List(directory))
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>True if an existing path resolves (through links) inside the root; missing paths are judged by their existing prefix.</summary>
    public bool ResolvesInsideRoot(string fullPath) =>
        _realRoot is not null && RealPath(fullPath) is { } real && PathGuard.IsUnder(real, _realRoot);

    /// <summary><see cref="PathGuard.RealPath"/>, with the resolution of each directory kept for the files in it.</summary>
    internal string? RealPath(string fullPath)
    {
        var full = Path.GetFullPath(fullPath);
        var directory = Path.GetDirectoryName(full);
        var name = Path.GetFileName(full);
        if (directory is null || name.Length == 0)
        {
            return PathGuard.RealPath(full);
        }

        if (!_resolvedDirectories.TryGetValue(directory, out var resolved))
        {
            resolved = PathGuard.Resolve(directory);
            _resolvedDirectories[directory] = resolved;
        }

        return PathGuard.ResolveEntry(resolved, name).Real;
    }

    private DirectoryEntry? Classify(FileSystemInfo info, string directory)
    {
        // A path the kernel cannot take (over PATH_MAX): .NET cannot even name it (its FullName is empty), and
        // every later step would throw. Built here from the listed directory, and refused by name.
        var fullPath = Path.Join(directory, info.Name);
        if (info.FullName.Length == 0 || System.Text.Encoding.UTF8.GetByteCount(fullPath) >= MaxPathBytes)
        {
            return info is DirectoryInfo
                ? null
                : new DirectoryEntry(info.Name, fullPath, IsDirectory: false, "path is longer than the system allows; not read");
        }

        // .NET decodes a name that is not UTF-8 with U+FFFD: the decoded name opens nothing, so the file
        // would silently vanish from the run. Listed as refused, so it is reported.
        if (info.Name.Contains('\uFFFD', StringComparison.Ordinal) && !File.Exists(info.FullName) && !Directory.Exists(info.FullName))
        {
            // Its attributes cannot be read either (the decoded name does not exist): the enumeration's own
            // kind tells a directory.
            return info is DirectoryInfo
                ? null
                : new DirectoryEntry(info.Name, info.FullName, IsDirectory: false, "file name is not valid UTF-8 (shown with U+FFFD); not read; rename it");
        }

        // By the attribute alone: .NET sets it for every symbolic link (on Unix from the entry's lstat), while
        // LinkTarget asks the file system again (a readlink per listed entry, thousands on a 31-language site).
        var isLink = info.Attributes.HasFlag(FileAttributes.ReparsePoint);
        if (!isLink)
        {
            return new DirectoryEntry(info.Name, info.FullName, info.Attributes.HasFlag(FileAttributes.Directory));
        }

        // A link: never traverse it as a directory; accept it as a file only if its final target is a
        // regular file inside the root. A link to a file outside the root or to a device is listed as
        // refused, so that the run can say so instead of silently leaving a page out.
        var real = PathGuard.RealPath(info.FullName);
        if (real is null)
        {
            return new DirectoryEntry(info.Name, info.FullName, IsDirectory: false, "is a symbolic link loop; not read");
        }

        if (Directory.Exists(real) || !File.Exists(real))
        {
            return null;
        }

        if (!PathGuard.IsUnder(real, _realRoot!))
        {
            return new DirectoryEntry(info.Name, info.FullName, IsDirectory: false, $"is a symbolic link to {real}, outside the project; not read");
        }

        return IO.FileKind.IsRegularFile(real)
            ? new DirectoryEntry(info.Name, info.FullName, IsDirectory: false)
            : new DirectoryEntry(info.Name, info.FullName, IsDirectory: false, $"is a symbolic link to {real}, which is not a regular file; not read");
    }
}
