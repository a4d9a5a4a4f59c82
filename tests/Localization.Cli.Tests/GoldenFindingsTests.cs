using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// Holds every run against a committed summary of the findings on the 2026-03 Privacy Guides corpus (ko, fr,
/// ja): counts per language and rule, and a hash of every finding sorted. Speed work must leave it unchanged;
/// a change that alters findings on purpose regenerates it in the same commit
/// (<c>L10N_UPDATE_GOLDEN=1 dotnet test tests/Localization.Cli.Tests --filter GoldenFindings</c>) and says why.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class GoldenFindingsTests
{
    private const string Corpus = "privacyguides-2026-03";

    private static string GoldenFile => Path.Combine(RepoPaths.Root, "tests", "Localization.Cli.Tests", "Golden", "findings-2026-03.txt");

    [Fact]
    public void The_findings_on_the_2026_03_corpus_match_the_committed_summary()
    {
        var corpus = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "corpora", Corpus));
        if (!Directory.Exists(Path.Combine(corpus, "docs")))
        {
            Assert.Skip($"../shared/corpora/{Corpus} is absent (it is provided beside the project, not in it): nothing to compare.");
        }

        var report = Path.Combine(Path.GetTempPath(), $"l10n-golden-{Guid.NewGuid():N}.json");
        try
        {
            var run = CliRunner.Run(corpus, "check", "ko", "fr", "ja", "--format", "json", "--output", report, "--fail-on", "none");
            Assert.True(run.ExitCode == 0, run.ToString());
            var actual = Summarise(File.ReadAllBytes(report));
            if (Environment.GetEnvironmentVariable("L10N_UPDATE_GOLDEN") == "1")
            {
                File.WriteAllText(GoldenFile, actual);
                return;
            }

            var expected = File.ReadAllText(GoldenFile).ReplaceLineEndings("\n");
            Assert.True(expected == actual, $"the findings on {Corpus} changed. If on purpose, regenerate the golden (L10N_UPDATE_GOLDEN=1) in the same commit and say why.\n{LineDiff(expected, actual)}");
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>The golden text: a header, the hash of all findings, then one line per language and rule.</summary>
    internal static string Summarise(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        var lines = new List<string>();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in document.RootElement.GetProperty("findings").EnumerateArray())
        {
            string S(string name) => f.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
            string N(string name) => f.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "";
            lines.Add(string.Join('\u001f', S("language"), S("file"), N("line"), N("column"), N("endLine"), N("endColumn"), S("rule"), S("severity"), S("message"), S("sourceText"), S("targetText")));
            var key = $"{S("language")} {S("rule")} {S("severity")}";
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        lines.Sort(StringComparer.Ordinal);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));
        var text = new StringBuilder();
        text.Append("# l10n check ko fr ja on ../shared/corpora/").Append(Corpus).Append(": findings per language, rule and severity.\n");
        text.Append("# Regenerate on purpose only: L10N_UPDATE_GOLDEN=1 dotnet test tests/Localization.Cli.Tests --filter GoldenFindings\n");
        text.Append("findings ").Append(lines.Count).Append('\n');
        text.Append("sha256 ").Append(hash).Append('\n');
        foreach (var (key, count) in counts)
        {
            text.Append(key).Append(' ').Append(count).Append('\n');
        }

        return text.ToString();
    }

    private static string LineDiff(string expected, string actual)
    {
        var was = expected.Split('\n').ToHashSet(StringComparer.Ordinal);
        var now = actual.Split('\n').ToHashSet(StringComparer.Ordinal);
        return string.Join('\n', was.Except(now).Select(l => "- " + l).Concat(now.Except(was).Select(l => "+ " + l)));
    }
}
