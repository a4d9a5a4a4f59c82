using System.Globalization;
using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Reports;

/// <summary>
/// Which findings the readable text view folds: on a page with English left in many places (at least
/// <see cref="MinimumFolded"/> untranslated-block and untranslated-sentence findings below error), they become
/// one line at the first of them — "57 of 61 blocks left in English". A translator who starts such a page
/// needs the page, not 57 lines; <c>-v</c> lists them. Errors are never folded, nor a page's few English
/// sentences (those are worth a line each), nor anything when a single page is checked: whoever names one
/// page wants every line of it.
/// </summary>
public sealed class UntranslatedCollapse
{
    /// <summary>Fewer findings than this on a page are shown one by one.</summary>
    public const int MinimumFolded = 4;

    private static readonly HashSet<string> FoldedRules = new(StringComparer.Ordinal) { "untranslated-block", "untranslated-sentence" };

    // (language, file) → the first folded finding and its summary line.
    private readonly Dictionary<(string, string), (Finding First, string Line)> _pages = [];

    public UntranslatedCollapse(CheckResult result)
    {
        if (result.Files.Count <= 1)
        {
            return;
        }

        var stats = new Dictionary<(string, string), FileStats>();
        foreach (var file in result.Files)
        {
            stats[(file.Pair.Language, file.Pair.Target)] = file.Stats;
        }

        foreach (var page in result.Findings.Where(IsFoldable).GroupBy(f => (f.Language, f.File)))
        {
            var s = stats.GetValueOrDefault(page.Key);
            var count = page.Count();
            if (s is null || count < MinimumFolded)
            {
                continue;
            }

            var english = s.Untranslated + s.Partial;
            _pages[page.Key] = (page.First(), string.Create(CultureInfo.InvariantCulture,
                $"{english} of {s.Units} blocks left in English ({count} findings) — `l10n check -v` lists them"));
        }
    }

    /// <summary>Pages folded into one line.</summary>
    public int FoldedPages => _pages.Count;

    /// <summary>
    /// Null when <paramref name="finding"/> is shown as it is; the summary line when it is the first of its
    /// page's folded findings; empty when it is folded into that line.
    /// </summary>
    public string? Summary(Finding finding)
    {
        if (!IsFoldable(finding) || !_pages.TryGetValue((finding.Language, finding.File), out var page))
        {
            return null;
        }

        return ReferenceEquals(page.First, finding) ? page.Line : "";
    }

    private static bool IsFoldable(Finding f) => f.Severity < Severity.Error && FoldedRules.Contains(f.Rule);
}
