using System.Text;

namespace Localization.Core.Tests.Crowdin;

/// <summary>Locates the shared corpora (../shared beside the repository root) without copying them.</summary>
internal static class SharedCorpus
{
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

    /// <summary>The corpus directory, or skips the test with a reason when it is absent.</summary>
    public static string Require(string name)
    {
        var root = RepositoryRoot();
        var corpus = root is null ? null : Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", name));
        if (corpus is null || !File.Exists(Path.Combine(corpus, "crowdin.yml")))
        {
            Assert.Skip($"Shared corpus '{name}' not found at ../shared/corpora relative to the repository root; it is provided beside the project, not in it.");
        }

        return corpus!;
    }
}

/// <summary>A throw-away directory tree for mapping tests.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "l10n-crowdin-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Full(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    public TempTree Files(params string[] relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            var full = Full(relative);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, relative, Encoding.UTF8);
        }

        return this;
    }

    public TempTree Dirs(params string[] relativePaths)
    {
        foreach (var relative in relativePaths)
        {
            Directory.CreateDirectory(Full(relative));
        }

        return this;
    }

    public string Config(string yaml, string relative = "crowdin.yml")
    {
        var full = Full(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, yaml, new UTF8Encoding(false));
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
