namespace Localization.Core.IO;

/// <summary>How a report reaches its destination.</summary>
internal enum OutputMode
{
    /// <summary>Nothing there yet: a temporary file renamed into place, never over a file that appeared meanwhile.</summary>
    Create,

    /// <summary>A regular file or a symbolic link (the link itself is replaced, never its target), with --force.</summary>
    Replace,

    /// <summary>A FIFO, a terminal or another character device, or /dev/stdout: written into, as any Unix tool does.</summary>
    Stream,
}

/// <summary>
/// What stands at an output path and what l10n may do with it. Only a regular file or a symbolic link may be
/// replaced (with --force); a FIFO or character device (a terminal, /dev/stdout, /dev/null) is written into
/// when --force is not given; anything else (a directory, a block device, a socket, a link loop) is refused.
/// A path under /dev (but /dev/shm) or /proc is never replaced: it may be the process's own standard output.
/// </summary>
internal static class OutputDestination
{
    /// <summary>The mode for <paramref name="fullPath"/>; throws <see cref="OutputFileException"/> when refused.</summary>
    public static OutputMode Classify(string path, string fullPath, bool force)
    {
        var own = FileKind.TypeOf(fullPath, followLinks: false);
        var final = own == FileType.SymbolicLink ? FileKind.TypeOf(fullPath, followLinks: true) : own;
        // /dev/shm is a memory file system for ordinary files (a report written there twice was refused the second
        // time with --force), not a device or a process's descriptor.
        var system = (fullPath.StartsWith("/dev/", StringComparison.Ordinal) && !fullPath.StartsWith("/dev/shm/", StringComparison.Ordinal))
            || fullPath.StartsWith("/proc/", StringComparison.Ordinal);
        switch (final)
        {
            case FileType.LinkLoop:
                throw new OutputFileException(path, "is a symbolic link loop; refused");
            case FileType.NameTooLong:
                throw new OutputFileException(path, "is longer than the system allows");
            case FileType.Directory:
                throw new OutputFileException(path, "is a directory");
            case FileType.Fifo or FileType.CharacterDevice:
                return force
                    ? throw new OutputFileException(path, $"is {Describe(final)}; --force replaces only regular files, so it was left untouched (without --force the report is written into it)")
                    : OutputMode.Stream;
            case FileType.BlockDevice or FileType.Socket:
                throw new OutputFileException(path, $"is {Describe(final)}; reports are written only to regular files, FIFOs and terminals");
            case FileType.Regular when system:
                // /dev/stdout or /proc/self/fd/1 redirected to a file: write into it, never rename over it.
                return force
                    ? throw new OutputFileException(path, "is a system path (standard output or a process's file); --force replaces only regular files, so it was left untouched")
                    : OutputMode.Stream;
        }

        if (own == FileType.SymbolicLink || final == FileType.Regular || (final == FileType.Unknown && File.Exists(fullPath)))
        {
            return force ? OutputMode.Replace : throw new OutputFileException(path, "already exists (use --force to replace it)");
        }

        var directory = Path.GetDirectoryName(fullPath) ?? ".";
        if (FileKind.TypeOf(directory) != FileType.Directory && !Directory.Exists(directory))
        {
            throw new OutputFileException(path, $"directory {directory} does not exist");
        }

        return OutputMode.Create;
    }

    private static string Describe(FileType type) => type switch
    {
        FileType.Fifo => "a FIFO (named pipe)",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Socket => "a socket",
        _ => "not a regular file",
    };
}
