using System.Text.Json;
using Localization.Core.Checking;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Rules;

/// <summary>
/// One case of Fixtures/Rules/&lt;rule-name&gt;/&lt;case&gt;/: en.md (English source), target.md (translation with
/// inline markers) — or en.resx and target.resx, en.env and target.env for string tables — and an optional settings.json: <c>{"language": "ko"}</c> (default ko),
/// <c>"terms": ["Proton Mail"]</c> for the project's do-not-translate terms (as l10n.yml or terms.yml give them),
/// <c>"site_url": "https://example.org/en/"</c> for the site's address (as l10n.yml or mkdocs.yml give it),
/// and <c>"skip": "bug: …"</c> for a case that documents a known defect of the checker.
/// </summary>
internal sealed record RuleFixture(string Name, string Directory, string Language, string? Skip, string Source, string RawTarget, IReadOnlyList<string>? Terms = null, Uri? SiteUrl = null)
{
    public static IEnumerable<RuleFixture> All() =>
        System.IO.Directory.Exists(TestPaths.RuleFixtures)
            ? System.IO.Directory.GetDirectories(TestPaths.RuleFixtures)
                .SelectMany(System.IO.Directory.GetDirectories)
                .Order(StringComparer.Ordinal)
                .Select(LoadDirectory)
            : [];

    public static RuleFixture Load(string name) => Load(Path.Combine(TestPaths.RuleFixtures, name.Replace('/', Path.DirectorySeparatorChar)), name);

    private static RuleFixture LoadDirectory(string directory) =>
        Load(directory, Path.GetRelativePath(TestPaths.RuleFixtures, directory).Replace(Path.DirectorySeparatorChar, '/'));

    private static RuleFixture Load(string directory, string name)
    {
        var language = "ko";
        string? skip = null;
        List<string>? terms = null;
        Uri? siteUrl = null;
        var settings = Path.Combine(directory, "settings.json");
        if (File.Exists(settings))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(settings));
            if (json.RootElement.TryGetProperty("language", out var l))
            {
                language = l.GetString() ?? language;
            }

            if (json.RootElement.TryGetProperty("terms", out var t))
            {
                terms = [.. t.EnumerateArray().Select(e => e.GetString()!)];
            }

            if (json.RootElement.TryGetProperty("site_url", out var u))
            {
                siteUrl = new Uri(u.GetString()!);
            }

            if (json.RootElement.TryGetProperty("skip", out var s))
            {
                skip = s.GetString();
            }
        }

        // A string-table case has en.resx / target.resx (or .env) instead of en.md / target.md.
        var extension = File.Exists(Path.Combine(directory, "en.md")) ? ".md" : Path.GetExtension(System.IO.Directory.GetFiles(directory, "en.*").Single());
        return new RuleFixture(name, directory, language, skip,
            File.ReadAllText(Path.Combine(directory, "en" + extension)),
            File.ReadAllText(Path.Combine(directory, "target" + extension)), terms, siteUrl) { Extension = extension };
    }

    /// <summary>The extension of the case's files, which selects the reader (.md, .resx, .env).</summary>
    public string Extension { get; init; } = ".md";

    /// <summary>The rule directory the case sits in (the rule it is about, or "clean").</summary>
    public string Rule => Name.Split('/')[0];

    public (string Text, IReadOnlyDictionary<string, SortedSet<int>> Expected) Target => FixtureMarkers.Strip(RawTarget);

    public FileResult Run() => Checker.Check(Source, Target.Text, Language, Terms, "en" + Extension, "target" + Extension, SiteUrl);
}
