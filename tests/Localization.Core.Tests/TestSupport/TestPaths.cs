namespace Localization.Core.Tests.TestSupport;

/// <summary>Where the test data is: the copied Fixtures folder and the shared corpora beside the repository.</summary>
internal static class TestPaths
{
    /// <summary>The Fixtures folder copied next to the test assembly.</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string RuleFixtures => Path.Combine(Fixtures, "Rules");

    /// <summary>The directory holding Localization.sln, found by walking up from the test assembly.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Localization.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>../shared/corpora/<paramref name="name"/> relative to the repository root; skips the test when absent.</summary>
    public static string RequireCorpus(string name)
    {
        var root = RepositoryRoot();
        var corpus = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", name));
        if (corpus is null || !Directory.Exists(Path.Combine(corpus, "docs")))
        {
            Assert.Skip($"../shared/corpora is absent: corpus '{name}' was not found at {corpus ?? "(no repository root above " + AppContext.BaseDirectory + ")"}; it is provided beside the project, not in it.");
        }

        return corpus!;
    }

    /// <summary>Reads a file of the fixture tree.</summary>
    public static string ReadFixture(params string[] relative) => File.ReadAllText(Path.Combine([Fixtures, .. relative]));
}
