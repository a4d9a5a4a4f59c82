using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Tests.TestSupport;
using Xunit;

namespace Localization.Core.Tests.Rules;

/// <summary>
/// A block left as its English gets the verdict every language shares, and the untranslated-block rule makes the parts
/// of its finding once per English unit (SharedBlockFindings): each language must still get exactly the finding it gets
/// when its page is checked alone, whether its block is the English character for character or not, and in a table.
/// </summary>
public sealed class SharedBlockFindingsTests : IDisposable
{
    private const string English = "# Title\n\nThis paragraph stays in English for every language of the site.\n\n| Name | What it does |\n| --- | --- |\n| Tor | It keeps every request of yours away from the sites you visit. |\n";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-shared-blocks-" + Guid.NewGuid().ToString("N"));

    public SharedBlockFindingsTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Every_language_gets_the_finding_it_gets_alone()
    {
        var engine = new CheckEngine(Checker.Options);
        var pages = new (string Language, string Text)[]
        {
            ("ko", "# 제목\n\nThis paragraph stays in English for every language of the site.\n\n| 이름 | 하는 일 |\n| --- | --- |\n| Tor | It keeps every request of yours away from the sites you visit. |\n"),
            ("fr", "# Titre\n\nThis paragraph stays in English for every language of the site.\n\n| Nom | Ce qu'il fait |\n| --- | --- |\n| Tor | It keeps every request of yours away from the sites you visit. |\n"),

            // The same English, laid out otherwise: its own excerpt, the shared message.
            ("de", "# Titel\n\nThis paragraph stays in English\nfor every language of the site.\n\n| Name | Was es tut |\n| --- | --- |\n| Tor | It keeps every request of yours away from  the sites you visit. |\n"),
            ("ja", "# タイトル\n\nThis paragraph stays in English for every language of the site.\n\n| 名前 | 何をするか |\n| --- | --- |\n| Tor | It keeps every request of yours away from the sites you visit. |\n"),
        };

        Finding? paragraph = null, cell = null;
        foreach (var (language, text) in pages)
        {
            var findings = Blocks(Check(engine, language, text));
            var alone = Blocks(Checker.Check(English, text, language, source: "docs/a.md", target: $"i18n/{language}/a.md").Findings);
            Assert.Equal(alone.Select(Parts), findings.Select(Parts));

            // The paragraph and the table's last cell: one message and one English excerpt for every language.
            var p = Assert.Single(findings, f => f.Message.StartsWith("paragraph", StringComparison.Ordinal));
            var c = Assert.Single(findings, f => f.SourceText?.StartsWith("It keeps", StringComparison.Ordinal) == true);
            paragraph ??= p;
            cell ??= c;
            Assert.Same(paragraph.Message, p.Message);
            Assert.Same(paragraph.SourceText, p.SourceText);
            Assert.Same(cell.Message, c.Message);
            Assert.Same(cell.SourceText, c.SourceText);
        }
    }

    [Fact]
    public void A_row_of_English_cells_keeps_its_limit_and_its_labels_in_every_language()
    {
        // More English cells in one row than a row reports (the rest counted), and short labels (info findings).
        var cells = string.Join(" | ", Enumerable.Range(1, 11).Select(i => $"Every request number {i} stays away from the sites you visit"));
        var english = $"# Title\n\n| A | B | C | D | E | F | G | H | I | J | K |\n|{string.Concat(Enumerable.Repeat(" --- |", 11))}\n| {cells} |\n| Yes | No | Yes | No | Yes | No | Yes | No | Yes | No | Yes |\n";
        var engine = new CheckEngine(Checker.Options);
        foreach (var language in new[] { "ko", "fr", "ja", "de" })
        {
            var translated = english.Replace("# Title", "# 제목 " + language, StringComparison.Ordinal);
            var findings = Blocks(Check(engine, language, translated, english));
            var alone = Blocks(Checker.Check(english, translated, language, source: "docs/a.md", target: $"i18n/{language}/a.md").Findings);
            Assert.NotEmpty(findings);
            Assert.Equal(alone.Select(Parts), findings.Select(Parts));
        }
    }

    private static List<Finding> Blocks(IEnumerable<Finding> findings) => [.. findings.Where(f => f.Rule == "untranslated-block").OrderBy(f => f.Line)];

    private static (string, int, int, int, int, Severity, string, string?, string?, string?, string?, SourceReference?) Parts(Finding f) =>
        (f.Rule, f.Line, f.Column, f.EndLine, f.EndColumn, f.Severity, f.Message, f.SourceText, f.TargetText, f.UnitId, f.Fingerprint, f.Source);

    private IReadOnlyList<Finding> Check(CheckEngine engine, string language, string translation, string english = English)
    {
        var englishPath = Path.Combine(_root, "en.md");
        File.WriteAllText(englishPath, english);
        var target = $"i18n/{language}/a.md";
        Directory.CreateDirectory(Path.Combine(_root, "i18n", language));
        File.WriteAllText(Path.Combine(_root, target), translation);
        return engine.CheckPair(new PairRequest(language, "docs/a.md", target, englishPath, Path.Combine(_root, target))).Findings;
    }
}
