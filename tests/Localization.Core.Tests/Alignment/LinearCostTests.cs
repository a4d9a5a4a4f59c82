using Localization.Core.Alignment;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

/// <summary>Smoke test of the aligner's cost: a page repeated 50 times is aligned completely (no timing assertion).</summary>
public sealed class LinearCostTests
{
    private static string Repeat(string page, int times)
    {
        var end = page.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5;
        var body = page[end..];
        return page[..end] + string.Concat(Enumerable.Repeat(body + "\n", times));
    }

    [Fact]
    public void A_page_repeated_50_times_is_aligned_unit_for_unit()
    {
        var english = PageReader.Read("en.md", Repeat(CleanPage.English, 50));
        var korean = PageReader.Read("ko.md", Repeat(CleanPage.Korean, 50));
        Assert.True(english.Units.Count > 1000);

        var aligned = PageAligner.Align(english, korean);

        Assert.Equal(english.Units.Count, aligned.Pairs.Count);
        Assert.All(aligned.Pairs, p => Assert.True(p.IsMatched && p.Source!.Index == p.Target!.Index, $"misaligned: {p.Source} / {p.Target}"));
    }

    [Fact]
    public void A_page_repeated_50_times_checks_clean()
    {
        var result = Checker.Check(Repeat(CleanPage.English, 50), Repeat(CleanPage.Korean, 50));

        Assert.True(result.Findings.Count == 0, Checker.Describe(result.Findings.Take(20)));
    }

    private static void AssertOneMissingBlock(int times, double where)
    {
        const string dropped = "설치 파일이 진짜인지 확인하려면 `example --verify`를 실행하세요.\n\n";
        var korean = Repeat(CleanPage.Korean, times);
        var at = korean.IndexOf(dropped, (int)(korean.Length * where), StringComparison.Ordinal);
        var target = korean[..at] + korean[(at + dropped.Length)..];

        var findings = Checker.Check(Repeat(CleanPage.English, times), target).Findings;

        Assert.True(findings.Count == 1 && findings[0].Rule == "missing-block" && findings[0].Line == target.AsSpan(0, at).Count('\n') + 1,
            $"expected one missing-block on line {target.AsSpan(0, at).Count('\n') + 1} (before the code block that followed the dropped paragraph), got:{Environment.NewLine}{Checker.Describe(findings)}");
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void A_page_repeated_10_times_with_one_paragraph_dropped_is_aligned_around_it(double where) => AssertOneMissingBlock(10, where);

    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    public void A_page_repeated_50_times_with_one_paragraph_dropped_is_aligned_around_it(double where) => AssertOneMissingBlock(50, where);

    [Theory]
    [InlineData(0.9)]
    public void A_page_repeated_50_times_with_one_paragraph_dropped_near_the_end_is_aligned_around_it(double where) => AssertOneMissingBlock(50, where);
}
