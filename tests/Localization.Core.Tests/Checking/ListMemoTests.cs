using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Freshness;

namespace Localization.Core.Tests.Checking;

/// <summary>
/// Values derived from a record's list and kept with it (a page's freshness, a run's severity counts): given back only
/// for the list they were derived from, never changing what the record is equal to.
/// </summary>
public sealed class ListMemoTests
{
    private static readonly PairRequest Pair = new("ko", "docs/a.md", "i18n/ko/a.md", "/p/docs/a.md", "/p/i18n/ko/a.md");

    [Fact]
    public void A_derived_value_is_given_again_only_for_the_same_list()
    {
        var memo = new ListMemo<string>();
        var calls = 0;
        var first = new List<int> { 1 };
        var equalButOther = new List<int> { 1 };
        Assert.Equal("1", memo.Get(first, l => { calls++; return l.Count.ToString(System.Globalization.CultureInfo.InvariantCulture); }));
        Assert.Equal("1", memo.Get(first, _ => { calls++; return "again"; }));
        Assert.Equal(1, calls);
        Assert.Equal("other", memo.Get(equalButOther, _ => "other"));
        Assert.Equal("1", memo.Get(first, _ => "not kept: the first list's value stays"));
        Assert.Equal("again", memo.Get(equalButOther, _ => "again"));

        var given = new ListMemo<string>();
        given.Set(first, "given");
        Assert.Equal("given", given.Get(first, _ => "derived"));
        Assert.Equal(new ListMemo<string>(), memo);
        Assert.Equal(new ListMemo<string>().GetHashCode(), memo.GetHashCode());
    }

    [Fact]
    public void A_files_freshness_follows_its_findings_through_copies()
    {
        var file = new FileResult(Pair, FileStats.Empty, [Make("missing-block", Severity.Warning)]);
        Assert.Equal(FreshnessVerdict.Outdated, file.Freshness.Verdict);
        var suppressed = file with { Findings = [Make("heading-mismatch", Severity.Warning)] };
        Assert.Equal(FreshnessVerdict.OutdatedMinor, suppressed.Freshness.Verdict);
        Assert.Equal(FreshnessVerdict.Outdated, file.Freshness.Verdict);
        Assert.Equal(FreshnessVerdict.UpToDate, (file with { Findings = [] }).Freshness.Verdict);
    }

    [Fact]
    public void A_derived_freshness_leaves_a_file_equal_to_one_without_it()
    {
        IReadOnlyList<Finding> findings = [Make("missing-block", Severity.Warning)];
        var known = new FileResult(Pair, FileStats.Empty, findings);
        _ = known.Freshness;
        var unknown = new FileResult(Pair, FileStats.Empty, findings);
        Assert.Equal(unknown, known);
        Assert.Equal(unknown.GetHashCode(), known.GetHashCode());
        Assert.Equal(unknown.ToString(), known.ToString());
    }

    [Fact]
    public void Severity_counts_given_by_the_engine_hold_for_its_list_only()
    {
        var findings = new List<Finding> { Make("a", Severity.Error), Make("b", Severity.Warning), Make("c", Severity.Warning), Make("d", Severity.Info) };
        IReadOnlyList<FileResult> files = [];
        IReadOnlyList<string> languages = ["ko"];
        var result = new CheckResult(files, findings, languages, 0);
        Assert.Equal(new[] { 1, 2, 1 }, result.CountsBySeverity());
        result.KnowCounts(findings, CheckResult.CountBySeverity(findings));
        var counts = result.CountsBySeverity();
        counts[0] = 99;
        Assert.Equal(new[] { 1, 2, 1 }, result.CountsBySeverity());
        var filtered = result.Where(f => f.Severity != Severity.Warning);
        Assert.Equal(new[] { 1, 0, 1 }, filtered.CountsBySeverity());
        Assert.Equal(new[] { 1, 2, 1 }, result.CountsBySeverity());
        Assert.Equal(new CheckResult(files, findings, languages, 0), result);
    }

    private static Finding Make(string rule, Severity severity) => new()
    {
        Rule = rule, RuleId = "LC000", Severity = severity, Language = "ko", File = "x.md", Line = 1, Column = 1, EndLine = 1, EndColumn = 1,
        Message = "m", Fingerprint = "f",
    };
}
