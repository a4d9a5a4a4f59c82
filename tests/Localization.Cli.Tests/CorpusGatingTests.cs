using System.Text.Json;
using System.Text.RegularExpressions;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>The CI-gating promises on the real Privacy Guides site (../shared/corpora/privacyguides-2026-03).</summary>
[Collection(CliCollection.Name)]
public sealed partial class CorpusGatingTests
{
    private static List<JsonElement> Findings(string json) =>
        [.. JsonDocument.Parse(json).RootElement.GetProperty("findings").EnumerateArray()];

    [Fact]
    public void Sarif_of_the_whole_corpus_is_valid()
    {
        var corpus = Corpus.Require();
        using var output = new TempTree();
        var result = CliRunner.Run(corpus, "check", "--format", "sarif", "-o", output.PathOf("corpus.sarif"));
        Assert.True(result.ExitCode == 1, result.ToString());
        var sarif = File.ReadAllText(output.PathOf("corpus.sarif"));
        var violations = SarifSchema.Violations(sarif);
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(20)));
        var results = JsonDocument.Parse(sarif).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength();
        Assert.True(results > 10_000, $"{results} results");
    }

    [Fact]
    public void Inserting_a_paragraph_at_the_top_of_a_page_and_its_translation_keeps_every_fingerprint()
    {
        using var tree = Corpus.Copy("ko");
        const string page = "desktop-browsers.md";
        string[] Fingerprints() =>
        [
            .. Findings(CliRunner.Run(tree.Root, "check", "ko", "--format", "json").StdOut)
                .Where(f => f.GetProperty("file").GetString() == $"i18n/ko/{page}")
                .Select(f => f.GetProperty("fingerprint").GetString()!)
                .Order(StringComparer.Ordinal),
        ];

        var before = Fingerprints();
        Assert.True(before.Length > 20, $"{before.Length} findings on the page");
        InsertAfterFrontMatter(tree.PathOf($"docs/{page}"), "This paragraph was inserted at the top, so every line below it moved.\n\n");
        InsertAfterFrontMatter(tree.PathOf($"i18n/ko/{page}"), "이 단락은 맨 위에 넣었으므로 그 아래의 모든 줄이 옮겨졌습니다.\n\n");
        Assert.Equal(before, Fingerprints());
    }

    private static void InsertAfterFrontMatter(string path, string paragraph)
    {
        var text = File.ReadAllText(path);
        var end = text.StartsWith("---\n", StringComparison.Ordinal) ? text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + 5 : 0;
        File.WriteAllText(path, text[..end] + paragraph + text[end..]);
    }

    [GeneratedRegex(@"^\p{IsHangulSyllables}[^<>`|!\[\]]{40,}\.$")]
    private static partial Regex KoreanProseLine();

    [Fact]
    public void Adopting_with_a_baseline_gates_only_the_one_new_untranslated_sentence()
    {
        using var tree = Corpus.Copy("ko");
        var write = CliRunner.Run(tree.Root, "check", "ko", "--write-baseline", "l10n-baseline.json");
        Assert.True(write.ExitCode == 0, write.ToString());

        var clean = CliRunner.Run(tree.Root, "check", "ko", "--baseline", "l10n-baseline.json", "--fail-on", "warning", "--format", "json");
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.Empty(Findings(clean.StdOut));

        // One English sentence added to a translated Korean paragraph (a line of its own, with no finding).
        var all = Findings(CliRunner.Run(tree.Root, "check", "ko", "--format", "json").StdOut);
        var flagged = all.Select(f => (f.GetProperty("file").GetString(), f.GetProperty("line").GetInt32())).ToHashSet();
        var (file, line) = Directory.EnumerateFiles(tree.PathOf("i18n/ko"), "*.md").Order(StringComparer.Ordinal)
            .SelectMany(path =>
            {
                var lines = File.ReadAllLines(path);
                var relative = "i18n/ko/" + Path.GetFileName(path);
                return Enumerable.Range(1, lines.Length - 2)
                    .Where(i => lines[i - 1].Length == 0 && lines[i + 1].Length == 0 && KoreanProseLine().IsMatch(lines[i]) && !flagged.Contains((relative, i + 1)))
                    .Select(i => (relative, i + 1));
            })
            .First();
        var target = tree.PathOf(file!);
        var text = File.ReadAllLines(target);
        text[line - 1] += " This sentence was left in English by mistake, and nobody noticed it before the release.";
        File.WriteAllText(target, string.Join('\n', text) + "\n");

        var gated = CliRunner.Run(tree.Root, "check", "ko", "--baseline", "l10n-baseline.json", "--fail-on", "warning", "--format", "json");
        Assert.True(gated.ExitCode == 1, gated.ToString());
        var only = Assert.Single(Findings(gated.StdOut));
        Assert.Equal("untranslated-sentence", only.GetProperty("rule").GetString());
        Assert.Equal(file, only.GetProperty("file").GetString());
        Assert.Equal(line, only.GetProperty("line").GetInt32());
    }

    [Fact]
    public void Text_output_of_korean_is_a_few_hundred_lines_and_lists_every_error()
    {
        var corpus = Corpus.Require();
        var text = CliRunner.Run(corpus, "check", "ko");
        var json = CliRunner.Run(corpus, "check", "ko", "--format", "json");
        var lines = text.OutLines;
        Assert.True(lines.Length <= 500, $"{lines.Length} lines");
        var errors = Findings(json.StdOut).Where(f => f.GetProperty("severity").GetString() == "error").ToList();
        Assert.True(errors.Count > 100, $"{errors.Count} errors");
        var shown = lines.ToHashSet(StringComparer.Ordinal);
        foreach (var e in errors)
        {
            var where = e.GetProperty("line").GetInt32() > 0
                ? $"{e.GetProperty("file").GetString()}:{e.GetProperty("line").GetInt32()}:{e.GetProperty("column").GetInt32()}"
                : e.GetProperty("file").GetString();
            Assert.Contains($"{where}: error {e.GetProperty("rule").GetString()}: {e.GetProperty("message").GetString()}", shown);
        }

        var verbose = CliRunner.Run(corpus, "check", "ko", "-v");
        Assert.True(verbose.OutLines.Length > 10 * lines.Length, $"{verbose.OutLines.Length} lines with -v");
    }
}
