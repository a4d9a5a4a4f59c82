using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Localization.Core.Checking;

namespace Localization.Benchmarks;

/// <summary>
/// The pathological-input corpus of the reliability checklist, N = 10^3, 10^4, 10^5 repetitions (then "a"),
/// as the translation of a short English page. The ns/unit column (time ÷ N) stays flat when the cost is linear.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PathologicalConfig))]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class PathologicalInputBenchmarks
{
    private const string English = "# Title\n\nA paragraph of English text.\n";

    private string _target = "";
    private PairRequest _pair = null!;

    // The reference corpus (md4c, markdown-it, pulldown-cmark issues) and the MkDocs constructs l10n adds.
    [Params("[", ">", "* ", "[a](<b", "<>", "a <![CDATA[", "]([\n", "`", "*a ", "[^1]", "|a\n|-\n", "!!! note\n    ", "<div markdown>\n", NestedInContainer, "<summary>")]
    public string Unit { get; set; } = "";

    [Params(1_000, 10_000, 100_000)]
    public int N { get; set; }

    /// <summary>N nested balanced tags on one line of an md_in_html block (each raw element asked whether it closes later).</summary>
    private const string NestedInContainer = "<div>×N</div>×N in md_in_html";

    [GlobalSetup]
    public void Setup()
    {
        _target = Unit == NestedInContainer
            ? "<div class=\"admonition note\" markdown>\n" + string.Concat(Enumerable.Repeat("<div>", N)) + string.Concat(Enumerable.Repeat("</div>", N)) + "a\n</div>\n"
            : string.Concat(Enumerable.Repeat(Unit, N)) + "a";
        _pair = new PairRequest("ko", "en.md", "ko.md", "en.md", "ko.md");
    }

    [Benchmark]
    public FileResult CheckHostileTranslation() => new CheckEngine(CheckOptions.Default with { FileTimeout = Timeout.InfiniteTimeSpan }).CheckTexts(_pair, English, _target);

    private sealed class PathologicalConfig : ManualConfig
    {
        public PathologicalConfig() => AddColumn(new PerUnitColumn());
    }

    /// <summary>Mean time divided by N: flat across N when the cost is linear.</summary>
    private sealed class PerUnitColumn() : DerivedColumn("ns-per-unit", "ns/unit", "Mean time divided by the number of repetitions N")
    {
        public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var n = (int)benchmarkCase.Parameters["N"];
            return summary[benchmarkCase]?.ResultStatistics is { } stats ? (stats.Mean / n).ToString("F1", CultureInfo.InvariantCulture) : "-";
        }
    }
}
