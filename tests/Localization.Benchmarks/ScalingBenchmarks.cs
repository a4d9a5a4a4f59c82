using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Localization.Core.Checking;

namespace Localization.Benchmarks;

/// <summary>
/// The seed page pair (English + Korean real-time-communication.md) concatenated N times on both sides, checked
/// with CheckTexts. The MB and ms/MB columns show whether time per megabyte of input stays flat as pages grow.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ScalingConfig))]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class ScalingBenchmarks
{
    private string _source = "";
    private string _target = "";
    private PairRequest _pair = null!;

    [Params(1, 10, 100)]
    public int Copies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (_source, _target) = ScalingInput.Build(Copies);
        _pair = new PairRequest("ko", "en.md", "ko.md", "en.md", "ko.md");
    }

    [Benchmark]
    public FileResult CheckRepeatedPair() => new CheckEngine(CheckOptions.Default).CheckTexts(_pair, _source, _target);
}

/// <summary>Builds the repeated pages; shared by the benchmark and its throughput columns.</summary>
public static class ScalingInput
{
    public static (string Source, string Target) Build(int copies) =>
        (Repeat(Corpus.ReadSource(Corpus.SeedPage), copies), Repeat(Corpus.ReadTarget("ko", Corpus.SeedPage), copies));

    /// <summary>UTF-8 bytes of both sides together.</summary>
    public static long InputBytes(int copies)
    {
        var (source, target) = Build(copies);
        return Encoding.UTF8.GetByteCount(source) + Encoding.UTF8.GetByteCount(target);
    }

    private static string Repeat(string page, int copies)
    {
        var block = page.EndsWith('\n') ? page + "\n" : page + "\n\n";
        var builder = new StringBuilder(block.Length * copies);
        for (var i = 0; i < copies; i++)
        {
            builder.Append(block);
        }

        return builder.ToString();
    }
}

public sealed class ScalingConfig : ManualConfig
{
    public ScalingConfig()
    {
        AddColumn(new ThroughputColumn(perMegabyte: false), new ThroughputColumn(perMegabyte: true));
    }
}

/// <summary>"Input MB" (both sides, UTF-8) or "ms/MB" (mean time divided by input size).</summary>
public sealed class ThroughputColumn(bool perMegabyte) : DerivedColumn(
    perMegabyte ? "ms-per-MB" : "input-MB",
    perMegabyte ? "ms/MB" : "Input MB",
    perMegabyte ? "Mean time divided by the input size (ms per MB of English + Korean text)" : "Size of both pages together, UTF-8, in MB (10^6 bytes)",
    perMegabyte ? 1 : 0)
{
    private static readonly Dictionary<int, long> Sizes = [];

    public override string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Parameters["Copies"] is not int copies)
        {
            return "-";
        }

        double megabytes;
        lock (Sizes)
        {
            if (!Sizes.TryGetValue(copies, out var bytes))
            {
                bytes = ScalingInput.InputBytes(copies);
                Sizes[copies] = bytes;
            }

            megabytes = bytes / 1e6;
        }

        if (!perMegabyte)
        {
            return megabytes.ToString("0.000", CultureInfo.InvariantCulture);
        }

        var meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNs is { } ns ? (ns / 1e6 / megabytes).ToString("0.0", CultureInfo.InvariantCulture) : "NA";
    }
}
