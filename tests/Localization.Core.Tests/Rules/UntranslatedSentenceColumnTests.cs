using Localization.Core.Findings;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Rules;

/// <summary>untranslated-sentence points at the English sentence itself: line and 1-based UTF-16 column of its first character.</summary>
public sealed class UntranslatedSentenceColumnTests
{
    private static Finding Single(string en, string ko)
    {
        var findings = Checker.Check(en, ko).Findings;
        var sentence = Assert.Single(findings, f => f.Rule == "untranslated-sentence");
        Assert.True(findings.Count == 1, "expected only the untranslated-sentence finding:\n" + Checker.Describe(findings));
        return sentence;
    }

    private static int Utf16Column(string text, int line, string needle)
    {
        var lines = text.Split('\n');
        var index = lines[line - 1].IndexOf(needle, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{needle}' is not on line {line}");
        return index + 1;
    }

    [Fact]
    public void Column_is_that_of_the_first_character_of_the_English_sentence()
    {
        var fixture = RuleFixture.Load("untranslated-sentence/mixed-korean-english");
        var target = fixture.Target.Text;

        var finding = Single(fixture.Source, target);

        Assert.Equal(3, finding.Line);
        Assert.Equal(Utf16Column(target, 3, "The sender address"), finding.Column);
        Assert.Equal(3, finding.EndLine);
        Assert.Equal(Utf16Column(target, 3, " 서버에는"), finding.EndColumn);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Column_counts_UTF16_code_units_so_an_astral_character_counts_twice()
    {
        const string en = "🔒 Signal keeps very little metadata about its users. The sender address is encrypted along with the message body.\n";
        const string ko = "🔒 Signal은 사용자에 관한 메타데이터를 거의 보관하지 않습니다. The sender address is encrypted along with the message body.\n";

        var finding = Single(en, ko);

        Assert.Equal(1, finding.Line);
        Assert.Equal(ko.IndexOf("The sender", StringComparison.Ordinal) + 1, finding.Column);
        Assert.Equal(ko.TrimEnd('\n').Length + 1, finding.EndColumn);
    }

    [Fact]
    public void Column_in_an_indented_admonition_body_counts_the_indentation()
    {
        const string en = "!!! note \"Metadata\"\n\n    Signal keeps very little metadata about its users. The sender address is encrypted along with the message body.\n";
        const string ko = "!!! note \"메타데이터\"\n\n    Signal은 사용자에 관한 메타데이터를 거의 보관하지 않습니다. The sender address is encrypted along with the message body.\n";

        var finding = Single(en, ko);

        Assert.Equal(3, finding.Line);
        Assert.Equal(Utf16Column(ko, 3, "The sender"), finding.Column);
    }

    [Fact]
    public void Column_on_a_continuation_line_of_a_paragraph_is_relative_to_that_line()
    {
        const string en = "Signal keeps very little metadata about its users.\nThe sender address is encrypted along with the message body.\n";
        const string ko = "Signal은 사용자에 관한 메타데이터를 거의 보관하지 않습니다.\nThe sender address is encrypted along with the message body.\n";

        var finding = Single(en, ko);

        Assert.Equal(2, finding.Line);
        Assert.Equal(1, finding.Column);
    }

    [Fact]
    public void A_sentence_that_opens_with_a_link_starts_at_the_bracket()
    {
        const string en = "Signal keeps very little metadata. [Sealed sender](https://example.org/ss) hides who sent a message.\n";
        const string ko = "Signal은 메타데이터를 거의 보관하지 않습니다. [Sealed sender](https://example.org/ss) hides who sent a message.\n";

        var finding = Single(en, ko);

        Assert.Equal(ko.IndexOf("[Sealed", StringComparison.Ordinal) + 1, finding.Column);
    }

    [Fact]
    public void Column_with_CRLF_line_endings_is_the_same_as_with_LF()
    {
        const string en = "# Metadata\n\nSignal keeps very little metadata about its users. The sender address is encrypted along with the message body.\n";
        const string ko = "# 메타데이터\n\nSignal은 사용자에 관한 메타데이터를 거의 보관하지 않습니다. The sender address is encrypted along with the message body.\n";

        var lf = Single(en, ko);
        var crlf = Single(en.Replace("\n", "\r\n", StringComparison.Ordinal), ko.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal((lf.Line, lf.Column, lf.EndLine, lf.EndColumn), (crlf.Line, crlf.Column, crlf.EndLine, crlf.EndColumn));
    }
}
