using System.Collections.Concurrent;
using Localization.Core.Checking;

namespace Localization.Core.Tests.Checking;

/// <summary>Views get each checked page from the engine, with its aligned units, once per pair.</summary>
public sealed class PageSinkTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-sink-" + Guid.NewGuid().ToString("N"));

    public PageSinkTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private PairRequest Pair(string language, string name, string english, string? translation)
    {
        var source = Path.Combine(_root, name + ".en.md");
        var target = Path.Combine(_root, name + "." + language + ".md");
        File.WriteAllText(source, english);
        if (translation is not null)
        {
            File.WriteAllText(target, translation);
        }

        return new PairRequest(language, name + ".en.md", name + "." + language + ".md", source, target);
    }

    [Fact]
    public void Every_pair_reaches_the_sink_once_with_its_own_aligned_page_even_when_files_are_identical()
    {
        const string english = "# Title\n\nA sentence in English.\n";
        const string copy = "# 제목\n\nA sentence in English.\n";
        var pairs = new[]
        {
            Pair("ko", "a", english, copy),
            Pair("ja", "a", english, copy),
            Pair("ko", "missing", english, null),
        };
        var sink = new CollectingSink();
        var result = new CheckEngine(CheckOptions.Default with { PageSink = sink, Parallelism = 2 }).Run(pairs);

        Assert.Equal(3, sink.Pages.Count);
        Assert.Equal(pairs.Select(p => p.Target).Order(StringComparer.Ordinal), sink.Pages.Select(p => p.Pair.Target).Order(StringComparer.Ordinal));
        var ko = sink.Pages.Single(p => p.Pair.Target == "a.ko.md");
        var ja = sink.Pages.Single(p => p.Pair.Target == "a.ja.md");
        Assert.NotNull(ko.Page);
        Assert.NotSame(ko.Page, ja.Page);
        var paragraph = ko.Page!.Matched.Single(p => p.Target!.Kind == Localization.Core.Units.UnitKind.Paragraph).Target!;
        Assert.True(ko.Context!.VerdictOf(paragraph).IsFullyUntranslated);
        Assert.All(ko.Result.Findings, f => Assert.Equal("a.ko.md", f.File));
        Assert.Null(sink.Pages.Single(p => p.Pair.Target == "missing.ko.md").Page);
        Assert.Equal(result.Files.Sum(f => f.Findings.Count), sink.Pages.Sum(p => p.Result.Findings.Count));
    }

    [Fact]
    public void A_pair_that_timed_out_never_reaches_the_sink()
    {
        var big = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"Paragraph {i} with [a link](https://example.org/{i}).\n\n"));
        var pairs = new[] { Pair("ko", "big", big, big.Replace("Paragraph", "단락", StringComparison.Ordinal)), Pair("ko", "small", "# Title\n", "# 제목\n") };
        var sink = new CollectingSink();
        new CheckEngine(CheckOptions.Default with { PageSink = sink, FileTimeout = TimeSpan.FromMilliseconds(1), Parallelism = 1, CheckCrossPageLinks = false }).Run(pairs);

        // The abandoned job goes on in the background (a 1 MB page takes well under 3 s); when it ends, its page
        // must not arrive after the run, when a view has already been written.
        Thread.Sleep(TimeSpan.FromSeconds(3));
        Assert.DoesNotContain(sink.Pages, p => p.Pair.Target == "big.ko.md");
    }

    private sealed class CollectingSink : ICheckedPageSink
    {
        public ConcurrentBag<CheckedPage> Pages { get; } = [];

        public void Accept(CheckedPage page) => Pages.Add(page);
    }
}
