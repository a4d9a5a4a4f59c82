using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Freshness;

namespace Localization.Core.Reports.Status;

/// <summary>The order of the rows of a status table.</summary>
public enum StatusSort
{
    /// <summary>By language, then (with one row per file) target and source path, ordinal.</summary>
    Name = 0,

    /// <summary>Worst first: lowest translated share of units first, ties by name.</summary>
    Coverage = 1,

    /// <summary>Stalest first: outdated pages (per language: the share of them) first, ties by name.</summary>
    Staleness = 2,
}

/// <summary>
/// One row of a status table: a language (<see cref="Source"/> and <see cref="Target"/> null) or one
/// page pair, or the total. Unit counts are those of <see cref="FileStats"/>; finding counts are by severity.
/// </summary>
public sealed record StatusRow(
    string Language,
    string? Source,
    string? Target,
    int Files,
    int Units,
    int Translated,
    int Partial,
    int Untranslated,
    int Missing,
    int Extra,
    int Errors,
    int Warnings,
    int Infos)
{
    /// <summary>Pages whose translation lacks English content (<see cref="FreshnessVerdict.Outdated"/>).</summary>
    public int Outdated { get; init; }

    /// <summary>The page's freshness; null on a language or total row.</summary>
    public PageFreshness? Freshness { get; init; }

    /// <summary>
    /// A page row of findings about no checked page (on crowdin.yml: two English files mapped onto one translation):
    /// it has no coverage or freshness to claim, only its findings.
    /// </summary>
    public bool FindingsOnly => Source is not null && Files == 0;

    /// <summary>Translated units in percent of all units, rounded half away from zero to one decimal; 100 when there are no units.</summary>
    public decimal Coverage => CoverageOf(Translated, Units);

    internal static decimal CoverageOf(int translated, int units)
    {
        if (units <= 0)
        {
            return 100.0m;
        }

        // Tenths of a percent, rounded half away from zero in exact integer arithmetic.
        var tenths = ((2000L * translated) + units) / (2L * units);
        return new decimal((int)tenths, 0, 0, false, 1);
    }

    /// <summary>Compares translated shares exactly (no floating point): negative when this row is worse.</summary>
    internal int CompareShare(StatusRow other)
    {
        long left = Units > 0 ? Translated : 1, leftUnits = Units > 0 ? Units : 1;
        long right = other.Units > 0 ? other.Translated : 1, rightUnits = other.Units > 0 ? other.Units : 1;
        return (left * rightUnits).CompareTo(right * leftUnits);
    }
}

/// <summary>
/// Coverage per language, or per page with <see cref="ByFile"/>: what <c>l10n status</c> prints. Rows sum the
/// <see cref="FileResult"/>s of a run; finding counts come from <see cref="CheckResult.Findings"/>, attributed
/// by language and (per page) by file, target path first, then source path (an unreadable English page).
/// </summary>
public sealed record StatusTable(bool ByFile, IReadOnlyList<StatusRow> Rows, StatusRow Total)
{
    /// <summary>The language of the total row.</summary>
    public const string TotalLabel = "total";

    public static StatusTable Build(CheckResult result, bool byFile, StatusSort sort)
    {
        var rows = byFile ? FileRows(result) : LanguageRows(result);
        rows.Sort(sort switch
        {
            StatusSort.Coverage => CompareCoverage,
            StatusSort.Staleness => CompareStaleness,
            _ => CompareName,
        });
        var total = new StatusRow(TotalLabel, null, null,
            rows.Sum(r => r.Files), rows.Sum(r => r.Units), rows.Sum(r => r.Translated), rows.Sum(r => r.Partial),
            rows.Sum(r => r.Untranslated), rows.Sum(r => r.Missing), rows.Sum(r => r.Extra),
            rows.Sum(r => r.Errors), rows.Sum(r => r.Warnings), rows.Sum(r => r.Infos))
        { Outdated = rows.Sum(r => r.Outdated) };
        return new StatusTable(byFile, rows, total);
    }

