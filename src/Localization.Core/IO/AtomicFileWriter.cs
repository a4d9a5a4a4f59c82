using System.Text;

namespace Localization.Core.IO;

/// <summary>Why a write was refused or failed; the destination is left as it was.</summary>
public sealed class OutputFileException(string path, string message, Exception? inner = null) : IOException($"{path}: {message}", inner)
{
    public string Path { get; } = path;
}

/// <summary>
/// The one way l10n writes files: into a temporary file in the destination's directory, flushed to disk,
/// then renamed over the destination, so a reader never sees half a report and a failed write (read-only
/// directory, full disk) leaves the old file intact. An existing file is only replaced when asked.
/// </summary>
public static class AtomicFileWriter
{
    public static void Write(string path, Action<TextWriter> write, bool overwrite)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new OutputFileException(path, "is a directory");
        }

        if (File.Exists(full) && !overwrite)
        {
            throw new OutputFileException(path, "already exists (use --force to replace it)");
        }

        var directory = System.IO.Path.GetDirectoryName(full) ?? ".";
        if (!Directory.Exists(directory))
        {
            throw new OutputFileException(path, $"directory {directory} does not exist");
        }

        var temp = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 65536))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw e as OutputFileException ?? new OutputFileException(path, e.Message, e);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The temporary file is ours; failing to remove it must not hide the original error.
        }
    }
}
