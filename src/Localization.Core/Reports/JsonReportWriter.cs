using System.Text.Json;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Freshness;

namespace Localization.Core.Reports;

/// <summary>
/// The JSON report, version 1. Fields may be added, none removed or renamed: scripts depend on it.
/// </summary>
public sealed class JsonReportWriter : IReportWriter
{
    private readonly int _blockSize;
    private readonly int _parallelism;

    public JsonReportWriter()
        : this(JsonItemBlocks.DefaultBlockSize, 0)
    {
    }

    /// <summary>For tests: findings rendered in blocks of <paramref name="blockSize"/> on <paramref name="parallelism"/> threads (0: every core).</summary>
    internal JsonReportWriter(int blockSize, int parallelism)
    {
        _blockSize = blockSize;
        _parallelism = parallelism;
    }

    public string Name => "json";

    public void Write(CheckResult result, TextWriter output)
    {
        // The findings' first blocks render on the pool while this thread writes the summary and the files array: the
        // pool's threads idled for those 5-14 ms after the last page (AOT timelines of a site's run), before the first block.
        var findings = result.Findings;
        var blocks = JsonItemBlocks.Start(findings, (start, end, buffer) =>
        {
            using var renderer = new FindingJsonItems();
            renderer.Render(findings, start, end, buffer);
            return 0;
        }, _blockSize, _parallelism);
        try
        {
            Write(result, output, blocks);
        }
        catch
        {
            blocks.Abandon();
            throw;
        }
    }

    private void Write(CheckResult result, TextWriter output, JsonItemBlocks.Blocks<Finding> blocks)
    {
        using var sink = new JsonTextSink(output);
        var json = sink.Json;
        json.WriteStartObject();
        ToolInfo.WriteJsonHeader(json);

        json.WriteStartObject("summary");
        json.WriteNumber("files", result.Files.Count);
        var counts = result.CountsBySeverity();
        json.WriteNumber("errors", counts[(int)Severity.Error]);
        json.WriteNumber("warnings", counts[(int)Severity.Warning]);
        json.WriteNumber("infos", counts[(int)Severity.Info]);
        json.WriteNumber("skipped", result.SkippedSourceFiles);
        json.WriteEndObject();

        // Each file's freshness looks up every one of its findings' rules in three sets: on every core, not on the
        // report's one thread after the last page (8-14 ms of a 31-language site's tail in the fifth round's profiles, the other core idle).
        var freshness = new FreshnessVerdict[result.Files.Count];
        Parallel.For(0, freshness.Length, new ParallelOptions { MaxDegreeOfParallelism = _parallelism > 0 ? _parallelism : Environment.ProcessorCount }, i => freshness[i] = result.Files[i].Freshness.Verdict);
        json.WriteStartArray("files");
        for (var i = 0; i < result.Files.Count; i++)
        {
            var f = result.Files[i];
            json.WriteStartObject();
            json.WriteString("language", f.Pair.Language);
            json.WriteString("source", f.Pair.Source);
            json.WriteString("target", f.Pair.Target);
            json.WriteNumber("units", f.Stats.Units);
            json.WriteNumber("translated", f.Stats.Translated);
            json.WriteNumber("partial", f.Stats.Partial);
            json.WriteNumber("untranslated", f.Stats.Untranslated);
            json.WriteNumber("missing", f.Stats.Missing);
            json.WriteNumber("extra", f.Stats.Extra);
            json.WriteString("freshness", freshness[i].Name());
            json.WriteEndObject();

            // Handed on as it grows: the whole files array (1.2 MB for a site) was held in the writer's buffer,
            // which doubled up to 2 MB (4 MB of large arrays allocated after the last page count towards a full collection).
            sink.Pass();
        }

        json.WriteEndArray();

        json.WriteStartArray("findings");
        blocks.WriteTo(json, sink);
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