    private static List<StatusRow> LanguageRows(CheckResult result)
    {
        var counters = new Dictionary<string, Counter>(StringComparer.Ordinal);
        Counter Of(string language) => counters.TryGetValue(language, out var c) ? c : counters[language] = new Counter(language, null, null);

        foreach (var language in result.Languages)
        {
            Of(language);
        }

        foreach (var file in result.Files)
        {
            Of(file.Pair.Language).Add(file.Stats, file.Freshness);
        }

        foreach (var finding in result.Findings)
        {
            Of(finding.Language).Count(finding.Severity);
        }

        return counters.Values.Select(c => c.ToRow()).ToList();
    }

    private static List<StatusRow> FileRows(CheckResult result)
    {
        var counters = new List<Counter>();
        var byTarget = new Dictionary<(string, string), Counter>();
        var bySource = new Dictionary<(string, string), Counter>();
        foreach (var file in result.Files)
        {
            var counter = new Counter(file.Pair.Language, file.Pair.Source, file.Pair.Target);
            counter.Add(file.Stats, file.Freshness);
            counters.Add(counter);
            byTarget.TryAdd((file.Pair.Language, file.Pair.Target), counter);
            bySource.TryAdd((file.Pair.Language, file.Pair.Source), counter);
        }

        foreach (var finding in result.Findings)
        {
            var key = (finding.Language, finding.File);
            if (!byTarget.TryGetValue(key, out var counter) && !bySource.TryGetValue(key, out counter))
            {
                // A finding about no checked page (crowdin.yml mapping two English files onto one translation): its
                // own row, so that totals stay whole; it claims no coverage (StatusRow.FindingsOnly).
                counter = new Counter(finding.Language, "", finding.File);
                counters.Add(counter);
                byTarget[key] = counter;
            }

            counter.Count(finding.Severity);
        }

        return counters.Select(c => c.ToRow()).ToList();
    }

    private static int CompareName(StatusRow a, StatusRow b)
    {
        var c = string.CompareOrdinal(a.Language, b.Language);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Target, b.Target);
        }

        return c != 0 ? c : string.CompareOrdinal(a.Source, b.Source);
    }

    private static int CompareCoverage(StatusRow a, StatusRow b)
    {
        var c = a.CompareShare(b);
        return c != 0 ? c : CompareName(a, b);
    }

    private static int CompareStaleness(StatusRow a, StatusRow b)
    {
        var c = a.Freshness is { } fa && b.Freshness is { } fb ? PageFreshness.CompareStalestFirst(fa, fb) : 0;
        if (c == 0)
        {
            // Language rows: the larger share of outdated pages first, exactly (no floating point).
            c = ((long)b.Outdated * Math.Max(1, a.Files)).CompareTo((long)a.Outdated * Math.Max(1, b.Files));
        }

        return c != 0 ? c : CompareName(a, b);
    }

    private sealed class Counter(string language, string? source, string? target)
    {
        private PageFreshness? _freshness;
        private int _outdated;
        private int _files, _units, _translated, _partial, _untranslated, _missing, _extra, _errors, _warnings, _infos;

        public void Add(FileStats stats, PageFreshness freshness)
        {
            _freshness = freshness;
            _outdated += freshness.Verdict == FreshnessVerdict.Outdated ? 1 : 0;
            _files++;
            _units += stats.Units;
            _translated += stats.Translated;
            _partial += stats.Partial;
            _untranslated += stats.Untranslated;
            _missing += stats.Missing;
            _extra += stats.Extra;
        }

        public void Count(Severity severity)
        {
            switch (severity)
            {
                case Severity.Error:
                    _errors++;
                    break;
                case Severity.Warning:
                    _warnings++;
                    break;
                default:
                    _infos++;
                    break;
            }
        }

        public StatusRow ToRow() => new(language, source, target, _files, _units, _translated, _partial, _untranslated, _missing, _extra, _errors, _warnings, _infos)
        {
            Outdated = _outdated,
            Freshness = source is null ? null : _freshness, // null on a row of findings only: no page was checked
        };
    }
}
