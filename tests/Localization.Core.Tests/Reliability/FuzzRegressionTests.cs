using Localization.Core.Checking;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Reliability;

/// <summary>
/// Inputs that the fuzzing harness (tests/Localization.Fuzz, docs/fuzzing.md) found to crash the checker,
/// minimised by hand. Each must now give findings, never an exception.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static readonly PairRequest Pair = new("ko", "en.md", "ko.md", "en.md", "ko.md");

    private static CheckEngine Strict() => new(CheckOptions.Default with { ThrowOnRuleError = true });

    [Theory]
    [InlineData("a: !<>\n")] // YamlDotNet: "Tag value must not be empty" (ArgumentException)
    [InlineData("a: !!![a\n")] // YamlDotNet: "Global tags must be valid URIs" (ArgumentException)
    [InlineData("{a: !!!!![b: [c}\n")]
    public void Front_matter_with_a_tag_YamlDotNet_refuses_is_an_error_not_an_exception(string yaml)
    {
        var result = FrontMatterReader.Read(yaml);

        Assert.NotNull(result.Error);
        Assert.InRange(result.Error.Offset, 0, yaml.Length);
    }

    [Fact]
    public void A_page_whose_front_matter_has_a_bad_tag_gets_a_front_matter_finding_not_invalid_file()
    {
        const string En = "---\ntitle: Page\n---\n\nText.\n";
        const string Ko = "---\ntitle: !<>\n---\n\n텍스트.\n";

        var result = Strict().CheckTexts(Pair, En, Ko);

        var finding = Assert.Single(result.Findings, f => f.Rule == "front-matter-mismatch");
        Assert.Equal(2, finding.Line);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "invalid-file");
    }

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)] // lone high surrogate
    [InlineData(0xDC00)] // lone low surrogate
    public void Comparison_text_with_code_points_NET_cannot_normalise_is_kept_as_written(int codeUnit)
    {
        var text = $"a{(char)codeUnit}b";

        Assert.Equal(text, TextNormalizer.ForComparison(text));
    }

    [Fact]
    public void An_English_page_with_a_noncharacter_is_checked_not_thrown_on()
    {
        // U+FFFE is valid UTF-8; the English page's sentence index is built outside the rules' try, so this
        // used to end the whole run with an ArgumentException.
        const string En = "# Title\n\nSome text \uFFFE here.\n";
        const string Ko = "# 제목\n\n텍스트 \uFFFE 여기.\n";

        var engine = Strict();
        var pair = engine.CheckTexts(Pair, En, Ko);
        var self = engine.CheckTexts(Pair, En, En);

        Assert.DoesNotContain(pair.Findings, f => f.Rule == "invalid-file");
        Assert.Contains(self.Findings, f => f.Rule == "untranslated-block");
    }

    [Fact]
    public void Nested_admonitions_translated_as_they_are_give_no_admonition_finding()
    {
        // Each admonition voted for the outermost one of its kind in the translation, so an inner warning
        // was reported as "'note' should be 'warning'" and as extra (found by the self-check invariant).
        const string En = "!!! note\n\n    Outer text.\n\n    !!! warning\n\n        Inner text.\n";
        const string Ko = "!!! note\n\n    바깥 텍스트.\n\n    !!! warning\n\n        안쪽 텍스트.\n";

        var engine = Strict();

        Assert.DoesNotContain(engine.CheckTexts(Pair, En, Ko).Findings, f => f.Rule == "admonition-mismatch");
        Assert.DoesNotContain(engine.CheckTexts(Pair, En, En).Findings, f => f.Rule == "admonition-mismatch");
    }

    [Fact]
    public void A_nested_admonition_retyped_in_the_translation_is_still_reported()
    {
        const string En = "!!! note\n\n    Outer text.\n\n    !!! warning\n\n        Inner text.\n";
        const string Ko = "!!! note\n\n    바깥 텍스트.\n\n    !!! tip\n\n        안쪽 텍스트.\n";

        var finding = Assert.Single(Strict().CheckTexts(Pair, En, Ko).Findings, f => f.Rule == "admonition-mismatch");

        Assert.Equal(5, finding.Line);
        Assert.Contains("should be 'warning' admonition", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("# Encrypted messengers {#encrypted}\n\n# {#encrypted}\n")]
    [InlineData("# Encrypted messengers { #encrypted }\n\nText.\n\n## { #encrypted }\n")]
    [InlineData("*[HTML]:lfPkamcdiTab\n*[HTML]:")] // minimised by the harness
    public void A_page_checked_against_itself_aligns_every_block_with_itself(string page)
    {
        // Two units sharing an anchor key (an explicit id, an abbreviation label), the first also anchoring
        // through its text: the aligner lost count of the shared key and paired the second with the first.
        var result = Strict().CheckTexts(Pair, page, page);

        Assert.DoesNotContain(result.Findings, f => f.Rule is "missing-block" or "extra-block" or "heading-mismatch");
    }

    [Fact]
    public void A_snippet_line_the_English_escapes_on_purpose_may_stay_escaped()
    {
        const string En = "Include a file with:\n\n\\--8<-- \"includes/abbreviations.md\"\n";
        const string Ko = "파일을 포함하려면:\n\n\\--8<-- \"includes/abbreviations.md\"\n";
        const string Plain = "# Title\n\n--8<-- \"includes/abbreviations.md\"\n";
        const string PlainKo = "# 제목\n\n\\--8<-- \"includes/abbreviations.md\"\n";

        var engine = Strict();

        Assert.DoesNotContain(engine.CheckTexts(Pair, En, Ko).Findings, f => f.Rule == "snippet-mismatch");
        Assert.DoesNotContain(engine.CheckTexts(Pair, En, En).Findings, f => f.Rule == "snippet-mismatch");
        Assert.Single(engine.CheckTexts(Pair, Plain, PlainKo).Findings, f => f.Rule == "snippet-mismatch");
    }

    [Theory]
    [InlineData("텍스트[^1].\n\n[^1]: 메모.\n", 3)]
    [InlineData("텍스트.\n\n[^1]: ---\r\n", 3)]
    [InlineData("[^1]: ---\r\n", 1)] // minimised by the harness: the end fell past the line
    public void An_extra_footnote_definition_is_reported_on_its_label(string ko, int line)
    {
        var finding = Assert.Single(Strict().CheckTexts(Pair, "Text.\n", ko).Findings, f => f.Rule == "footnote-mismatch" && f.Message.StartsWith("footnote definition", StringComparison.Ordinal));

        Assert.Equal((line, 1, line, 6), (finding.Line, finding.Column, finding.EndLine, finding.EndColumn));
    }

    [Theory]
    [InlineData(":\n{: &: 2")] // minimised by the harness: the error was at offset 10 of 9 characters
    [InlineData("a: 1\nb: [")]
    public void A_front_matter_error_lies_inside_the_front_matter(string yaml)
    {
        var result = FrontMatterReader.Read(yaml);

        Assert.NotNull(result.Error);
        Assert.InRange(result.Error.Offset, 0, yaml.Length);
    }

    [Theory]
    [InlineData(0xFFFE)]
    [InlineData(0xD800)] // lone high surrogate
    [InlineData(0xDC00)] // lone low surrogate
    public void A_heading_with_code_points_NET_cannot_normalise_still_gets_an_id(int codeUnit)
    {
        var heading = $"Título {(char)codeUnit} here";

        Assert.Equal("titulo-here", Slugifier.Slugify(heading, SlugStyle.PythonMarkdown));
        Assert.Equal("título--here", Slugifier.Slugify(heading, SlugStyle.PymdownxUnicodeLower));
    }

    [Fact]
    public void A_page_whose_heading_has_a_noncharacter_is_checked_not_thrown_on()
    {
        const string Page = "\uFFFE\n="; // minimised by the harness: a setext heading of U+FFFE alone

        var result = Strict().CheckTexts(Pair, "# Title \uFFFE\n\nText.\n", "# 제목 \uFFFE\n\n텍스트.\n");
        var self = Strict().CheckTexts(Pair, Page, Page);

        Assert.DoesNotContain(result.Findings.Concat(self.Findings), f => f.Rule == "invalid-file");
    }
}
