using System.Text.Json;
using Json.Schema;

namespace Localization.Cli.Tests.Support;

/// <summary>Validates SARIF against the official 2.1.0 schema (../shared/schemas) with JsonSchema.Net.</summary>
internal static class SarifSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Corpus.RequireSchema("sarif-schema-2.1.0.json"))));

    /// <summary>The schema violations of <paramref name="sarif"/> (empty when valid).</summary>
    public static List<string> Violations(string sarif)
    {
        var schema = Corpus.RequireSchema("sarif-schema-2.1.0.json") is { } ? Schema.Value : null!;
        using var document = JsonDocument.Parse(sarif);
        var results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return results.IsValid
            ? []
            : [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))];
    }
}
