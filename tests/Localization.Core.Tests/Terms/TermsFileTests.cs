using Localization.Core.Crowdin;
using Localization.Core.Terms;

namespace Localization.Core.Tests.Terms;

public sealed class TermsFileTests
{
    [Fact]
    public void What_is_written_reads_back_the_same_terms()
    {
        LearnedTerm[] learned =
        [
            new("Signal", 3, 3, 40, 41),
            new("Tor Browser", 2, 3, 9, 12),
            new("yes", 2, 2, 3, 3),
            new("C#: \"quoted\"", 2, 2, 3, 3),
            new("Ünïcode", 2, 2, 3, 3),
        ];

        var text = TermsFile.Format(learned, ["fr", "ko"]);

        Assert.StartsWith("# Do-not-translate terms of this project, learned by `l10n terms` from the translations into fr, ko.", text, StringComparison.Ordinal);
        Assert.Contains("  - Signal", text, StringComparison.Ordinal);
        Assert.Contains("# kept in 3 of 3 languages (40 of 41 blocks)", text, StringComparison.Ordinal);
        Assert.Equal(learned.Select(t => t.Term), TermsFile.Parse(text, "terms.yml"));
    }

    [Fact]
    public void No_terms_is_an_empty_list()
    {
        var text = TermsFile.Format([], ["ko"]);
        Assert.Empty(TermsFile.Parse(text, "terms.yml"));
        Assert.Empty(TermsFile.Parse("", "terms.yml"));
        Assert.Empty(TermsFile.Parse("terms:\n", "terms.yml"));
    }

    [Theory]
    [InlineData("- Signal\n", 1, 1, "expected a mapping")]
    [InlineData("term: [Signal]\n", 1, 1, "unknown key 'term'")]
    [InlineData("terms: Signal\n", 1, 8, "expected a list of terms")]
    [InlineData("terms:\n  - Signal\n  - [a, b]\n", 3, 5, "expected a term")]
    [InlineData("terms:\n  - Signal\n  - \n", 3, 4, "expected a term")]
    [InlineData("terms: &a [Signal]\nterms: *a\n", 1, 8, "")]
    public void Mistakes_are_errors_with_line_and_column(string yaml, int line, int column, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => TermsFile.Parse(yaml, "terms.yml"));

        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("terms.yml:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_no_terms()
    {
        Assert.Empty(TermsFile.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), "terms.yml"), "terms.yml"));
    }
}
