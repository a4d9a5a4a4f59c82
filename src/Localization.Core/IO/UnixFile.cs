using System.Runtime.InteropServices;

namespace Localization.Core.IO;

/// <summary>
/// A file opened for reading with open(2) and read with read(2), for a path statx(2) has just found to be a regular
/// file (<see cref="FileKind.RegularFileSize"/>). A <see cref="FileStream"/> adds an fstat, an advisory flock and a
/// posix_fadvise to the open (its constructor was a third of the time spent reading a 31-language site, its flock
/// alone a quarter of that, dotnet-trace, JIT). O_NONBLOCK: should the path have become a FIFO since the statx,
/// opening it does not wait for a writer.
/// </summary>
internal sealed partial class UnixFile : IDisposable
{
    private const int ReadOnly = 0;
    private const int NoControllingTerminal = 0x100;
    private const int NonBlocking = 0x800;
    private const int CloseOnExec = 0x80000;
    private const int Interrupted = 4;

    private int _descriptor;

    private UnixFile(int descriptor) => _descriptor = descriptor;

    /// <summary>The open file, or null off Linux (x64, Arm64: the flags' values are theirs) or when open(2) fails: the caller then opens it as before, for .NET's own error.</summary>
    /// <param name="path">The file.</param>
    /// <param name="followLinks">False: a symbolic link at <paramref name="path"/> is not opened (O_NOFOLLOW), nor its target.</param>
    public static UnixFile? TryOpen(string path, bool followLinks = true)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return null;
        }

        try
        {
            // O_NOFOLLOW is one of the few flags whose value differs between the two architectures.
            var noFollow = followLinks ? 0 : RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000;
            var descriptor = Open(path, ReadOnly | NoControllingTerminal | NonBlocking | CloseOnExec | noFollow);
            return descriptor < 0 ? null : new UnixFile(descriptor);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The open file's descriptor (-1 once disposed).</summary>
    public int Descriptor => _descriptor;

    /// <summary>Up to <paramref name="count"/> bytes (at least 1 asked) into <paramref name="buffer"/> at <paramref name="offset"/>: how many, 0 at the end, -1 on an error.</summary>
    public int Read(byte[] buffer, int offset, int count)
    {
        while (true)
        {
            var read = Read(_descriptor, ref buffer[offset], count);
            if (read >= 0 || Marshal.GetLastPInvokeError() != Interrupted)
            {
                return (int)Math.Max(read, -1);
            }
        }
    }

    public void Dispose()
    {
        if (_descriptor >= 0)
        {
            _ = Close(_descriptor);
            _descriptor = -1;
        }
    }

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint Read(int descriptor, ref byte buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
