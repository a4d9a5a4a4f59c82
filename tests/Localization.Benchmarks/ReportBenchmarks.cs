using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Localization.Core.Checking;
using Localization.Core.Reports;

namespace Localization.Benchmarks;

/// <summary>
/// Writing the JSON report of the whole 2026-03 corpus (ko, fr, ja) to a file, as <c>check --format json -o</c>
/// does after every page is checked: the run's serial tail.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ReportBenchmarks
{
    private CheckResult? _result;
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"l10n-report-bench-{Environment.ProcessId}.json");

    [GlobalSetup]
    public void Setup() => _result = new CheckEngine(CheckOptions.Default).Run(Corpus.AllPairs(Corpus.Languages));

    [GlobalCleanup]
    public void Cleanup() => File.Delete(_path);

    [Benchmark]
    public void WriteJsonReport_ko_fr_ja()
    {
        using var file = new StreamWriter(new FileStream(_path, FileMode.Create, FileAccess.Write, FileShare.None, 65536), new System.Text.UTF8Encoding(false));
        new JsonReportWriter().Write(_result!, file);
    }
}
