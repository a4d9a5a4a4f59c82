using System.Text.Json;
using Localization.Core.Rules;

namespace Localization.Cli.Tests.Support;

/// <summary>Parses a JSON report and checks it against the documented version-1 shape.</summary>
internal static class JsonReport
{
    public static readonly string[] TopLevel = ["version", "tool", "summary", "files", "findings"];
    public static readonly string[] Summary = ["files", "errors", "warnings", "infos"];
    public static readonly string[] FileStrings = ["language", "source", "target"];
    public static readonly string[] FileNumbers = ["units", "translated", "partial", "untranslated", "missing", "extra"];
    public static readonly string[] FindingStrings = ["rule", "severity", "language", "file", "message"];
    public static readonly string[] FindingNumbers = ["line", "column", "endLine", "endColumn"];
    public static readonly string[] FindingNullableStrings = ["sourceText", "targetText"];

    /// <summary>Parses <paramref name="json"/>, asserts the documented shape and returns the document.</summary>
    public static JsonDocument ParseAndValidate(string json)
    {
        var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Object, root.ValueKind);
        HasProperties(root, TopLevel, "report");

        Assert.Equal(JsonValueKind.Number, root.GetProperty("version").ValueKind);
        Assert.Equal(1, root.GetProperty("version").GetInt32());

        var tool = root.GetProperty("tool");
        Assert.Equal(JsonValueKind.Object, tool.ValueKind);
        Assert.Equal("l10n", tool.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.String, tool.GetProperty("version").ValueKind);
        Assert.Matches(@"^\d+\.\d+\.\d+", tool.GetProperty("version").GetString());

        var summary = root.GetProperty("summary");
        HasProperties(summary, Summary, "summary");
        foreach (var name in Summary)
        {
            Assert.Equal(JsonValueKind.Number, summary.GetProperty(name).ValueKind);
        }

        var files = root.GetProperty("files");
        Assert.Equal(JsonValueKind.Array, files.ValueKind);
        foreach (var file in files.EnumerateArray())
        {
            HasProperties(file, [.. FileStrings, .. FileNumbers], "files[]");
            foreach (var name in FileStrings)
            {
                Assert.Equal(JsonValueKind.String, file.GetProperty(name).ValueKind);
            }

            foreach (var name in FileNumbers)
            {
                Assert.Equal(JsonValueKind.Number, file.GetProperty(name).ValueKind);
                Assert.True(file.GetProperty(name).GetInt32() >= 0, name);
            }

            IsProjectPath(file.GetProperty("source").GetString()!);
            IsProjectPath(file.GetProperty("target").GetString()!);
            Assert.Equal(
                file.GetProperty("units").GetInt32(),
                file.GetProperty("translated").GetInt32() + file.GetProperty("partial").GetInt32() + file.GetProperty("untranslated").GetInt32() + file.GetProperty("missing").GetInt32());
        }

        var findings = root.GetProperty("findings");
        Assert.Equal(JsonValueKind.Array, findings.ValueKind);
        var ruleNames = RuleRegistry.All.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var finding in findings.EnumerateArray())
        {
            HasProperties(finding, [.. FindingStrings, .. FindingNumbers, "source", .. FindingNullableStrings], "findings[]");
            foreach (var name in FindingStrings)
            {
                Assert.Equal(JsonValueKind.String, finding.GetProperty(name).ValueKind);
            }

            foreach (var name in FindingNumbers)
            {
                Assert.Equal(JsonValueKind.Number, finding.GetProperty(name).ValueKind);
                Assert.True(finding.GetProperty(name).GetInt32() >= 0, name);
            }

            foreach (var name in FindingNullableStrings)
            {
                Assert.Contains(finding.GetProperty(name).ValueKind, new[] { JsonValueKind.String, JsonValueKind.Null });
            }

            Assert.Contains(finding.GetProperty("rule").GetString()!, ruleNames);
            Assert.Contains(finding.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            IsProjectPath(finding.GetProperty("file").GetString()!);
            var source = finding.GetProperty("source");
            Assert.Contains(source.ValueKind, new[] { JsonValueKind.Object, JsonValueKind.Null });
            if (source.ValueKind == JsonValueKind.Object)
            {
                HasProperties(source, ["file", "line"], "findings[].source");
                Assert.Equal(JsonValueKind.String, source.GetProperty("file").ValueKind);
                Assert.Equal(JsonValueKind.Number, source.GetProperty("line").ValueKind);
                IsProjectPath(source.GetProperty("file").GetString()!);
            }

            var line = finding.GetProperty("line").GetInt32();
            var endLine = finding.GetProperty("endLine").GetInt32();
            Assert.True(line == 0 ? endLine == 0 : endLine >= line, $"line {line}, endLine {endLine}");
        }

        Assert.Equal(files.GetArrayLength(), summary.GetProperty("files").GetInt32());
        Assert.Equal(CountSeverity(findings, "error"), summary.GetProperty("errors").GetInt32());
        Assert.Equal(CountSeverity(findings, "warning"), summary.GetProperty("warnings").GetInt32());
        Assert.Equal(CountSeverity(findings, "info"), summary.GetProperty("infos").GetInt32());
        return document;
    }

    public static IEnumerable<JsonElement> Findings(this JsonDocument report, string rule) =>
        report.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == rule);

    public static string Str(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    public static int Int(this JsonElement element, string name) => element.GetProperty(name).GetInt32();

    /// <summary>Paths in reports are relative to the config directory (or the current one) and use '/'.</summary>
    private static void IsProjectPath(string path)
    {
        Assert.False(string.IsNullOrEmpty(path));
        Assert.DoesNotContain('\\', path);
        Assert.False(Path.IsPathRooted(path), $"absolute path {path}");
        Assert.False(path.StartsWith("../", StringComparison.Ordinal) || path.StartsWith("./", StringComparison.Ordinal), path);
    }

    private static int CountSeverity(JsonElement findings, string severity) =>
        findings.EnumerateArray().Count(f => f.GetProperty("severity").GetString() == severity);

    private static void HasProperties(JsonElement element, IEnumerable<string> names, string what)
    {
        Assert.Equal(JsonValueKind.Object, element.ValueKind);
        var present = element.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var missing = names.Where(n => !present.Contains(n)).ToList();
        Assert.True(missing.Count == 0, $"{what} lacks {string.Join(", ", missing)}: {element}");
    }
}
