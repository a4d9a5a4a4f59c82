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
        JsonItemBlocks.Write(json, sink, result.Findings, WriteFinding, _blockSize, _parallelism);

        json.WriteEndArray();
        json.WriteEndObject();
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
        FingerprintJson.Write(json, Names.Fingerprint, f);
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
    }
}
