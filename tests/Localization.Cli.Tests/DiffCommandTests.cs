using Localization.Cli.Tests.Support;
using Localization.Core.Tests.TestSupport;

namespace Localization.Cli.Tests;

/// <summary><c>l10n diff</c> on a real git repository made in a temporary directory.</summary>
public sealed class DiffCommandTests
{
    private const string English = """
        # Backups

        Backups protect you when a device is lost or broken.

        Keep at least one copy in a *different* place.

        Test restoring a backup once a year.

        """;

    private const string Korean = """
        # 백업

        백업은 기기를 잃어버리거나 고장 났을 때 여러분을 보호합니다.

        적어도 하나의 사본은 *다른* 장소에 보관하세요.

        1년에 한 번은 백업 복원을 시험해 보세요.

        """;

    [Fact]
    public void Since_a_revision_lists_the_changed_unit_with_its_word_diff_and_the_emphasis_change_as_cosmetic()
    {
        using var tree = Repository();
        tree.Write("docs/backups.md", English
            .Replace("lost or broken.", "lost, broken or stolen.", StringComparison.Ordinal)
            .Replace("*different*", "_different_", StringComparison.Ordinal));
        TestGit.Run(tree.Root, "commit", "-qam", "English: one sentence changed, one emphasis style");

        var result = CliRunner.Run(tree.Root, "diff", "ko", "--since", "HEAD~1");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutLines;
        Assert.StartsWith("i18n/ko/backups.md: English docs/backups.md since ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith(": 1 changed, 1 cosmetic", lines[0], StringComparison.Ordinal);
        Assert.Single(lines, l => l.TrimStart().StartsWith("changed ", StringComparison.Ordinal));
        Assert.Contains("  changed  docs/backups.md:3 -> i18n/ko/backups.md:3", lines);
        var diff = Assert.Single(lines, l => l.StartsWith("    English:     Backups protect you when a device is ", StringComparison.Ordinal));
        Assert.Contains("{+", diff, StringComparison.Ordinal);
        Assert.Contains("stolen", diff, StringComparison.Ordinal);
        Assert.DoesNotContain("[-Backups", diff, StringComparison.Ordinal); // only the changed words are marked
        Assert.Contains("    translation: 백업은 기기를 잃어버리거나 고장 났을 때 여러분을 보호합니다.", lines);
        Assert.Contains("  cosmetic docs/backups.md:5 -> i18n/ko/backups.md:5", lines);
        Assert.Equal("1 page with English changes", lines[^1]);
    }

    [Fact]
    public void Since_the_translation_compares_each_page_with_the_english_of_the_translation_s_last_commit()
    {
        using var tree = Repository();
        tree.Write("docs/backups.md", English + "\nEncrypt every backup.\n");
        TestGit.Run(tree.Root, "commit", "-qam", "English grew");

        var result = CliRunner.Run(tree.Root, "diff", "ko", "--since-translation");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("  added    docs/backups.md:9 -> no translated unit: translate it", result.OutLines);
        Assert.Contains("    English:     Encrypt every backup.", result.OutLines);
    }

    [Fact]
    public void A_paragraph_the_english_moved_unchanged_is_one_move_not_a_removal_and_an_addition()
    {
        using var tree = Repository();
        tree.Write("docs/backups.md", """
            # Backups

            Test restoring a backup once a year.

            Backups protect you when a device is lost or broken.

            Keep at least one copy in a *different* place.

            """);
        TestGit.Run(tree.Root, "commit", "-qam", "English: the last paragraph moved to the top");

        var result = CliRunner.Run(tree.Root, "diff", "ko", "--since", "HEAD~1");
        Assert.True(result.ExitCode == 0, result.ToString());
        var lines = result.OutLines;
        Assert.EndsWith(": 1 moved", lines[0], StringComparison.Ordinal);
        var moved = Assert.Single(lines, l => l.StartsWith("  moved ", StringComparison.Ordinal));
        Assert.StartsWith("  moved    docs/backups.md:3 -> ", moved, StringComparison.Ordinal);
        Assert.Contains("    moved here from line 7, unchanged: nothing to translate again; move its translation to match", lines);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("removed ", StringComparison.Ordinal) || l.TrimStart().StartsWith("added ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_relative_link_made_absolute_is_cosmetic_and_a_changed_destination_is_a_change()
    {
        using var tree = Repository();
        tree.Write("docs/backups.md", English
            .Replace("lost or broken.", "lost or broken ([threats](../basics/threats.md)).", StringComparison.Ordinal)
            .Replace("once a year.", "once a year ([restore guide](restore.md)).", StringComparison.Ordinal));
        TestGit.Run(tree.Root, "commit", "-qam", "English: two links");
        tree.Write("docs/backups.md", English
            .Replace("lost or broken.", "lost or broken ([threats](https://www.example.org/en/basics/threats/)).", StringComparison.Ordinal)
            .Replace("once a year.", "once a year ([restore guide](recovery.md)).", StringComparison.Ordinal));
        TestGit.Run(tree.Root, "commit", "-qam", "English: one link made absolute, one pointed elsewhere");

        var result = CliRunner.Run(tree.Root, "diff", "ko", "--since", "HEAD~1");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith(": 1 changed, 1 cosmetic", result.OutLines[0], StringComparison.Ordinal);
        Assert.Contains("  cosmetic docs/backups.md:3 -> i18n/ko/backups.md:3", result.OutLines);
        Assert.Contains("  changed  docs/backups.md:7 -> i18n/ko/backups.md:7", result.OutLines);
    }

    [Fact]
    public void Outside_a_repository_and_with_an_unknown_revision_it_is_a_clear_error()
    {
        using var tree = Fixtures.Project();
        var outside = CliRunner.Run(tree.Root, "diff", "ko", "--since", "HEAD~1");
        Assert.True(outside.ExitCode == 2, outside.ToString());
        Assert.Contains("not in a git repository", outside.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", outside.StdErr, StringComparison.Ordinal);

        using var repository = Repository();
        var unknown = CliRunner.Run(repository.Root, "diff", "ko", "--since", "no-such-rev");
        Assert.True(unknown.ExitCode == 2, unknown.ToString());
        Assert.Contains("unknown revision 'no-such-rev'", unknown.StdErr, StringComparison.Ordinal);

        var neither = CliRunner.Run(repository.Root, "diff", "ko");
        Assert.True(neither.ExitCode == 2, neither.ToString());
        Assert.Contains("--since REV or --since-translation", neither.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repository_git_refuses_is_named_with_git_s_reason_not_as_no_repository()
    {
        using var repository = Repository();
        TestGit.Run(repository.Root, "config", "core.repositoryformatversion", "99");
        var result = CliRunner.Run(repository.Root, "diff", "ko", "--since", "HEAD~1");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("git cannot read the repository: ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("99", result.StdErr, StringComparison.Ordinal); // git's reason, in git's words and language
        Assert.DoesNotContain("not in a git repository", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_note_naming_a_file_cannot_drive_the_terminal()
    {
        using var tree = Repository();
        tree.Write("docs/\u001b[31mred.md", "Hello there, friend.\n");
        TestGit.Run(tree.Root, "add", ".");
        TestGit.Run(tree.Root, "commit", "-qm", "an English page whose name holds an escape");
        tree.Write("i18n/ko/\u001b[31mred.md", "안녕하세요, 친구.\n"); // never committed: a note names it

        var result = CliRunner.Run(tree.Root, "diff", "ko", "--since-translation");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("l10n: i18n/ko/\\x1b[31mred.md: never committed", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.StdErr);
    }

    private static TempTree Repository()
    {
        var tree = new TempTree();
        tree.Write("crowdin.yml", Fixtures.CrowdinYml + "\n");
        tree.Write("docs/backups.md", English);
        tree.Write("i18n/ko/backups.md", Korean);
        TestGit.Run(tree.Root, "init", "-q");
        TestGit.Run(tree.Root, "add", ".");
        TestGit.Run(tree.Root, "commit", "-qm", "English and its translation");
        return tree;
    }
}
