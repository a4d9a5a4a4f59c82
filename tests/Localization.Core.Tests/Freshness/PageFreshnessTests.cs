using Localization.Core.Findings;
using Localization.Core.Freshness;
using Localization.Core.Tests.Rules;

namespace Localization.Core.Tests.Freshness;

/// <summary>
/// Freshness verdicts on the rule fixtures: every case of a rule that means missing English content (drift,
/// missing blocks, changed code) is outdated; every clean case, cosmetic differences included, is up to date.
/// </summary>
public sealed class PageFreshnessTests
{
    public static IEnumerable<TheoryDataRow<string>> Outdated() =>
        RuleFixture.All().Where(f => f.Skip is null && f.Rule is "sentence-count-mismatch" or "length-mismatch" or "missing-block" or "shortcode-mismatch").Select(f => new TheoryDataRow<string>(f.Name));

    public static IEnumerable<TheoryDataRow<string>> Clean() =>
        RuleFixture.All().Where(f => f.Skip is null && f.Rule == "clean").Select(f => new TheoryDataRow<string>(f.Name));

    [Theory]
    [MemberData(nameof(Outdated))]
    public void Pages_lacking_english_content_are_outdated(string name)
    {
        var result = RuleFixture.Load(name).Run();
        Assert.Equal(FreshnessVerdict.Outdated, result.Freshness.Verdict);
        Assert.True(result.Freshness.Evidence > 0);
    }

    [Theory]
    [MemberData(nameof(Clean))]
    public void Clean_pages_are_up_to_date(string name) =>
        Assert.Equal(FreshnessVerdict.UpToDate, RuleFixture.Load(name).Run().Freshness.Verdict);

    [Fact]
    public void Form_only_findings_make_a_page_outdated_minor_and_info_findings_count_for_nothing()
    {
        Assert.Equal(FreshnessVerdict.OutdatedMinor, PageFreshness.Of([Make("heading-mismatch", Severity.Warning), Make("link-mismatch", Severity.Info)]).Verdict);
        Assert.Equal(FreshnessVerdict.UpToDate, PageFreshness.Of([Make("link-mismatch", Severity.Info), Make("untranslated-block", Severity.Warning)]).Verdict);
        Assert.Equal(FreshnessVerdict.Outdated, PageFreshness.Of([Make("length-mismatch", Severity.Info)]).Verdict);
        Assert.Equal("outdated-minor", FreshnessVerdict.OutdatedMinor.Name());
    }

    [Fact]
    public void Stalest_first_puts_outdated_before_minor_and_more_evidence_first()
    {
        var pages = new[] { PageFreshness.UpToDate, new(FreshnessVerdict.Outdated, 1), new(FreshnessVerdict.OutdatedMinor, 5), new(FreshnessVerdict.Outdated, 3) }.ToList();
        pages.Sort(PageFreshness.CompareStalestFirst);
        Assert.Equal([new(FreshnessVerdict.Outdated, 3), new(FreshnessVerdict.Outdated, 1), new(FreshnessVerdict.OutdatedMinor, 5), PageFreshness.UpToDate], pages);
    }

    private static Finding Make(string rule, Severity severity) => new()
    {
        Rule = rule, RuleId = "LC000", Severity = severity, Language = "ko", File = "x.md", Line = 1, Column = 1, EndLine = 1, EndColumn = 1,
        Message = "m", Fingerprint = "f",
    };
}
