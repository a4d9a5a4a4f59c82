using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.IO;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Corpus;

/// <summary>
/// The seed page pair docs/real-time-communication.md ↔ i18n/ko/real-time-communication.md of the 2024-03 corpus,
/// whose untranslated lines were established by reading the two pages side by side.
/// </summary>
public sealed class SeedPairTests
{
    private const string Page = "real-time-communication.md";

    private static int[] Lines(params object[] spec) =>
        [.. spec.SelectMany(s => s is (int from, int to) ? Enumerable.Range(from, to - from + 1) : [(int)s])];

    /// <summary>Lines left in English (a paragraph, list item, title or the description).</summary>
    private static readonly int[] Untranslated = Lines(5, 23, 45, (47, 52), 54, 56, 93, 127, 134, 144, 172, 174, 207, 209, 211, 218, (224, 228), (234, 239), 241, 242);

    /// <summary>Labels left in English (button rows, "Downloads", alt texts, the "Warning" title) that may be reported as info only.</summary>
    private static readonly int[] InfoAllowed = [25, 32, 72, 78, 103, 110, 132, 142, 148, 154, 162, 186, 192];

    /// <summary>Translated paragraphs that keep one English sentence.</summary>
    private static readonly int[] MixedSentence = [23, 56, 93, 134, 174];

    /// <summary>Brand-name headings (### Signal …) and platform download lists, the same in every language.</summary>
    private static readonly int[] NeverUntranslated = Lines(17, 64, 95, 138, 176, (34, 39), (80, 85), (112, 115), (156, 161), (194, 199));

    private static FileResult Run()
    {
        var corpus = CorpusPages.Require(CorpusPages.Seed);
        var source = TextFileReader.Read(CorpusPages.English(corpus, Page), TextFileReader.DefaultMaxBytes);
        var target = TextFileReader.Read(CorpusPages.Translation(corpus, "ko", Page), TextFileReader.DefaultMaxBytes);
        Assert.True(source.Ok && target.Ok);
        return new CheckEngine(Checker.Options).CheckTexts(
            new PairRequest("ko", "docs/" + Page, "i18n/ko/" + Page, CorpusPages.English(corpus, Page), CorpusPages.Translation(corpus, "ko", Page)),
            source.Text!, target.Text!);
    }

    private static List<Finding> UntranslatedFindings(FileResult result) =>
        [.. result.Findings.Where(f => f.Rule.StartsWith("untranslated-", StringComparison.Ordinal))];

    [Fact]
    public void Every_line_left_in_English_has_an_untranslated_warning()
    {
        var result = Run();
        var found = UntranslatedFindings(result).Where(f => f.Severity >= Severity.Warning).Select(f => f.Line).ToHashSet();

        var missed = Untranslated.Where(l => !found.Contains(l)).ToList();

        Assert.True(missed.Count == 0, $"lines left in English without an untranslated warning: {string.Join(", ", missed)}{Environment.NewLine}{Checker.Describe(UntranslatedFindings(result))}");
    }

    [Fact]
    public void Untranslated_findings_are_only_on_English_lines_and_on_labels_as_info()
    {
        var result = Run();
        var wrong = UntranslatedFindings(result)
            .Where(f => !Untranslated.Contains(f.Line) && !(InfoAllowed.Contains(f.Line) && f.Severity == Severity.Info))
            .ToList();

        Assert.True(wrong.Count == 0, "untranslated findings on translated lines, or labels above info:" + Environment.NewLine + Checker.Describe(wrong));
    }

    [Fact]
    public void Mixed_paragraphs_get_an_untranslated_sentence_warning_at_the_English_sentence()
    {
        var sentences = Run().Findings.Where(f => f.Rule == "untranslated-sentence").ToList();

        Assert.Equal(MixedSentence, sentences.Select(f => f.Line).Distinct().Order());
        Assert.All(sentences, f => Assert.Equal(Severity.Warning, f.Severity));
        var line23 = Assert.Single(sentences, f => f.Line == 23);
        Assert.Equal("**Signal**은 Signal Messenger LLC에서 개발한 모바일 앱입니다. ".Length + 1, line23.Column);
        Assert.StartsWith("The app provides instant messaging", line23.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Brand_name_headings_and_platform_lists_are_never_untranslated()
    {
        var wrong = UntranslatedFindings(Run()).Where(f => NeverUntranslated.Contains(f.Line)).ToList();

        Assert.True(wrong.Count == 0, Checker.Describe(wrong));
    }

    [Fact]
    public void The_page_has_no_finding_of_any_other_rule()
    {
        var other = Run().Findings.Where(f => !f.Rule.StartsWith("untranslated-", StringComparison.Ordinal)).ToList();

        Assert.True(other.Count == 0, Checker.Describe(other));
    }

    [Fact]
    public void Statistics_count_the_English_blocks()
    {
        var stats = Run().Stats;

        Assert.Equal(0, stats.Missing);
        Assert.Equal(0, stats.Extra);
        Assert.Equal(stats.Units, stats.Translated + stats.Partial + stats.Untranslated);
        Assert.Equal(MixedSentence.Length, stats.Partial);
    }
}
