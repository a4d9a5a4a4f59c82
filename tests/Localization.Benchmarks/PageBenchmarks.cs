using BenchmarkDotNet.Attributes;
using Localization.Core.Alignment;
using Localization.Core.Checking;
using Localization.Core.Units;

namespace Localization.Benchmarks;

/// <summary>One page (docs/real-time-communication.md, ~15 KB) and its Korean translation.</summary>
[MemoryDiagnoser]
public class PageBenchmarks
{
    private string _source = "";
    private string _target = "";
    private PageModel? _sourcePage;
    private PageModel? _targetPage;
    private PairRequest _pair = null!;

    [GlobalSetup]
    public void Setup()
    {
        _source = Corpus.ReadSource(Corpus.SeedPage);
        _target = Corpus.ReadTarget("ko", Corpus.SeedPage);
        _sourcePage = PageReader.Read("docs/" + Corpus.SeedPage, _source);
        _targetPage = PageReader.Read("i18n/ko/" + Corpus.SeedPage, _target);
        _pair = new PairRequest("ko", "docs/" + Corpus.SeedPage, "i18n/ko/" + Corpus.SeedPage, "docs/" + Corpus.SeedPage, "i18n/ko/" + Corpus.SeedPage);
    }

    /// <summary>Markdig parse + cutting into translation units, English page.</summary>
    [Benchmark]
    public PageModel ParsePage() => PageReader.Read("docs/" + Corpus.SeedPage, _source);

    /// <summary>Alignment alone, on pages parsed once in setup.</summary>
    [Benchmark]
    public AlignedPage AlignParsedPages() => PageAligner.Align(_sourcePage!, _targetPage!);

    /// <summary>Parse both sides, align and run every rule (what one pair costs in a run, less the file read).</summary>
    [Benchmark]
    public FileResult CheckPagePair() => new CheckEngine(CheckOptions.Default).CheckTexts(_pair, _source, _target);
}
