using Localization.Core.Checking;

namespace Localization.Core.Tests.Checking;

/// <summary>
/// A page's link table keeps only the translated headings of the English ids the translation lacks; a changed
/// #fragment that names an id the translation has too (here by an HTML anchor or an explicit id) still names the
/// translated heading in its message, on this page and on another one: the link pass reads that page again.
/// </summary>
public sealed class LinkTableTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-link-table-" + Guid.NewGuid().ToString("N"));

    public LinkTableTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private PairRequest Pair(string page, string english, string translation)
    {
        var source = Path.Combine(_root, "docs", page);
        var target = Path.Combine(_root, "de", page);
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(source, english);
        File.WriteAllText(target, translation);
        return new PairRequest("de", "docs/" + page, "de/" + page, source, target);
    }

    [Fact]
    public void A_changed_fragment_naming_an_id_the_translation_also_has_names_the_translated_heading()
    {
        var pairs = new[]
        {
            Pair(
                "guide.md",
                "# Guide\n\n## Setup\n\nSet it up before you start.\n\n## Usage\n\nUse it every day.\n\nSee [setup](#setup), [usage](#usage) and [more](other.md#more-usage).\n",
                "# Anleitung\n\n## Einrichtung\n\n<a id=\"setup\"></a>\n\nRichte es ein, bevor du beginnst.\n\n## Nutzung\n\nNutze es jeden Tag.\n\nSiehe [Einrichtung](#einrichtung-x), [Nutzung](#usage) und [mehr](other.md#mehr-x).\n"),
            Pair(
                "other.md",
                "# Other\n\n## More usage\n\nHow to use it more.\n",
                "# Andere\n\n## Mehr Nutzung { #more-usage }\n\nWie man es mehr nutzt.\n"),
        };

        var findings = new CheckEngine(CheckOptions.Default with { Parallelism = 2, ProjectRoot = _root }).Run(pairs).Findings;

        var messages = findings.Where(f => f.Rule == "link-mismatch").Select(f => f.Message).ToList();
        Assert.Contains(messages, m => m.Contains("#einrichtung-x is not the translated heading of #setup; that is '## Einrichtung' at line 3, #einrichtung", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("#mehr-x is not the translated heading of #more-usage; that is '## Mehr Nutzung' at line 3, #more-usage", StringComparison.Ordinal));
        var broken = Assert.Single(findings, f => f.Rule == "anchor-broken");
        Assert.Contains("#usage does not exist in this page (the English page has it): add '{ #usage }' to the translated heading at line 9, i.e. '## Nutzung { #usage }'", broken.Message, StringComparison.Ordinal);
    }
}
