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
        foreach (var f in result.Findings)
        {
            WriteFinding(json, f);
            sink.Pass();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter json, Finding f)
    {
        json.WriteStartObject();
        json.WriteString("rule", f.Rule);
        json.WriteString("ruleId", f.RuleId);
        json.WriteString("severity", f.Severity.Name());
        json.WriteString("language", f.Language);
        json.WriteString("file", f.File);
        json.WriteNumber("line", f.Line);
        json.WriteNumber("column", f.Column);
        json.WriteNumber("endLine", f.EndLine);
        json.WriteNumber("endColumn", f.EndColumn);
        if (f.Source is { } source)
        {
            json.WriteStartObject("source");
            json.WriteString("file", source.File);
            json.WriteNumber("line", source.Line);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("source");
        }

        json.WriteString("message", f.Message);
        WriteOptional(json, "sourceText", f.SourceText);
        WriteOptional(json, "targetText", f.TargetText);
        WriteOptional(json, "unit", f.UnitId);
        json.WriteString("fingerprint", f.Fingerprint);
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
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
}
