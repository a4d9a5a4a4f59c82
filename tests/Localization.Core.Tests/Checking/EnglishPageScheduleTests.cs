using Localization.Core.Checking;

namespace Localization.Core.Tests.Checking;

/// <summary>A run checks the translations of one English page one after the other and gives its results in the plan's order.</summary>
public sealed class EnglishPageScheduleTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-schedule-" + Guid.NewGuid().ToString("N"));

    public EnglishPageScheduleTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static List<PairRequest> Plan(Random random)
    {
        var languages = random.Next(1, 6);
        var pages = random.Next(1, 12);
        var pairs = new List<PairRequest>();
        for (var l = 0; l < languages; l++)
        {
            for (var p = 0; p < pages; p++)
            {
                if (random.Next(4) > 0)
                {
                    pairs.Add(new PairRequest("l" + l, $"p{p}.md", $"l{l}/p{p}.md", $"/en/p{p}.md", $"/l{l}/p{p}.md"));
                }
            }
        }

        // Plans are not always language by language (mapping sessions, a page's own list of languages).
        return random.Next(3) == 0 ? [.. pairs.OrderBy(_ => random.Next())] : pairs;
    }

    [Fact]
    public void Every_pair_is_checked_once_each_pages_translations_together_in_plan_order_and_the_last_one_releases_the_page()
    {
        var random = new Random(15);
        for (var round = 0; round < 2_000; round++)
        {
            var pairs = Plan(random);
            var width = random.Next(1, 4);
            var schedule = EnglishPageSchedule.Of(pairs, width);
            Assert.Equal(Enumerable.Range(0, pairs.Count), schedule.Order.Order());

            // Each page's pairs keep the plan's order, and at most one page per worker is begun and not finished.
            var positions = new int[pairs.Count];
            for (var k = 0; k < schedule.Order.Length; k++)
            {
                positions[schedule.Order[k]] = k;
            }

            var groups = pairs.Select((p, i) => (p.SourceFullPath, i)).GroupBy(x => x.SourceFullPath).Select(g => g.Select(x => x.i).ToList()).ToList();
            foreach (var group in groups)
            {
                Assert.True(group.Zip(group.Skip(1)).All(x => positions[x.First] < positions[x.Second]));
            }

            for (var k = 0; k < schedule.Order.Length; k++)
            {
                var open = groups.Count(g => g.Min(i => positions[i]) <= k && g.Max(i => positions[i]) > k);
                Assert.True(open <= width, $"{open} pages begun at once by {width} workers");
            }

            // Done in the schedule's order: true exactly at each page's last pair.
            var released = new List<string>();
            foreach (var i in schedule.Order)
            {
                if (schedule.Done(i))
                {
                    released.Add(pairs[i].SourceFullPath);
                    Assert.DoesNotContain(schedule.Order.Skip(positions[i] + 1), j => pairs[j].SourceFullPath == pairs[i].SourceFullPath);
                }
            }

            Assert.Equal(groups.Count, released.Count);
            Assert.Equal(groups.Count, released.Distinct().Count());

            var results = schedule.InPairOrder(schedule.Order.Select(i => pairs[i]).ToArray());
            Assert.Equal(pairs, results);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void A_run_gives_each_pair_the_result_it_has_alone_in_the_plans_order(int parallelism)
    {
        var pairs = new List<PairRequest>();
        foreach (var language in new[] { "fr", "de", "ja" })
        {
            for (var p = 0; p < 4; p++)
            {
                var source = Path.Combine(_root, $"p{p}.md");
                var target = Path.Combine(_root, language, $"p{p}.md");
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(source, $"# Page {p}\n\nThe English text of page {p}, which readers see.\n\n- a list item of page {p}\n");
                File.WriteAllText(target, p % 2 == 0
                    ? $"# Page {p}\n\nThe English text of page {p}, which readers see.\n\n- élément {p} ({language})\n"
                    : $"# Seite {p}\n\nDer Text der Seite {p} ({language}).\n");
                pairs.Add(new PairRequest(language, $"p{p}.md", $"{language}/p{p}.md", source, target));
            }
        }

        var options = CheckOptions.Default with { Parallelism = parallelism, CheckCrossPageLinks = false };
        var run = new CheckEngine(options).Run(pairs);
        Assert.Equal(pairs.OrderBy(p => p.Language, StringComparer.Ordinal).ThenBy(p => p.Target, StringComparer.Ordinal), run.Files.Select(f => f.Pair));
        foreach (var file in run.Files)
        {
            var alone = new CheckEngine(options).CheckPair(file.Pair);
            Assert.Equal(alone.Stats, file.Stats);
            // The same findings in any order: the run and CheckPair may order tied findings differently, and the
            // report's order is FindingRuns' business, proven by the golden test.
            var unmatched = alone.Findings.ToList();
            Assert.All(file.Findings, finding => Assert.True(unmatched.Remove(finding), $"not found alone: {finding}"));
            Assert.Empty(unmatched);
        }

        Assert.NotEmpty(run.Findings);
    }
}
