using System.Text;
using Localization.Core.Checking;

namespace Localization.Benchmarks;

/// <summary>
/// Finds the privacyguides corpora in <c>../shared/corpora</c> beside the repository root (the folder holding
/// Localization.sln), walking up from the current directory and from the application's base directory
/// (BenchmarkDotNet runs each benchmark from a generated project below bin/).
/// </summary>
public static class Corpus
{
    public const string Snapshot = "privacyguides-2026-03";

    /// <summary>The seed page of the single-page and scaling benchmarks, relative to docs/ and i18n/&lt;lang&gt;/.</summary>
    public const string SeedPage = "real-time-communication.md";

    public static readonly string[] Languages = ["ko", "fr", "ja"];

    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>The 2026-03 corpus folder, or null when ../shared is absent.</summary>
    public static string? TryRoot => Root.Value;

    public static string RootOrThrow => Root.Value ?? throw new InvalidOperationException(MissingMessage);

    public static string MissingMessage =>
        $"l10n benchmarks: corpus not found. They read ../shared/corpora/{Snapshot} relative to the folder holding Localization.sln " +
        $"(looked up from {Directory.GetCurrentDirectory()} and {AppContext.BaseDirectory}). Nothing to measure; exiting.";

    public static string ReadSource(string relative) => File.ReadAllText(Path.Combine(RootOrThrow, "docs", relative), Encoding.UTF8);

    public static string ReadTarget(string language, string relative) => File.ReadAllText(Path.Combine(RootOrThrow, "i18n", language, relative), Encoding.UTF8);

    /// <summary>Every docs/**/*.md mapped to i18n/&lt;lang&gt;/ at the same relative path, for each language.</summary>
    public static IReadOnlyList<PairRequest> AllPairs(IEnumerable<string> languages)
    {
        var root = RootOrThrow;
        var docs = Path.Combine(root, "docs");
        var sources = Directory.EnumerateFiles(docs, "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(docs, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var pairs = new List<PairRequest>();
        foreach (var language in languages)
        {
            foreach (var relative in sources)
            {
                pairs.Add(new PairRequest(
                    language,
                    $"docs/{relative}",
                    $"i18n/{language}/{relative}",
                    Path.Combine(docs, relative),
                    Path.Combine(root, "i18n", language, relative)));
            }
        }

        return pairs;
    }

    /// <summary>The folder holding Localization.sln, looked up from the current directory, then from the base directory.</summary>
    public static string? SolutionRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Localization.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    private static string? Locate()
    {
        if (SolutionRoot() is not { } root)
        {
            return null;
        }

        var corpus = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora", Snapshot));
        return Directory.Exists(Path.Combine(corpus, "docs")) && Directory.Exists(Path.Combine(corpus, "i18n")) ? corpus : null;
    }
}
