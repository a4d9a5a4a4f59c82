using Localization.Core.Freshness;
using Localization.Core.Tests.Rules;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Freshness;

/// <summary>
/// Issue 12's page pairs, one fixture each (Fixtures/Rules/&lt;rule&gt;/&lt;case&gt;, whose markers pin the rule and
/// the line): every kind of drift makes the page outdated (a renamed heading outdated-minor: only its form
/// lags), every cosmetic difference leaves it up to date.
/// </summary>
public sealed class DriftKindTests
{
    public static TheoryData<string, string> Drift() => new()
    {
        { "missing paragraph", "missing-block/drift-paragraph-missing" },
        { "paragraph extended", "length-mismatch/sentence-extended" },
        { "paragraph rewritten", "link-mismatch/drift-paragraph-rewritten" },
        { "English grew by a sentence", "sentence-count-mismatch/english-grew-at-the-end" },
        { "list item added", "missing-block/drift-list-item-added" },
        { "list item removed", "removed-block/drift-list-item-removed" },
        { "paragraph removed", "removed-block/drift-paragraph-removed" },
        { "changed command", "code-mismatch/drift-command-changed" },
        { "changed parameter", "code-mismatch/drift-parameter-changed" },
        { "translated comments and a changed command", "code-mismatch/comments-and-a-changed-command" },
        { "cosmetic translation edit hiding an English addition", "sentence-count-mismatch/drift-cosmetic-edit-hides-addition" },
    };

    public static TheoryData<string, string> Cosmetic() => new()
    {
        { "reflow", "clean/cosmetic-reflow" },
        { "reorder (moved)", "moved-block/cosmetic-reorder" },
        { "list items reordered (moved)", "moved-block/list-items-reordered" },
        { "paragraph moved far (moved)", "moved-block/paragraph-moved-far" },
        { "emphasis swap", "clean/cosmetic-emphasis-swap" },
        { "relative made absolute (site_url)", "clean/cosmetic-relative-made-absolute" },
        { "relative made absolute (no configuration)", "clean/cosmetic-relative-made-absolute-without-site-url" },
        { "absolute in the translation", "link-mismatch/cosmetic-absolute-in-translation" },
        { "trailing whitespace", "clean/cosmetic-trailing-whitespace" },
        { "translated code comments", "code-mismatch/cosmetic-translated-comments" },
    };

    [Theory]
    [MemberData(nameof(Drift))]
    public void Each_drift_kind_makes_the_page_outdated(string kind, string fixture)
    {
        var result = RuleFixture.Load(fixture).Run();
        Assert.True(result.Freshness.Verdict == FreshnessVerdict.Outdated, $"{kind}: {result.Freshness.Verdict}{Environment.NewLine}{Checker.Describe(result.Findings)}");
    }

    [Fact]
    public void A_renamed_heading_is_outdated_minor()
    {
        var result = RuleFixture.Load("heading-mismatch/drift-heading-renamed").Run();
        Assert.Equal(FreshnessVerdict.OutdatedMinor, result.Freshness.Verdict);
    }

    [Theory]
    [MemberData(nameof(Cosmetic))]
    public void Each_cosmetic_kind_leaves_the_page_up_to_date(string kind, string fixture)
    {
        var result = RuleFixture.Load(fixture).Run();
        Assert.True(result.Freshness.Verdict == FreshnessVerdict.UpToDate, $"{kind}: {result.Freshness.Verdict}{Environment.NewLine}{Checker.Describe(result.Findings)}");
        Assert.All(result.Findings, f => Assert.Equal(Localization.Core.Findings.Severity.Info, f.Severity));
    }

    [Fact]
    public void A_moved_block_counts_as_translated_not_as_missing_and_extra()
    {
        var stats = RuleFixture.Load("moved-block/paragraph-moved-far").Run().Stats;
        Assert.Equal((0, 0), (stats.Missing, stats.Extra));
        Assert.Equal(stats.Units, stats.Translated);
    }

    [Fact]
    public void Two_swapped_paragraphs_are_one_moved_block_that_says_where_the_english_puts_it()
    {
        var finding = Assert.Single(RuleFixture.Load("moved-block/cosmetic-reorder").Run().Findings);
        Assert.Equal("moved-block", finding.Rule);
        Assert.Equal(9, finding.Line);
        Assert.Equal("paragraph moved: the English has it at en.md:7, in another place than here; move it after line 5", finding.Message);
    }
}
