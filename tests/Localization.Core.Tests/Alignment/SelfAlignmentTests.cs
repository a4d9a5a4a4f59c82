using Localization.Core.Alignment;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

public sealed class SelfAlignmentTests
{
    public static TheoryData<string> Pages() => new(
        from dir in Directory.GetDirectories(TestPaths.RuleFixtures).SelectMany(Directory.GetDirectories).Order(StringComparer.Ordinal)
        from file in new[] { "en.md", "target.md" }
        where File.Exists(Path.Combine(dir, file)) // string-table cases have en.resx, en.env
        select Path.GetRelativePath(TestPaths.RuleFixtures, Path.Combine(dir, file)).Replace('\\', '/'));

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_aligned_with_itself_matches_every_unit_with_itself(string fixtureFile)
    {
        var text = Rules.FixtureMarkers.Strip(File.ReadAllText(Path.Combine(TestPaths.RuleFixtures, fixtureFile))).Text;
        var page = PageReader.Read("page.md", text);

        var aligned = PageAligner.Align(page, PageReader.Read("page.md", text));

        Assert.Equal(page.Units.Count, aligned.Pairs.Count);
        Assert.All(aligned.Pairs, p =>
        {
            Assert.True(p.IsMatched);
            Assert.Equal(p.Source!.Index, p.Target!.Index);
        });
    }

    [Fact]
    public void The_English_page_checked_against_itself_has_only_untranslated_findings()
    {
        var findings = Checker.Check(CleanPage.English, CleanPage.English).Findings;

        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.StartsWith("untranslated-", f.Rule, StringComparison.Ordinal));
    }

    [Fact]
    public void The_translated_page_has_no_finding_against_the_English()
    {
        var result = Checker.Check(CleanPage.English, CleanPage.Korean);

        Assert.True(result.Findings.Count == 0, Checker.Describe(result.Findings));
        Assert.Equal(result.Stats.Units, result.Stats.Translated);
        Assert.Equal((0, 0, 0, 0), (result.Stats.Partial, result.Stats.Untranslated, result.Stats.Missing, result.Stats.Extra));
    }

    [Fact]
    public void The_translated_page_checked_against_itself_has_no_finding()
    {
        var findings = Checker.Check(CleanPage.Korean, CleanPage.Korean).Findings;

        Assert.True(findings.Count == 0, Checker.Describe(findings));
    }

    [Fact]
    public void The_translated_page_is_aligned_unit_for_unit_with_the_English()
    {
        var english = PageReader.Read("en.md", CleanPage.English);
        var korean = PageReader.Read("ko.md", CleanPage.Korean);

        var aligned = PageAligner.Align(english, korean);

        Assert.Equal(english.Units.Count, korean.Units.Count);
        Assert.All(aligned.Pairs, p =>
        {
            Assert.True(p.IsMatched, $"unmatched: {p.Source?.ToString() ?? p.Target?.ToString()}");
            Assert.Equal(p.Source!.Index, p.Target!.Index);
            Assert.Equal(p.Source.Kind, p.Target.Kind);
            Assert.Equal(p.Source.Line, p.Target.Line);
            Assert.Same(p.Source, aligned.SourceOf(p.Target));
            Assert.Same(p.Target, aligned.TargetOf(p.Source));
        });
    }

    [Fact]
    public void Aligning_an_empty_page_never_fails()
    {
        var empty = PageReader.Read("empty.md", "");
        var english = PageReader.Read("en.md", CleanPage.English);

        Assert.Empty(PageAligner.Align(empty, empty).Pairs);
        Assert.All(PageAligner.Align(english, empty).Pairs, p => Assert.Null(p.Target));
        Assert.All(PageAligner.Align(empty, english).Pairs, p => Assert.Null(p.Source));
        Assert.Equal(english.Units.Count, PageAligner.Align(english, empty).Pairs.Count);
    }
}
