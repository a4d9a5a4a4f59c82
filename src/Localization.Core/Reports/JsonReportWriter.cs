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
    public string Name => "json";

    /// <summary>Findings per piece written on its own thread (about 0.8 MB of JSON).</summary>
    private const int FindingsPerPiece = 1024;

    public void Write(CheckResult result, TextWriter output) => Write(result, output, FindingsPerPiece);

    /// <summary>The report, its findings written in pieces of <paramref name="findingsPerPiece"/> on several threads when there are more.</summary>
    internal static void Write(CheckResult result, TextWriter output, int findingsPerPiece)
    {
        using var sink = new JsonTextSink(output);
        var json = sink.Json;
        json.WriteStartObject();
        ToolInfo.WriteJsonHeader(json);

        json.WriteStartObject("summary");
        json.WriteNumber("files", result.Files.Count);
        json.WriteNumber("errors", result.Count(Severity.Error));
        json.WriteNumber("warnings", result.Count(Severity.Warning));
        json.WriteNumber("infos", result.Count(Severity.Info));
        json.WriteNumber("skipped", result.SkippedSourceFiles);
        json.WriteEndObject();

        json.WriteStartArray("files");
        foreach (var f in result.Files)
        {
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
            json.WriteString("freshness", f.Freshness.Verdict.Name());
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("findings");
        if (result.Findings.Count > findingsPerPiece)
        {
            WriteInPieces(sink, result.Findings, findingsPerPiece);
            return;
        }

        foreach (var f in result.Findings)
        {
            WriteFinding(json, f);
            sink.Pass();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>
    /// Writes the findings and the end of the report: pieces made side by side, each by a writer of its own
    /// inside the same two levels of nesting (so its indentation is the report's), and written in order. The
    /// report of a whole site is written after every page is done; on one thread it was the run's serial tail.
    /// </summary>
    private static void WriteInPieces(JsonTextSink sink, IReadOnlyList<Finding> findings, int size)
    {
        var pieces = (findings.Count + size - 1) / size;
        var buffers = new System.Buffers.ArrayBufferWriter<byte>[2 * Environment.ProcessorCount];
        var starts = new int[buffers.Length];
        for (var i = 0; i < buffers.Length; i++)
        {
            buffers[i] = new System.Buffers.ArrayBufferWriter<byte>();
        }

        for (var first = 0; first < pieces; first += buffers.Length)
        {
            var count = Math.Min(buffers.Length, pieces - first);
            var round = first;
            Parallel.For(0, count, i =>
            {
                var piece = round + i;
                starts[i] = WritePiece(findings, piece * size, Math.Min(findings.Count, (piece + 1) * size), piece == pieces - 1, buffers[i]);
            });

            for (var i = 0; i < count; i++)
            {
                if (first + i > 0)
                {
                    sink.WriteRaw(","u8);
                }

                sink.WriteRaw(buffers[i].WrittenSpan[starts[i]..]);
            }
        }
    }

    /// <summary>Findings [from, to) as the report has them (the last piece with the ends of the array and report); returns where they start in the buffer.</summary>
    private static int WritePiece(IReadOnlyList<Finding> findings, int from, int to, bool last, System.Buffers.ArrayBufferWriter<byte> buffer)
    {
        buffer.ResetWrittenCount();
        using var json = new Utf8JsonWriter(buffer, ToolInfo.JsonOptions);
        json.WriteStartObject();
        json.WriteStartArray(Names.Findings);
        json.Flush();
        var start = buffer.WrittenCount;
        for (var i = from; i < to; i++)
        {
            WriteFinding(json, findings[i]);
        }

        if (last)
        {
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.Flush();
        return start;
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding f)
    {
        // Property names encoded once: a site's report writes a hundred thousand findings.
        json.WriteStartObject();
        json.WriteString(Names.Rule, f.Rule);
        json.WriteString(Names.RuleId, f.RuleId);
        json.WriteString(Names.Severity, f.Severity.Name());
        json.WriteString(Names.Language, f.Language);
        json.WriteString(Names.File, f.File);
        json.WriteNumber(Names.Line, f.Line);
        json.WriteNumber(Names.Column, f.Column);
        json.WriteNumber(Names.EndLine, f.EndLine);
        json.WriteNumber(Names.EndColumn, f.EndColumn);
        if (f.Source is { } source)
        {
            json.WriteStartObject(Names.Source);
            json.WriteString(Names.File, source.File);
            json.WriteNumber(Names.Line, source.Line);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull(Names.Source);
        }

        json.WriteString(Names.Message, f.Message);
        WriteOptional(json, Names.SourceText, f.SourceText);
        WriteOptional(json, Names.TargetText, f.TargetText);
        WriteOptional(json, Names.Unit, f.UnitId);
        json.WriteString(Names.Fingerprint, f.Fingerprint);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, JsonEncodedText name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static class Names
    {
        public static readonly JsonEncodedText Rule = JsonEncodedText.Encode("rule");
        public static readonly JsonEncodedText RuleId = JsonEncodedText.Encode("ruleId");
        public static readonly JsonEncodedText Severity = JsonEncodedText.Encode("severity");
        public static readonly JsonEncodedText Language = JsonEncodedText.Encode("language");
        public static readonly JsonEncodedText File = JsonEncodedText.Encode("file");
        public static readonly JsonEncodedText Line = JsonEncodedText.Encode("line");
        public static readonly JsonEncodedText Column = JsonEncodedText.Encode("column");
        public static readonly JsonEncodedText EndLine = JsonEncodedText.Encode("endLine");
        public static readonly JsonEncodedText EndColumn = JsonEncodedText.Encode("endColumn");
        public static readonly JsonEncodedText Source = JsonEncodedText.Encode("source");
        public static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
        public static readonly JsonEncodedText SourceText = JsonEncodedText.Encode("sourceText");
        public static readonly JsonEncodedText TargetText = JsonEncodedText.Encode("targetText");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Fingerprint = JsonEncodedText.Encode("fingerprint");
        public static readonly JsonEncodedText Findings = JsonEncodedText.Encode("findings");
    }
}
