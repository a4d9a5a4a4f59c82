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
