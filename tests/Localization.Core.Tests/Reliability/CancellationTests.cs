using System.Collections.Concurrent;
using Localization.Core.Alignment;
using Localization.Core.Checking;
using Localization.Core.Units;

using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Reliability;

/// <summary>
/// --file-timeout under load (issue 18): a page given up stops (the parser, the aligner and the rules check
/// its cancellation), and a page's time is its own, so pathological pages cannot make trivial ones time out.
/// </summary>
public sealed class CancellationTests : IDisposable
{
    private readonly PairFolder _pairs = new();

    public void Dispose() => _pairs.Dispose();

    private PairRequest Pair(string name, string english, string translation) => _pairs.Pair(name, english, translation);

    [Fact]
    public void The_parser_stops_inside_Markdig_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var pathological = string.Concat(Enumerable.Repeat("a <![CDATA[", 1000));
        Assert.ThrowsAny<OperationCanceledException>(() => PageReader.ReadCancellable("ko.md", pathological, null, null, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => PageReader.ReadCancellable("ko.md", string.Concat(Enumerable.Repeat("[", 1000)), null, null, cancelled.Token));
        Assert.NotNull(PageReader.Read("ko.md", pathological)); // without a token nothing changes
    }

    [Fact]
    public void The_aligner_and_the_rules_stop_when_cancelled()
    {
        var page = PageReader.Read("en.md", "# Title\n\nA paragraph.\n");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PageAligner.AlignCancellable(page, page, cancelled.Token));

        var aligned = PageAligner.Align(page, page);
        var context = new Localization.Core.Rules.PageCheckContext(aligned, "ko", "en.md", "ko.md", new Localization.Core.Analysis.SourcePageIndex(page), PageReaderOptions.Default, []) { Cancellation = cancelled.Token };
        Assert.ThrowsAny<OperationCanceledException>(() => context.VerdictOf(aligned.Target.Units[0]));
    }

    [Fact]
    public void Pathological_pages_that_time_out_do_not_make_trivial_pages_time_out()
    {
        // The reproduction: 6 pathological pages and 10 trivial ones, a 1-second limit, 2 jobs at once.
        // Before: the abandoned pages kept running and the trivial pages' clocks ran while they waited in the
        // queue, so 2 to 6 of them were reported as timed out and their real findings lost.
        var pathological = string.Concat(Enumerable.Repeat("a <![CDATA[", 100_000));
        var pairs = new List<PairRequest>();
        for (var i = 0; i < 6; i++)
        {
            pairs.Add(Pair("slow" + i, "# Title\n\nSome English text.\n", pathological + i));
        }

        for (var i = 0; i < 10; i++)
        {
            pairs.Add(Pair("trivial" + i, "# Title\n\nSome English text.\n", "# 제목\n\nSome English text.\n"));
        }

        var sink = new RecordingSink();
        var engine = new CheckEngine(CheckOptions.Default with { FileTimeout = TimeSpan.FromSeconds(1), Parallelism = 2, PageSink = sink });
        var result = engine.Run(pairs);

        foreach (var trivial in result.Files.Where(f => f.Pair.Target.StartsWith("trivial", StringComparison.Ordinal)))
        {
            Assert.DoesNotContain(trivial.Findings, f => f.Rule == "invalid-file");
            Assert.Contains(trivial.Findings, f => f.Rule == "untranslated-block"); // the real finding is there
        }

        // The sink's contract: every page that was not given up, each once; none given up; none after Run.
        var timedOut = result.Files.Where(f => f.Findings.Any(x => x.Message.Contains("--file-timeout", StringComparison.Ordinal))).Select(f => f.Pair.Target).ToHashSet();
        var received = sink.Targets.ToArray();
        Assert.Equal(received.Length, received.Distinct().Count());
        Assert.DoesNotContain(received, timedOut.Contains);
        Assert.Equal(result.Files.Count - timedOut.Count, received.Length);
        sink.Closed = true;
        Thread.Sleep(300);
        Assert.False(sink.CalledAfterClose, "the sink got a page after Run returned");
    }

    private sealed class RecordingSink : ICheckedPageSink
    {
        public ConcurrentQueue<string> Targets { get; } = new();

        public bool Closed { get; set; }

        public bool CalledAfterClose { get; private set; }

        public void Accept(CheckedPage page)
        {
            if (Closed)
            {
                CalledAfterClose = true;
            }

            Targets.Enqueue(page.Pair.Target);
        }
    }
}
