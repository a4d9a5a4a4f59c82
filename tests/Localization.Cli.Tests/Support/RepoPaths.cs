namespace Localization.Cli.Tests.Support;

/// <summary>Locations in the repository and in the test output.</summary>
internal static class RepoPaths
{
    /// <summary>The repository root: the first directory above the test assembly that holds Localization.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The CLI assembly copied next to the test assembly.</summary>
    public static string CliDll => Path.Combine(AppContext.BaseDirectory, "l10n.dll");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Localization.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Localization.sln not found above {AppContext.BaseDirectory}");
    }
}
