using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary><c>l10n terms</c>, and the terms every check reads back from terms.yml and l10n.yml.</summary>
[Collection(CliCollection.Name)]
public sealed class TermsCommandTests
{
    private const string Docs = "# Messengers\n\nWe recommend Molly for most people. Molly keeps very little metadata.\n\nYou can also use Briar when there is no internet.\n\n- Molly\n";

    private static TempTree Project()
    {
        var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        tree.Write("docs/m.md", Docs);
        tree.Write("i18n/ko/m.md", "# 메신저\n\n대부분의 사람에게 Molly를 권장합니다. Molly는 메타데이터를 거의 남기지 않습니다.\n\n인터넷이 없을 때는 Briar를 사용할 수도 있습니다.\n\n- Molly\n");
        tree.Write("i18n/fr/m.md", "# Messageries\n\nNous recommandons Molly à la plupart des gens. Molly conserve très peu de métadonnées.\n\nVous pouvez aussi utiliser Briar sans internet.\n\n- Molly\n");
        return tree;
    }

    [Fact]
    public void Prints_the_learned_terms_as_yaml()
    {
        using var tree = Project();
        var result = CliRunner.Run(tree.Root, "terms");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("# Do-not-translate terms of this project, learned by `l10n terms` from the translations into fr, ko.", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("terms:", result.OutLines);
        Assert.Contains(result.OutLines, l => l.StartsWith("  - Molly ", StringComparison.Ordinal) && l.Contains("# kept in 2 of 2 languages", StringComparison.Ordinal));
        // Briar is kept too, but in two blocks only: one use per language proves nothing yet.
        Assert.DoesNotContain(result.OutLines, l => l.Contains("Briar", StringComparison.Ordinal));
        Assert.DoesNotContain(result.OutLines, l => l.StartsWith("  - We", StringComparison.Ordinal) || l.StartsWith("  - You", StringComparison.Ordinal));
    }

    [Fact]
    public void Output_is_written_atomically_and_never_over_a_file_without_force()
    {
        using var tree = Project();
        var first = CliRunner.Run(tree.Root, "terms", "--output", "terms.yml");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("terms written to terms.yml", first.StdErr, StringComparison.Ordinal);
        var written = File.ReadAllText(tree.PathOf("terms.yml"));

        tree.Write("terms.yml", "terms: [Mine]\n");
        var refused = CliRunner.Run(tree.Root, "terms", "-o", "terms.yml");
        Assert.Equal(2, refused.ExitCode);
        Assert.Equal("terms: [Mine]\n", File.ReadAllText(tree.PathOf("terms.yml")));

        var forced = CliRunner.Run(tree.Root, "terms", "-o", "terms.yml", "--force");
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Equal(written, File.ReadAllText(tree.PathOf("terms.yml")));
    }

    [Fact]
    public void Check_reads_terms_yml_and_l10n_yml_terms()
    {
        using var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        tree.Write("docs/m.md", "# Apps\n\n- Molly\n- Briar\n");
        tree.Write("i18n/ko/m.md", "# 앱\n\n- Molly\n- Briar\n");

        var bare = CliRunner.Run(tree.Root, "check", "ko", "--format", "json");
        Assert.Contains("\"untranslated-block\"", bare.StdOut, StringComparison.Ordinal);

        tree.Write("terms.yml", "terms:\n  - Molly\n");
        tree.Write("l10n.yml", "terms: [Briar]\n");
        var withTerms = CliRunner.Run(tree.Root, "check", "ko", "--format", "json");
        Assert.True(withTerms.ExitCode == 0, withTerms.ToString());
        Assert.DoesNotContain("\"untranslated-block\"", withTerms.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_terms_file_is_a_configuration_error_with_its_position()
    {
        using var tree = Project();
        tree.Write("terms.yml", "terms:\n  - Molly\n  - [Briar]\n");

        var result = CliRunner.Run(tree.Root, "check", "ko");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("terms.yml:3:5: expected a term", result.StdErr, StringComparison.Ordinal);
    }
}
