using System.Text;
using System.Text.Json;

namespace Localization.Core.Export;

/// <summary>
/// The work items for scripts, version 1 (fields may be added, none removed or renamed):
/// <c>{"version", "tool", "language", "pages": [{"language", "source", "target", "items": [...]}]}</c>, every
/// item with its id, state, English and translation as Markdown and with <c>{1}</c> placeholders, the codes,
/// the context and the findings.
/// </summary>
public sealed class JsonExportWriter : IExportWriter
{
    public string Name => "json";

    public string Extension => ".json";

    public string Separator => ",\n";

    public void Begin(TextWriter output, string language)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Reports.ToolInfo.JsonOptions))
        {
            json.WriteStartObject();
            Reports.ToolInfo.WriteJsonHeader(json);
            json.WriteString("language", Clean(language));
            json.WriteStartArray("pages");
            json.Flush();
        }

        // The writer would close the array and object; the pages follow, so only the opening is kept.
        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.Write('\n');
    }

    public void End(TextWriter output) => output.Write("\n  ]\n}\n");

    public void WritePage(TextWriter output, ExportPage page)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Reports.ToolInfo.JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("language", Clean(page.Language));
            json.WriteString("source", Clean(page.SourceFile));
            json.WriteString("target", Clean(page.TargetFile));
            json.WriteStartArray("items");
            foreach (var item in page.Items)
            {
                WriteItem(json, item);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteItem(Utf8JsonWriter json, WorkItem item)
    {
        json.WriteStartObject();
        json.WriteString("id", Clean(item.Id));
        json.WriteString("unit", Clean(item.UnitId));
        json.WriteString("state", item.StateName);
        json.WriteString("source", Clean(item.Source.Markdown));
        json.WriteString("sourcePlaceholders", Clean(item.Source.WithPlaceholders));
        json.WriteString("translation", Clean(item.Translation.Markdown));
        json.WriteString("translationPlaceholders", Clean(item.Translation.WithPlaceholders));
        if (item.Current is { } current)
        {
            json.WriteString("current", Clean(current.Markdown));
        }
        else
        {
            json.WriteNull("current");
        }

        json.WriteStartArray("codes");
        foreach (var code in item.Source.Codes.Concat(item.Translation.Codes).DistinctBy(c => c.Id).OrderBy(c => c.Id))
        {
            json.WriteStartObject();
            json.WriteNumber("id", code.Id);
            json.WriteString("kind", code.KindName);
            json.WriteString("original", Clean(code.Shown));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("context");
        json.WriteString("kind", item.Context.Kind);
        json.WriteString("container", Clean(item.Context.Container));
        json.WriteStartArray("headings");
        foreach (var h in item.Context.Headings)
        {
            json.WriteStringValue(Clean(h));
        }

        json.WriteEndArray();
        if (item.Context.Key is { } key)
        {
            json.WriteString("key", Clean(key));
        }
        else
        {
            json.WriteNull("key");
        }

        json.WriteNumber("sourceLine", item.Context.SourceLine);
        if (item.Context.TargetLine is { } line)
        {
            json.WriteNumber("targetLine", line);
        }
        else
        {
            json.WriteNull("targetLine");
        }

        json.WriteEndObject();
        json.WriteStartArray("findings");
        foreach (var f in item.Findings)
        {
            json.WriteStartObject();
            json.WriteString("rule", f.Rule);
            json.WriteString("ruleId", f.RuleId);
            json.WriteString("severity", Findings.SeverityNames.Name(f.Severity));
            json.WriteNumber("line", f.Line);
            json.WriteNumber("column", f.Column);
            json.WriteString("message", Clean(f.Message));
            Reports.FingerprintJson.Write(json, "fingerprint"u8, f);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>JSON escapes control characters itself; a lone surrogate, which UTF-8 cannot encode, becomes U+FFFD.</summary>
    private static string Clean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsSurrogate(text[i]) && InlineSegmenter.IsUnwritable(text, i))
            {
                var chars = text.ToCharArray();
                for (var k = i; k < chars.Length; k++)
                {
                    if (char.IsSurrogate(chars[k]) && InlineSegmenter.IsUnwritable(text, k))
                    {
                        chars[k] = '\uFFFD';
                    }
                }

                return new string(chars);
            }
        }

        return text;
    }
}
