using System.Diagnostics;
using Localization.Core.Checking;

using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Reliability;

/// <summary>The hard time limit per file: a file over it becomes an invalid-file finding and the run goes on.</summary>
public sealed class FileTimeoutTests : IDisposable
{
    private readonly PairFolder _pairs = new();

    public void Dispose() => _pairs.Dispose();

    private PairRequest Pair(string name, string english, string translation) => _pairs.Pair(name, english, translation);

    [Fact]
    public void A_file_over_the_budget_is_given_up_with_a_finding_and_the_others_are_checked()
    {
        var big = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Paragraph {i} of a long page with [a link](https://example.org/{i}).\n\n"));
        var pairs = new[] { Pair("big", big, big.Replace("Paragraph", "단락", StringComparison.Ordinal)), Pair("small", "# Title\n", "# 제목\n") };
        var engine = new CheckEngine(CheckOptions.Default with { FileTimeout = TimeSpan.FromMilliseconds(1), Parallelism = 1, CheckCrossPageLinks = false });

        var watch = Stopwatch.StartNew();
        var result = engine.Run(pairs);

        var timedOut = Assert.Single(result.Findings, f => f.File == "big.ko.md");
        Assert.Equal("invalid-file", timedOut.Rule);
        Assert.Contains("took longer than 0.001 s (--file-timeout)", timedOut.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Files.Count);
        Assert.Contains(result.Files, f => f.Pair.Target == "small.ko.md");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"the run waited for the abandoned file: {watch.Elapsed}");
    }

    [Fact]
    public void A_file_over_the_budget_is_named_when_the_pairs_are_checked_english_page_by_english_page()
    {
        // The plan lists fr, then de; the engine checks big.md's two translations, then small.md's: the time-out must
        // still land on the pair that took too long, in both languages.
        var root = Path.Combine(Path.GetTempPath(), "l10n-timeout-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        try
        {
            var big = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Paragraph {i} of a long page with [a link](https://example.org/{i}).\n\n"));
            var pages = new Dictionary<string, string> { ["big"] = big, ["small"] = "# Title\n" };
            var pairs = new List<PairRequest>();
            foreach (var language in new[] { "fr", "de" })
            {
                foreach (var (name, english) in pages)
                {
                    File.WriteAllText(Path.Combine(root, name + ".md"), english);
                    File.WriteAllText(Path.Combine(root, $"{name}.{language}.md"), english.Replace("Paragraph", "Absatz", StringComparison.Ordinal));
                    pairs.Add(new PairRequest(language, name + ".md", $"{name}.{language}.md", Path.Combine(root, name + ".md"), Path.Combine(root, $"{name}.{language}.md")));
                }
            }

            var engine = new CheckEngine(CheckOptions.Default with { FileTimeout = TimeSpan.FromMilliseconds(1), Parallelism = 1, CheckCrossPageLinks = false });
            var result = engine.Run(pairs);

            Assert.Equal(pairs.Select(p => p.Target).Order(StringComparer.Ordinal), result.Files.Select(f => f.Pair.Target).Order(StringComparer.Ordinal));
            foreach (var file in new[] { "big.fr.md", "big.de.md" })
            {
                Assert.Contains(result.Findings, f => f.File == file && f.Rule == "invalid-file" && f.Message.Contains("(--file-timeout)", StringComparison.Ordinal));
                Assert.Contains(result.Files, f => f.Pair.Target == file && f.Findings.Any(x => x.Rule == "invalid-file"));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Without_a_limit_every_file_is_checked_to_the_end()
    {
        var pairs = Enumerable.Range(0, 8).Select(i => Pair("p" + i, $"# Title {i}\n\nText {i}.\n", $"# 제목 {i}\n\n본문 {i}.\n")).ToArray();
        var engine = new CheckEngine(CheckOptions.Default with { FileTimeout = Timeout.InfiniteTimeSpan, Parallelism = 3 });

        var result = engine.Run(pairs);

        Assert.Equal(8, result.Files.Count);
        Assert.DoesNotContain(result.Findings, f => f.Rule == "invalid-file");
        Assert.Equal(pairs.Select(p => p.Target).Order(StringComparer.Ordinal), result.Files.Select(f => f.Pair.Target));
    }
}
