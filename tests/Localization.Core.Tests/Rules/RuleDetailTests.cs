using Localization.Core.Findings;
using Localization.Core.Rules;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Rules;

/// <summary>What the fixture markers do not say: severities, messages and source references of findings.</summary>
public sealed class RuleDetailTests
{
    private static IReadOnlyList<Finding> Findings(string fixture) => RuleFixture.Load(fixture).Run().Findings;

    [Fact]
    public void A_Downloads_summary_left_in_English_is_an_info_finding()
    {
        var finding = Assert.Single(Findings("untranslated-block/downloads-summary-is-info"));

        Assert.Equal("untranslated-block", finding.Rule);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(4, finding.Line);
        Assert.Equal("<summary>".Length + 1, finding.Column);
        Assert.Contains("details summary", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_item_left_in_English_is_a_warning_that_names_the_English_line()
    {
        var finding = Assert.Single(Findings("untranslated-block/list-item-left-in-english"));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal((6, 3), (finding.Line, finding.Column));
        Assert.Equal(new SourceReference("en.md", 6), finding.Source);
        Assert.Contains("en.md:6", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_left_in_English_points_at_the_value_not_the_key()
    {
        var finding = Assert.Single(Findings("untranslated-block/front-matter-description"));

        Assert.Equal((3, "description: ".Length + 1), (finding.Line, finding.Column));
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Link_with_full_width_brackets_is_explained()
    {
        var findings = Findings("link-mismatch/full-width-brackets-among-two-links");

        var broken = Assert.Single(findings, f => f.Message.Contains("full-width", StringComparison.Ordinal));
        Assert.Equal(Severity.Error, broken.Severity);
        Assert.Contains("https://example.org/threat-modeling", broken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_with_full_width_brackets_gives_exactly_one_finding()
    {
        var findings = Findings("link-mismatch/full-width-brackets-among-two-links");

        Assert.True(findings.Count == 1, Checker.Describe(findings));
    }

    [Fact]
    public void A_changed_link_destination_names_both_URLs()
    {
        var finding = Assert.Single(Findings("link-mismatch/changed-url-among-two-links"));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("https://example.org/threat-modeling", finding.Message, StringComparison.Ordinal);
        Assert.Contains("https://example.org/threat-model ", finding.Message + " ", StringComparison.Ordinal);
        Assert.Equal("[위협 모델링 가이드](https://example.org/threat-model)", finding.TargetText);
    }

    [Fact]
    public void A_link_to_the_localized_version_of_a_page_is_only_info()
    {
        const string en = "Read about [phishing](https://en.wikipedia.org/wiki/Phishing) and [our criteria](https://example.org/criteria).\n";
        const string ko = "[피싱](https://ko.wikipedia.org/wiki/피싱)과 [평가 기준](https://example.org/criteria)에 대해 읽어 보세요.\n";

        var finding = Assert.Single(Checker.Check(en, ko).Findings);

        Assert.Equal("link-mismatch", finding.Rule);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("localized", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_changed_code_block_language_is_a_warning()
    {
        var finding = Assert.Single(Findings("code-mismatch/changed-code-block-language"));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("'bash'", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_admonition_title_in_corner_brackets_is_reported_at_the_title()
    {
        var finding = Assert.Single(Findings("admonition-mismatch/title-in-corner-brackets"));

        Assert.Equal((1, "!!! tip ".Length + 1), (finding.Line, finding.Column));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("「비밀번호 관리자를 사용하세요」", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_block_names_the_English_line_and_sits_where_the_block_belongs()
    {
        var finding = Assert.Single(Findings("missing-block/dropped-paragraph"));

        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(new SourceReference("en.md", 5), finding.Source);
        Assert.Equal((3, 62), (finding.Line, finding.Column)); // right after the paragraph it followed in the English
        Assert.Contains("en.md:5", finding.Message, StringComparison.Ordinal);
        Assert.EndsWith("insert it after line 3", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_front_matter_key_names_the_key()
    {
        var finding = Assert.Single(Findings("front-matter-mismatch/missing-key"));

        Assert.Contains("'cover'", finding.Message, StringComparison.Ordinal);
        Assert.Equal(new SourceReference("en.md", 4), finding.Source);
    }

    [Fact]
    public void Every_finding_of_every_active_fixture_uses_a_registered_rule_with_its_id()
    {
        foreach (var fixture in RuleFixture.All().Where(f => f.Skip is null))
        {
            foreach (var finding in fixture.Run().Findings)
            {
                var descriptor = RuleRegistry.Find(finding.Rule);
                Assert.NotNull(descriptor);
                Assert.Equal(descriptor.Id, finding.RuleId);
                Assert.Equal("target.md", finding.File);
                Assert.Equal(fixture.Language, finding.Language);
                Assert.False(string.IsNullOrWhiteSpace(finding.Message));
                Assert.False(string.IsNullOrEmpty(finding.Fingerprint));
                Assert.True(finding.EndLine > finding.Line || (finding.EndLine == finding.Line && finding.EndColumn >= finding.Column),
                    $"{fixture.Name}: finding ends before it starts: {finding.Line}:{finding.Column}-{finding.EndLine}:{finding.EndColumn}");
            }
        }
    }

    [Fact]
    public void Checking_is_deterministic()
    {
        foreach (var fixture in RuleFixture.All())
        {
            var first = fixture.Run().Findings.Select(f => (f.Rule, f.Line, f.Column, f.Message, f.Fingerprint)).ToList();
            var second = fixture.Run().Findings.Select(f => (f.Rule, f.Line, f.Column, f.Message, f.Fingerprint)).ToList();
            Assert.Equal(first, second);
        }
    }
}
