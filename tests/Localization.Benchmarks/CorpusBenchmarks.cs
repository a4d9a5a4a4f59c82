using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Localization.Core.Checking;

namespace Localization.Benchmarks;

/// <summary>
/// The whole 2026-03 corpus for ko, fr and ja (~370 pairs) in-process: files are read from disk (page
/// cache warm after the first iteration), each English page parsed once per run, pairs checked on all cores.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class CorpusBenchmarks
{
    private IReadOnlyList<PairRequest> _pairs = [];

    [GlobalSetup]
    public void Setup() => _pairs = Corpus.AllPairs(Corpus.Languages);

    /// <summary>A new engine per invocation, so English pages are not cached across runs.</summary>
    [Benchmark]
    public CheckResult CheckCorpus_ko_fr_ja() => new CheckEngine(CheckOptions.Default).Run(_pairs);
}
