using Localization.Cli.Tests.Support;
using Localization.Core.Findings;
using Localization.Core.Rules;
using Localization.Core.Rules.Docs;

namespace Localization.Cli.Tests;

/// <summary><c>l10n rules</c> and the generated rule documentation, which must stay in sync with the code.</summary>
[Collection(CliCollection.Name)]
public sealed class RulesCommandTests
{
    private static string DocsDirectory => Path.Combine(RepoPaths.Root, "docs", "rules");

    private const string Regenerate = "run `dotnet run --project src/Localization.Cli -- rules --write-docs docs/rules` from the repository root";

    [Fact]
    public void Rules_lists_every_rule_once()
    {
        var result = CliRunner.Run(RepoPaths.Root, "rules");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutLines;
        Assert.Equal(RuleRegistry.All.Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var rule = RuleRegistry.All[i];
            var columns = lines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(rule.Id, columns[0]);
            Assert.Equal(rule.Name, columns[1]);
            Assert.Equal(rule.DefaultSeverity.Name(), columns[2]);
            Assert.EndsWith(rule.Description, lines[i], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Rule_names_and_ids_are_unique_and_kebab_case()
    {
        Assert.Equal(RuleRegistry.All.Count, RuleRegistry.All.Select(r => r.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(RuleRegistry.All.Count, RuleRegistry.All.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(RuleRegistry.All, r => Assert.Matches("^[a-z]+(-[a-z]+)*$", r.Name));
        Assert.All(RuleRegistry.All, r => Assert.Matches("^LC[0-9]{3}$", r.Id));
    }

    [Fact]
    public void Markdown_index_equals_the_committed_readme()
    {
        var readme = Path.Combine(DocsDirectory, "README.md");
        Assert.True(File.Exists(readme), $"{readme} is missing: {Regenerate}");
        var result = CliRunner.Run(RepoPaths.Root, "rules", "--markdown");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(Normalize(File.ReadAllText(readme)) == Normalize(result.StdOut), $"docs/rules/README.md is out of date: {Regenerate}");
        foreach (var rule in RuleRegistry.All)
        {
            Assert.Contains($"[`{rule.Name}`]({rule.Name}.md)", result.StdOut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_rule_page_equals_its_generated_text()
    {
        Assert.True(Directory.Exists(DocsDirectory), $"{DocsDirectory} is missing: {Regenerate}");
        foreach (var rule in RuleRegistry.All)
        {
            var page = Path.Combine(DocsDirectory, $"{rule.Name}.md");
            Assert.True(File.Exists(page), $"docs/rules/{rule.Name}.md is missing: {Regenerate}");
            Assert.True(Normalize(RuleDocs.Page(rule)) == Normalize(File.ReadAllText(page)), $"docs/rules/{rule.Name}.md is out of date: {Regenerate}");
            Assert.Equal(Path.GetFullPath(Path.Combine(RepoPaths.Root, "docs", "rules", rule.DocFile)), Path.GetFullPath(page));
        }
    }

    [Fact]
    public void Docs_directory_has_no_page_for_a_rule_that_does_not_exist()
    {
        Assert.True(Directory.Exists(DocsDirectory), $"{DocsDirectory} is missing: {Regenerate}");
        var expected = RuleDocs.Generate(RuleRegistry.All).Select(d => d.File).Order(StringComparer.Ordinal);
        var actual = Directory.GetFiles(DocsDirectory, "*.md").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Write_docs_writes_the_index_and_one_page_per_rule()
    {
        using var tree = new TempTree();
        var result = CliRunner.Run(tree.Root, "rules", "--write-docs", "out/rules");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
        var written = Directory.GetFiles(tree.PathOf("out/rules")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal);
        Assert.Equal(RuleDocs.Generate(RuleRegistry.All).Select(d => d.File).Order(StringComparer.Ordinal), written);
        foreach (var (file, text) in RuleDocs.Generate(RuleRegistry.All))
        {
            Assert.Equal(text, File.ReadAllText(Path.Combine(tree.PathOf("out/rules"), file)));
        }
    }

    [Fact]
    public void Write_docs_onto_a_file_exits_2()
    {
        using var tree = new TempTree();
        tree.Write("taken", "x");
        var result = CliRunner.Run(tree.Root, "rules", "--write-docs", "taken");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("taken", result.StdErr, StringComparison.Ordinal);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
