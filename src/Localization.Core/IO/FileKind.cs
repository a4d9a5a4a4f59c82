using System.Runtime.InteropServices;

namespace Localization.Core.IO;

/// <summary>What stands at a path, as the kernel tells it.</summary>
public enum FileType
{
    /// <summary>Nothing (or a path through a missing directory).</summary>
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    /// <summary>Symbolic links that loop or nest too deeply.</summary>
    LinkLoop,
    /// <summary>The path is longer than the system allows.</summary>
    NameTooLong,
    /// <summary>The kind cannot be told (another OS, an old kernel, no permission).</summary>
    Unknown,
}

/// <summary>
/// Whether a path (its final target, links followed) is a regular file. A repository can hold a symbolic
/// link to /dev/urandom or /dev/zero (endless), or a FIFO (opening it blocks forever): neither may be read.
/// .NET reports devices and FIFOs as ordinary files of length 0, so on Linux this asks the kernel with
/// statx(2), whose structure is the same on every architecture. Elsewhere every existing file counts as
/// regular.
/// </summary>
public static partial class FileKind
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;
    private const int ErrNoEnt = 2;
    private const int ErrNotDir = 20;
    private const int ErrNameTooLong = 36;
    private const int ErrLoop = 40;

    /// <summary>True for a regular file, or when the kind cannot be told (another OS, an old kernel).</summary>
    public static bool IsRegularFile(string path) =>
        TypeOf(path) is not (FileType.Directory or FileType.Fifo or FileType.CharacterDevice or FileType.BlockDevice or FileType.Socket);

    /// <summary>
    /// What stands at <paramref name="path"/>: the final target of symbolic links when
    /// <paramref name="followLinks"/>, else the link itself. Off Linux only regular files, directories and
    /// links are told apart (the rest is <see cref="FileType.Unknown"/>).
    /// </summary>
    public static FileType TypeOf(string path, bool followLinks = true)
    {
        if (!OperatingSystem.IsLinux())
        {
            return Portable(path, followLinks);
        }

        Span<byte> buffer = stackalloc byte[StatxStructSize];
        try
        {
            if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0)
            {
                return Marshal.GetLastPInvokeError() switch
                {
                    ErrNoEnt or ErrNotDir => FileType.Missing,
                    ErrLoop => FileType.LinkLoop,
                    ErrNameTooLong => FileType.NameTooLong,
                    _ => FileType.Unknown,
                };
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return Portable(path, followLinks);
        }

        var mode = MemoryMarshal.Read<ushort>(buffer[ModeOffset..]);
        return (mode & TypeMask) switch
        {
            RegularFile => FileType.Regular,
            0x4000 => FileType.Directory,
            0xA000 => FileType.SymbolicLink,
            0x1000 => FileType.Fifo,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            0xC000 => FileType.Socket,
            _ => FileType.Unknown,
        };
    }

    /// <summary>
    /// The size of a regular file (links followed) in one statx(2) call, or -1 for anything else: a missing or
    /// special file, an error, another OS. A translation was asked of the file system three times before it was
    /// opened (exists? how long? what kind?); -1 sends the caller to those questions, for their exact answers.
    /// </summary>
    internal static long RegularFileSize(string path)
    {
        if (!OperatingSystem.IsLinux() || path.Contains('\0', StringComparison.Ordinal))
        {
            return -1;
        }

        Span<byte> buffer = stackalloc byte[StatxStructSize];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType | StatxSize, buffer) != 0)
            {
                return -1;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return -1;
        }

        var known = MemoryMarshal.Read<uint>(buffer);
        return (known & (StatxType | StatxSize)) == (StatxType | StatxSize) && (MemoryMarshal.Read<ushort>(buffer[ModeOffset..]) & TypeMask) == RegularFile
            ? MemoryMarshal.Read<long>(buffer[SizeOffset..])
            : -1;
    }

    /// <summary>Whether an open descriptor is a regular file (statx with AT_EMPTY_PATH: no path is looked up again); false off Linux or on any error.</summary>
    internal static bool IsRegularDescriptor(int descriptor)
    {
        if (!OperatingSystem.IsLinux() || descriptor < 0)
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[StatxStructSize];
        try
        {
            if (Statx(descriptor, "", AtEmptyPath, StatxType, buffer) != 0)
            {
                return false;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        return (MemoryMarshal.Read<uint>(buffer) & StatxType) != 0 && (MemoryMarshal.Read<ushort>(buffer[ModeOffset..]) & TypeMask) == RegularFile;
    }

    private const int AtEmptyPath = 0x1000;

    private static FileType Portable(string path, bool followLinks)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            if (!followLinks && info.LinkTarget is not null)
            {
                return FileType.SymbolicLink;
            }

            return Directory.Exists(path) ? FileType.Directory : File.Exists(path) ? FileType.Regular : FileType.Missing;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return FileType.Unknown;
        }
    }

    // struct statx is 256 bytes on every architecture; on the stack, not a new array per call (three calls per
    // translation of a site: 3.9 MB of its planning's and reading's allocations, 31 languages).
    private const int StatxStructSize = 256;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, Span<byte> buffer);
}
