using Localization.Core.Checking;

namespace Localization.Core.Tests.Checking;

/// <summary>
/// The cross-page link pass gives the same findings in the same order whatever the number of workers and whichever
/// page of a link is checked first: links to pages checked before and after their own page, a page missing in one
/// language (link-target-missing), ids a translation lacks (anchor-broken, on its own page and from another one), a
/// changed #fragment into another page (link-mismatch), and a page outside the run. The guard for any change that
/// checks links earlier than after the last page (session 16 measured one; see the README).
/// </summary>
public sealed class CrossPageLinkOrderTests : IDisposable
{
    private static readonly string[] Languages = ["de", "fr", "ko"];

    private static readonly (string Page, string English, string Translation)[] Pages =
    [
        ("index.md",
            "# Home\n\n## Start here\n\nRead [the guide](guide/setup.md#install) and [the notes](notes.md#later).\n\nAlso [the end](z/last.md) and [outside](extra.md#top).\n",
            "# Start\n\n## Hier anfangen\n\nLies [die Anleitung](guide/setup.md#install) und [die Notizen](notes.md#later).\n\nAuch [das Ende](z/last.md) und [draußen](extra.md#top).\n"),
        ("guide/setup.md",
            "# Setup\n\n## Install\n\nInstall it. Back to [home](../index.md#start-here) or [this part](#install).\n\n## Configure\n\nSee [the last page](../z/last.md#final-words).\n",
            "# Einrichtung\n\n## Installieren\n\nInstalliere es. Zurück zur [Startseite](../index.md#start-here) oder [diesem Teil](#install).\n\n## Konfigurieren\n\nSiehe [die letzte Seite](../z/last.md#schluss).\n"),
        ("notes.md",
            "# Notes\n\n## Later\n\nSome notes for later, see [setup](guide/setup.md#configure).\n",
            "# Notizen\n\n## Später { #later }\n\nEinige Notizen für später, siehe [Einrichtung](guide/setup.md#configure).\n"),
        ("z/last.md",
            "# Last\n\n## Final words\n\nThe end. Start again at [home](../index.md) or the [notes](../notes.md#later).\n",
            "# Zuletzt\n\n## Schlusswort\n\nDas Ende. Beginne wieder bei der [Startseite](../index.md) oder den [Notizen](../notes.md#later).\n"),
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-cross-page-order-" + Guid.NewGuid().ToString("N"));

    public CrossPageLinkOrderTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private List<PairRequest> Project()
    {
        Write("docs/extra.md", "# Extra\n\n## Top\n\nAn English page outside the run.\n");
        var pairs = new List<PairRequest>();
        foreach (var language in Languages)
        {
            Write(language + "/extra.md", "# Extra\n\n## Oben\n\nEine Seite außerhalb des Laufs.\n");
            foreach (var (page, english, translation) in Pages)
            {
                Write("docs/" + page, english);
                if (language == "fr" && page == "notes.md")
                {
                    // Not translated into this language: the links into it fall back to the English page.
                    pairs.Add(Pair(language, page));
                    continue;
                }

                Write(language + "/" + page, language == "ko" ? translation.Replace("## Installieren", "## Installieren { #install }", StringComparison.Ordinal) : translation);
                pairs.Add(Pair(language, page));
            }
        }

        return pairs;
    }

    private PairRequest Pair(string language, string page) =>
        new(language, "docs/" + page, language + "/" + page, Path.Combine(_root, "docs", page), Path.Combine(_root, language, page));

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private List<string> Findings(IReadOnlyList<PairRequest> pairs, int parallelism) =>
        new CheckEngine(CheckOptions.Default with { Parallelism = parallelism, ProjectRoot = _root }).Run(pairs).Findings
            .Select(f => $"{f.Language} {f.File}:{f.Line}:{f.Column} {f.Rule} {f.Fingerprint} {f.Message}")
            .ToList();

    [Fact]
    public void Cross_page_findings_are_the_same_in_the_same_order_with_one_or_more_workers_and_in_any_order_of_the_pairs()
    {
        var pairs = Project();
        var one = Findings(pairs, 1);

        Assert.Contains(one, f => f.StartsWith("de de/index.md:", StringComparison.Ordinal) && f.Contains(" anchor-broken ", StringComparison.Ordinal) && f.Contains("#install", StringComparison.Ordinal));
        Assert.Contains(one, f => f.StartsWith("fr fr/index.md:", StringComparison.Ordinal) && f.Contains(" link-target-missing ", StringComparison.Ordinal) && f.Contains("notes.md", StringComparison.Ordinal));
        Assert.Contains(one, f => f.StartsWith("de de/guide/setup.md:", StringComparison.Ordinal) && f.Contains(" anchor-broken ", StringComparison.Ordinal) && f.Contains("this page", StringComparison.Ordinal));
        Assert.Contains(one, f => f.StartsWith("de de/guide/setup.md:", StringComparison.Ordinal) && f.Contains(" link-mismatch ", StringComparison.Ordinal) && f.Contains("#schluss", StringComparison.Ordinal));
        Assert.DoesNotContain(one, f => f.StartsWith("ko ko/index.md:", StringComparison.Ordinal) && f.Contains(" anchor-broken ", StringComparison.Ordinal) && f.Contains("#install", StringComparison.Ordinal));

        Assert.Equal(one, Findings(pairs, 2));
        Assert.Equal(one, Findings(pairs, 4));

        // The last pages first: every link into a page is now checked before that page is, or the other way round.
        var reversed = Enumerable.Reverse(pairs).ToList();
        Assert.Equal(one, Findings(reversed, 2));
    }
}
