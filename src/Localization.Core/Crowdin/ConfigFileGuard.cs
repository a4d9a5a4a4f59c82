using Localization.Core.IO;

namespace Localization.Core.Crowdin;

/// <summary>
/// The guard every configuration file passes before it is read (crowdin.yml, l10n.yml, terms.yml), the
/// same as pages get: a repository under review may make it a symbolic link to /etc/shadow or to a
/// device, and error messages would echo what they read. A link must resolve inside the project; the file
/// must be a regular one.
/// </summary>
public static class ConfigFileGuard
{
    /// <summary>Throws a <see cref="ConfigException"/> (at line 1, column 1 of <paramref name="display"/>) when the file may not be read.</summary>
    /// <param name="path">The file.</param>
    /// <param name="projectDirectory">The directory it must stay in, links resolved.</param>
    /// <param name="display">The name errors give.</param>
    public static void Check(string path, string projectDirectory, string display)
    {
        var full = Path.GetFullPath(path);
        switch (FileKind.TypeOf(full, followLinks: false))
        {
            case FileType.NameTooLong:
                throw new ConfigException(display, 1, 1, "the path is longer than the system allows; not read");
            case FileType.SymbolicLink:
                var real = PathGuard.RealPath(full);
                if (real is null || FileKind.TypeOf(full) == FileType.LinkLoop)
                {
                    throw new ConfigException(display, 1, 1, "is a symbolic link loop; not read");
                }

                var realProject = PathGuard.RealPath(projectDirectory);
                if (realProject is null || !PathGuard.IsUnder(real, realProject))
                {
                    throw new ConfigException(display, 1, 1, $"is a symbolic link to {ConfigText.Quote(real, 120)}, outside the project; not read");
                }

                break;
        }

        if (FileKind.TypeOf(full) is FileType.Directory or FileType.Fifo or FileType.CharacterDevice or FileType.BlockDevice or FileType.Socket)
        {
            throw new ConfigException(display, 1, 1, "is not a regular file (a directory, device, FIFO or socket); not read");
        }
    }
}

/// <summary>How configuration errors quote what the file says: escaped and cut short, never a whole line.</summary>
public static class ConfigText
{
    /// <summary>The default longest quotation, in characters.</summary>
    public const int MaxQuoted = 40;

    /// <summary><paramref name="text"/> with control and invisible characters escaped, cut to <paramref name="max"/> characters with '…'.</summary>
    public static string Quote(string? text, int max = MaxQuoted)
    {
        var value = text ?? string.Empty;
        if (value.Length > max)
        {
            var cut = char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
            value = value[..cut] + "…";
        }

        return Reports.SafeText.Escape(value);
    }
}
