using System.Text.Json;
using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Rules;

namespace Localization.Core.Reports;

/// <summary>
/// SARIF 2.1.0, for code-scanning tools (GitHub code scanning, GitLab, IDE viewers): the rule catalogue in
/// <c>tool.driver.rules</c>, one result per finding with its 1-based region in the translated file (paths
/// relative to the project directory, <c>uriBaseId</c> PROJECTROOT), the English text as a related location,
/// and the finding's line-independent fingerprint in <c>partialFingerprints</c>, so a finding keeps its
/// identity across commits. Complete: every finding, whatever the text view collapses.
/// </summary>
public sealed class SarifReportWriter : IReportWriter
{
    public const string UriBaseId = "PROJECTROOT";

    public const string FingerprintKey = "l10nFingerprint/v1";

    private static readonly JsonEncodedText FingerprintName = JsonEncodedText.Encode(FingerprintKey, ToolInfo.JsonOptions.Encoder);

    public string Name => "sarif";

    public void Write(CheckResult result, TextWriter output)
    {
        using var sink = new JsonTextSink(output);
        var json = sink.Json;
        json.WriteStartObject();
        json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.WriteString("version", "2.1.0");
        json.WriteStartArray("runs");
        json.WriteStartObject();

        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.RulesDocumentationUri);
        json.WriteStartArray("rules");
        var ruleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var rule in RuleRegistry.All)
        {
            ruleIndex[rule.Name] = ruleIndex.Count;
            WriteRule(json, rule);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteStartObject("originalUriBaseIds");
        json.WriteStartObject(UriBaseId);
        json.WriteStartObject("description");
        json.WriteString("text", "The project directory (where crowdin.yml is, or the current directory in pair mode).");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();

        json.WriteString("columnKind", "utf16CodeUnits");
        json.WriteStartArray("results");
        foreach (var finding in result.Findings)
        {
            WriteResult(json, finding, ruleIndex);
            sink.Pass();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>SARIF's level for a severity (info is a note).</summary>
    public static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static void WriteRule(Utf8JsonWriter json, RuleDescriptor rule)
    {
        json.WriteStartObject();
        json.WriteString("id", rule.Id);
        json.WriteString("name", rule.Name);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", FirstSentence(rule.Description));
        json.WriteEndObject();
        json.WriteStartObject("fullDescription");
        json.WriteString("text", rule.Description);
        json.WriteEndObject();
        json.WriteStartObject("help");
        json.WriteString("text", rule.Help);
        json.WriteEndObject();
        json.WriteString("helpUri", ToolInfo.RulesDocumentationUri + rule.DocFile);
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule.DefaultSeverity));
        json.WriteEndObject();
        json.WriteStartObject("properties");
        json.WriteStartArray("tags");
        json.WriteStringValue("localization");
        json.WriteStringValue(rule.Category.ToString().ToLowerInvariant());
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)];
    }

    private static void WriteResult(Utf8JsonWriter json, Finding f, Dictionary<string, int> ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", f.RuleId);
        if (ruleIndex.TryGetValue(f.Rule, out var index))
        {
            json.WriteNumber("ruleIndex", index);
        }

        json.WriteString("level", Level(f.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", f.Message);
        json.WriteEndObject();

        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, f.File, f.Line, f.Column, f.EndLine, f.EndColumn, f.TargetText);
        json.WriteEndObject();
        json.WriteEndArray();

        if (f.Source is { } source)
        {
            json.WriteStartArray("relatedLocations");
            json.WriteStartObject();
            json.WriteNumber("id", 1);
            WritePhysicalLocation(json, source.File, source.Line, 0, 0, 0, f.SourceText);
            json.WriteStartObject("message");
            json.WriteString("text", f.SourceText is { } english ? $"English: {english}" : "the English page");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
        }

        json.WriteStartObject("partialFingerprints");
        FingerprintJson.Write(json, FingerprintName, f);
        json.WriteEndObject();

        json.WriteStartObject("properties");
        json.WriteString("language", f.Language);
        json.WriteString("rule", f.Rule);
        if (f.UnitId is { } unit)
        {
            json.WriteString("unit", unit);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string file, int line, int column, int endLine, int endColumn, string? snippet)
    {
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", RelativeUri(file));
        json.WriteString("uriBaseId", UriBaseId);
        json.WriteEndObject();
        if (line > 0)
        {
            // A finding about the whole file (line 0) has no region: SARIF regions are 1-based.
            json.WriteStartObject("region");
            json.WriteNumber("startLine", line);
            if (column > 0)
            {
                json.WriteNumber("startColumn", column);
                json.WriteNumber("endLine", Math.Max(line, endLine));
                json.WriteNumber("endColumn", endLine > line ? Math.Max(1, endColumn) : Math.Max(column, endColumn));
            }

            if (snippet is { Length: > 0 })
            {
                json.WriteStartObject("snippet");
                json.WriteString("text", snippet);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>A relative path as a URI reference: each segment percent-encoded (spaces, '#', '%', non-ASCII).</summary>
    internal static string RelativeUri(string path) =>
        string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
}
