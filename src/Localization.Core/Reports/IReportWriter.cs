using Localization.Core.Checking;

namespace Localization.Core.Reports;

/// <summary>A report format: a view over one <see cref="CheckResult"/>. Writers never decide exit codes.</summary>
public interface IReportWriter
{
    /// <summary>The --format name.</summary>
    string Name { get; }

    void Write(CheckResult result, TextWriter output);
}

/// <summary>Facts about the tool that reports carry.</summary>
public static class ToolInfo
{
    public const string Name = "l10n";

    /// <summary>How every JSON report is written: indented, non-ASCII text kept readable (reports are files, not HTML).</summary>
    public static System.Text.Json.JsonWriterOptions JsonOptions { get; } = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the <c>"version"</c> and <c>"tool"</c> members every JSON report starts with.</summary>
    public static void WriteJsonHeader(System.Text.Json.Utf8JsonWriter json)
    {
        json.WriteNumber("version", 1);
        json.WriteStartObject("tool");
        json.WriteString("name", Name);
        json.WriteString("version", Version);
        json.WriteEndObject();
    }

    /// <summary>
    /// Where the rule pages (docs/rules/NAME.md) are published, for links from reports (SARIF helpUri). Set at
    /// build time with <c>-p:RulesDocumentationUri=…</c>.
    /// </summary>
    public static string RulesDocumentationUri { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false)
            .OfType<System.Reflection.AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == "RulesDocumentationUri")?.Value is { Length: > 0 } uri
            ? uri
            : "https://github.com/l10n-tool/l10n/blob/main/docs/rules/";

    public static string Version { get; } =
        typeof(ToolInfo).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
