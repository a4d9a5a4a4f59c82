using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Checking;

/// <summary>One page pair to check. Display paths are relative to the project root with '/'.</summary>
public sealed record PairRequest(string Language, string Source, string Target, string SourceFullPath, string TargetFullPath)
{
    /// <summary>Why the pair must not be read (a symbolic link out of the project or to a device): reported as invalid-file.</summary>
    public string? Refusal { get; init; }

    /// <summary>The refused file (the source or the target), as reported.</summary>
    public string? RefusedFile { get; init; }
}

/// <summary>Coverage of one page pair, counted in translatable units of the English page.</summary>
public sealed record FileStats(int Units, int Translated, int Partial, int Untranslated, int Missing, int Extra)
{
    public static FileStats Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public FileStats Plus(FileStats b) =>
        new(Units + b.Units, Translated + b.Translated, Partial + b.Partial, Untranslated + b.Untranslated, Missing + b.Missing, Extra + b.Extra);
}

/// <summary>The outcome for one page pair.</summary>
public sealed record FileResult(PairRequest Pair, FileStats Stats, IReadOnlyList<Finding> Findings)
{
    /// <summary>Anchors and relative links of the pair, for the project-wide link pass (null when not checked).</summary>
    public PageLinks? Links { get; init; }

    // Derived on the page's worker as soon as the page is checked (see CheckEngine.Run): the JSON report read every
    // page's findings again for it after the last page, 20 of the run's ~470 samples after its last page (31 languages).
    private readonly ListMemo<global::Localization.Core.Freshness.PageFreshness> _freshness = new();

    /// <summary>How far the translation lags its English, from the page's own findings.</summary>
    public global::Localization.Core.Freshness.PageFreshness Freshness => _freshness.Get(Findings, global::Localization.Core.Freshness.PageFreshness.Of);

    /// <summary>The inline suppressions written in the translated page, applied once the whole run is known.</summary>
    public IReadOnlyList<Gating.Suppression> Suppressions { get; init; } = [];
}

/// <summary>Options of a run.</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    public PageReaderOptions Reader { get; init; } = PageReaderOptions.Default;

    public long MaxFileBytes { get; init; } = IO.TextFileReader.DefaultMaxBytes;

    /// <summary>
    /// The hard time limit for one file: a file whose check takes longer becomes an invalid-file finding and
    /// the run goes on (<see cref="Timeout.InfiniteTimeSpan"/> for none).
    /// </summary>
    public TimeSpan FileTimeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Degree of parallelism; 0 = all cores.</summary>
    public int Parallelism { get; init; }

    /// <summary>How the site makes heading ids (from mkdocs.yml's toc slugify).</summary>
    public Text.SlugStyle SlugStyle { get; init; } = Text.SlugStyle.PythonMarkdown;

    /// <summary>The project directory: links that resolve outside it are never followed.</summary>
    public string? ProjectRoot { get; init; }

    /// <summary>Check links across pages (anchor-broken, link-target-missing).</summary>
    public bool CheckCrossPageLinks { get; init; } = true;

    /// <summary>Told how many pairs are done, for a progress display (called from worker threads).</summary>
    public IProgress<(int Done, int Total)>? Progress { get; init; }

    /// <summary>The project's do-not-translate terms (l10n.yml and terms.yml): never English left untranslated.</summary>
    public Terms.TermSet Terms { get; init; } = Localization.Core.Terms.TermSet.Empty;

    /// <summary>
    /// Receives each checked page with its aligned units (exports, HTML report). When set, identical
    /// translation files are no longer checked once for all: every pair gets its own aligned page.
    /// </summary>
    public ICheckedPageSink? PageSink { get; init; }

    /// <summary>How links may change per language (localized_links in l10n.yml): such a change is no link-mismatch.</summary>
    public Rules.Links.LocalizedLinkRules LocalizedLinks { get; init; } = Rules.Links.LocalizedLinkRules.None;

    /// <summary>
    /// The address the site is published at (l10n.yml <c>site_url:</c>, else mkdocs.yml <c>site_url</c> or Hugo's
    /// <c>baseURL</c>): an absolute link to one of its pages is the same as a relative one. Null: pair mode's rule.
    /// </summary>
    public Uri? SiteUrl { get; init; }

    /// <summary>The project's rule settings (l10n.yml <c>rules:</c>): rules turned off, severities changed.</summary>
    public Gating.RulePolicy RulePolicy { get; init; } = Gating.RulePolicy.Default;

    /// <summary>For tests: let rule exceptions escape instead of reporting them as invalid-file.</summary>
    public bool ThrowOnRuleError { get; init; }
}

/// <summary>Everything a run found, in a deterministic order (language, file, line, column, rule).</summary>
public sealed record CheckResult(
    IReadOnlyList<FileResult> Files,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<string> Languages,
    int SkippedSourceFiles)
{
    // Counted by the engine beside the fingerprints' last pass (see CheckEngine.Run) rather than by the report
    // writer after it, on the one thread before the report's first byte.
    private readonly ListMemo<int[]> _counts = new();

    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>
    /// The findings of each severity (indexed by <see cref="Severity"/>), counted in one pass: each pass over a
    /// site's 133,000 findings reads every finding from memory again (three passes were 13 ms of the calling thread
    /// before the JSON report's first byte).
    /// </summary>
    public int[] CountsBySeverity() => (int[])_counts.Get(Findings, CountBySeverity).Clone();

    /// <summary>The findings of each severity in <paramref name="findings"/> (see <see cref="CountsBySeverity()"/>).</summary>
    internal static int[] CountBySeverity(IReadOnlyList<Finding> findings)
    {
        var counts = new int[(int)Severity.Error + 1];
        for (var i = 0; i < findings.Count; i++)
        {
            if ((uint)findings[i].Severity < (uint)counts.Length)
            {
                counts[(int)findings[i].Severity]++;
            }
        }

        return counts;
    }

    /// <summary>Gives the counts of <see cref="CountBySeverity"/>(<paramref name="findings"/>), made beside other work, for <see cref="CountsBySeverity()"/>.</summary>
    internal void KnowCounts(IReadOnlyList<Finding> findings, int[] counts) => _counts.Set(findings, counts);

    /// <summary>The units of one language, summed over its files.</summary>
    public FileStats StatsOf(string language) =>
        Files.Where(f => f.Pair.Language == language).Aggregate(FileStats.Empty, (a, f) => a.Plus(f.Stats));

    /// <summary>The same run with only the findings <paramref name="keep"/> accepts (in the run's list and in each file's).</summary>
    public CheckResult Where(Func<Finding, bool> keep) => this with
    {
        Files = Files.Select(f => f.Findings.All(keep) ? f : f with { Findings = f.Findings.Where(keep).ToList() }).ToList(),
        Findings = Findings.Where(keep).ToList(),
    };
}
