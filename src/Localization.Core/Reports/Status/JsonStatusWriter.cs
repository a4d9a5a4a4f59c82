using System.Text.Json;
using Localization.Core.Freshness;

namespace Localization.Core.Reports.Status;

/// <summary>
/// The status as JSON, version 1 (fields may be added, none removed):
/// <c>{"version":1,"tool":{...},"byFile":false,"rows":[{"language":"ko","files":124,…,"coverage":26.5,…}],"total":{"files":…}}</c>.
/// Rows carry "source" and "target" with one row per page; coverage is a number from 0 to 100 with one decimal.
/// </summary>
public sealed class JsonStatusWriter : IStatusWriter
{
    public string Name => "json";

    public void Write(StatusTable table, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, ToolInfo.JsonOptions))
        {
            json.WriteStartObject();
            ToolInfo.WriteJsonHeader(json);
            json.WriteBoolean("byFile", table.ByFile);

            json.WriteStartArray("rows");
            foreach (var row in table.Rows)
            {
                json.WriteStartObject();
                json.WriteString("language", row.Language);
                if (table.ByFile)
                {
                    json.WriteString("source", row.Source);
                    json.WriteString("target", row.Target);
                    json.WriteString("freshness", row.Freshness?.Verdict.Name());
                }

                WriteNumbers(json, row);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartObject("total");
            WriteNumbers(json, table.Total);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private static void WriteNumbers(Utf8JsonWriter json, StatusRow row)
    {
        json.WriteNumber("files", row.Files);
        json.WriteNumber("units", row.Units);
        json.WriteNumber("translated", row.Translated);
        json.WriteNumber("partial", row.Partial);
        json.WriteNumber("untranslated", row.Untranslated);
        json.WriteNumber("missing", row.Missing);
        json.WriteNumber("extra", row.Extra);
        if (row.FindingsOnly)
        {
            json.WriteNull("coverage"); // findings on no checked page cover nothing
        }
        else
        {
            json.WriteNumber("coverage", row.Coverage);
        }
        json.WriteNumber("errors", row.Errors);
        json.WriteNumber("warnings", row.Warnings);
        json.WriteNumber("infos", row.Infos);
        json.WriteNumber("outdated", row.Outdated);
    }
}
