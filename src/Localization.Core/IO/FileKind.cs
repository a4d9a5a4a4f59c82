using System.Runtime.InteropServices;

namespace Localization.Core.IO;

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
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularFile = 0x8000;

    /// <summary>True for a regular file, or when the kind cannot be told (another OS, an old kernel).</summary>
    public static bool IsRegularFile(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return true;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, buffer) != 0)
            {
                return true; // missing or unreadable: the read that follows reports it
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }

        var mode = BitConverter.ToUInt16(buffer, ModeOffset);
        return (mode & TypeMask) == RegularFile;
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);
}
