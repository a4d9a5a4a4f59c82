using Localization.Core.Checking;
using Localization.Core.Findings;
using Xunit;

namespace Localization.Core.Tests.Checking;

/// <summary>
/// Sorting a run's findings page by page gives exactly the list that sorting them all at once gave (the same
/// objects in the same order), whether pages overlap, findings compare equal or loose findings fall between pages.
/// </summary>
public sealed class FindingRunsTests
{
    [Theory]
    [InlineData(1, false, false)]
    [InlineData(2, true, false)]
    [InlineData(3, false, true)]
    [InlineData(4, true, true)]
    public void Sorting_page_by_page_is_sorting_the_whole(int seed, bool overlapping, bool duplicates)
    {
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var pages = random.Next(0, 40);
            var runs = new List<IReadOnlyList<Finding>>();
            for (var p = 0; p < pages; p++)
            {
                // Pages in an order of their own (the planner's is by English path), each with its findings unsorted.
                var file = overlapping && random.Next(4) == 0 ? $"f{random.Next(pages)}.md" : $"f{(p * 7) % Math.Max(pages, 1):D3}.md";
                var language = p % 2 == 0 ? "ko" : "fr";
                runs.Add(Enumerable.Range(0, random.Next(0, 12)).Select(_ => Make(random, overlapping && random.Next(5) == 0 ? "fr" : language, file, duplicates)).ToList());
            }

            // A few loose findings, or many (the cross-page links' findings fall all over a site's pages).
            var loose = Enumerable.Range(0, random.Next(0, round % 2 == 0 ? 6 : 80)).Select(_ => Make(random, "ko", $"f{random.Next(Math.Max(pages, 1)):D3}.md", duplicates)).ToList();
            var expected = runs.SelectMany(r => r).Concat(loose).ToList();
            expected.Sort(FindingOrder.Instance);

            var actual = FindingRuns.Sort(runs, loose, 1 + (round % 3));
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Same(expected[i], actual[i]);
            }

            // Some pages sorted by their workers beforehand (the engine's way), the others not.
            var presorted = runs.Select(r => random.Next(3) == 0 ? (FindingRuns.SortedRun?)null : FindingRuns.SortRun(r)).ToList();
            var joined = FindingRuns.Sort(runs, loose, 1 + (round % 3), presorted);
            Assert.Equal(expected.Count, joined.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Same(expected[i], joined[i]);
            }
        }
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(6, true)]
    public void Loose_findings_given_page_by_page_are_sorted_as_one_list_would_be(int seed, bool duplicates)
    {
        // The cross-page link pass's shape: pages in order (or, in some rounds, not), each page's findings in the order found.
        var random = new Random(seed);
        for (var round = 0; round < 300; round++)
        {
            var pages = random.Next(1, 30);
            var runs = Enumerable.Range(0, pages).Select(p => (IReadOnlyList<Finding>)Enumerable.Range(0, random.Next(0, 6))
                .Select(_ => Make(random, "ko", $"f{p:D3}.md", duplicates)).ToList()).ToList();
            var order = Enumerable.Range(0, pages).ToList();
            if (round % 3 == 0)
            {
                order = [.. order.OrderBy(_ => random.Next())];
            }

            var loose = order.SelectMany(p => Enumerable.Range(0, random.Next(0, 8)).Select(_ => Make(random, round % 5 == 0 && random.Next(2) == 0 ? "fr" : "ko", $"f{p:D3}.md", duplicates))).ToList();
            var expected = runs.SelectMany(r => r).Concat(loose).ToList();
            expected.Sort(FindingOrder.Instance);

            var actual = FindingRuns.Sort(runs, loose, 2, [.. runs.Select(r => (FindingRuns.SortedRun?)FindingRuns.SortRun(r))]);
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Same(expected[i], actual[i]);
            }
        }
    }

    [Fact]
    public void A_site_whose_pages_are_in_order_of_their_translations_needs_no_whole_sort()
    {
        var runs = Enumerable.Range(0, 100).Select(p => (IReadOnlyList<Finding>)Enumerable.Range(0, 20).Reverse()
            .Select(l => Finding("ko", $"i18n/ko/{p:D3}.md", l + 1, 1, "untranslated-block", "m")).ToList()).ToList();
        var sorted = FindingRuns.Sort(runs, [Finding("ko", "i18n/ko/050.md", 3, 2, "anchor-broken", "x")], 2);
        Assert.Equal(2001, sorted.Count);
        Assert.Equal("anchor-broken", sorted[(50 * 20) + 3].Rule);
        Assert.True(sorted.Zip(sorted.Skip(1)).All(p => FindingOrder.Instance.Compare(p.First, p.Second) < 0));
    }

    [Fact]
    public void Equal_loose_findings_in_order_or_not_give_the_sort_of_the_whole()
    {
        // Each case: the loose findings' pages in order with two equal findings on one page, then the same pages out of
        // order; the sorted list is the concatenation's sort either way (its order of the equal two included).
        var runs = Enumerable.Range(0, 3).Select(p => (IReadOnlyList<Finding>)[Finding("ko", $"i18n/ko/{p}.md", 9, 1, "untranslated-block", "m")]).ToList();
        var first = Finding("ko", "i18n/ko/0.md", 2, 1, "anchor-broken", "same");
        var second = Finding("ko", "i18n/ko/0.md", 2, 1, "anchor-broken", "same");
        var other = Finding("ko", "i18n/ko/2.md", 1, 1, "anchor-broken", "x");
        Finding[][] cases = [[first, second, other], [other, second, first]];
        foreach (var loose in cases)
        {
            var expected = runs.SelectMany(r => r).Concat(loose).ToList();
            expected.Sort(FindingOrder.Instance);
            var sorted = FindingRuns.Sort(runs, loose, 2);
            Assert.Equal(expected.Count, sorted.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Same(expected[i], sorted[i]);
            }
        }
    }

    private static Finding Make(Random random, string language, string file, bool duplicates) =>
        Finding(language, file, random.Next(1, duplicates ? 4 : 400), random.Next(1, duplicates ? 2 : 80), duplicates && random.Next(2) == 0 ? "a" : "untranslated-block", duplicates ? "same" : $"m{random.Next(1000)}");

    private static Finding Finding(string language, string file, int line, int column, string rule, string message) => new()
    {
        Rule = rule,
        RuleId = "LC000",
        Severity = Severity.Warning,
        Language = language,
        File = file,
        Line = line,
        Column = column,
        Message = message,
        Fingerprint = Guid.NewGuid().ToString("N"),
    };
}
