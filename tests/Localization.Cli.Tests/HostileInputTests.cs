using System.Diagnostics;
using System.Text;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// Hostile input through the file system, the configuration and the outputs (issue 18, and item 10 of issue
/// 17), as a user meets it: the built l10n as a separate process, its real exit codes and streams.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly string[] PairArgs = ["check", "--source", "en.md", "--target", "ko-warning.md", "--lang", "ko"];

    private static string[] Pair(params string[] more) => [.. PairArgs, .. more];

    private static void SkipUnlessLinux() => Assert.SkipUnless(OperatingSystem.IsLinux(), "devices, FIFOs and statx are Linux's");

    [Fact]
    public async Task A_failed_write_of_the_report_is_exit_2_with_one_line_and_silent_when_stderr_fails_too()
    {
        SkipUnlessLinux();
        using var tree = Fixtures.Pairs();

        var full = await CliProcess.RunAsync(tree.Root, PairArgs, "> /dev/full");
        Assert.True(full.ExitCode == 2, full.ToString());
        var line = Assert.Single(full.StdErr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("l10n: error: cannot write the report to standard output: No space left on device", line, StringComparison.Ordinal);

        var both = await CliProcess.RunAsync(tree.Root, PairArgs, "> /dev/full 2> /dev/full");
        Assert.True(both.ExitCode == 2, both.ToString());
    }

    [Fact]
    public async Task A_FIFO_as_output_is_written_into_and_with_force_it_is_refused_and_left_a_FIFO()
    {
        SkipUnlessLinux();
        using var tree = Fixtures.Pairs();
        var fifo = tree.PathOf("report.pipe");
        CliProcess.Shell($"mkfifo '{fifo}'");
        var reader = Task.Run(() => File.ReadAllText(fifo), TestContext.Current.CancellationToken);

        var streamed = await CliProcess.RunAsync(tree.Root, Pair("-o", "report.pipe"));

        Assert.True(streamed.ExitCode == 0, streamed.ToString());
        Assert.StartsWith("ko-warning.md:3:1: warning untranslated-block: ", await reader, StringComparison.Ordinal);

        var forced = await CliProcess.RunAsync(tree.Root, Pair("-o", "report.pipe", "--force"));
        Assert.True(forced.ExitCode == 2, forced.ToString());
        Assert.Contains("report.pipe: is a FIFO (named pipe); --force replaces only regular files", forced.StdErr, StringComparison.Ordinal);
        Assert.Equal(Localization.Core.IO.FileType.Fifo, Localization.Core.IO.FileKind.TypeOf(fifo));
    }

    [Fact]
    public async Task Dev_stdout_as_output_is_standard_output_and_never_replaced()
    {
        SkipUnlessLinux();
        using var tree = Fixtures.Pairs();

        var piped = await CliProcess.RunAsync(tree.Root, Pair("-o", "/dev/stdout"));
        Assert.True(piped.ExitCode == 0, piped.ToString());
        Assert.StartsWith("ko-warning.md:3:1: warning untranslated-block: ", piped.StdOut, StringComparison.Ordinal);

        var redirected = await CliProcess.RunAsync(tree.Root, Pair("-o", "/dev/stdout"), "> redirected.txt");
        Assert.True(redirected.ExitCode == 0, redirected.ToString());
        Assert.StartsWith("ko-warning.md:3:1: warning untranslated-block: ", File.ReadAllText(tree.PathOf("redirected.txt")), StringComparison.Ordinal);

        var forced = await CliProcess.RunAsync(tree.Root, Pair("-o", "/dev/stdout", "--force"));
        Assert.True(forced.ExitCode == 2, forced.ToString());
        Assert.Contains("--force replaces only regular files", forced.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_in_dev_shm_is_replaced_with_force_like_any_regular_file()
    {
        // /dev/shm holds ordinary files in memory: the second run with --force was refused as a "system path".
        SkipUnlessLinux();
        Assert.SkipUnless(Directory.Exists("/dev/shm"), "no /dev/shm on this machine");
        using var tree = Fixtures.Pairs();
        var report = $"/dev/shm/l10n-test-{Guid.NewGuid():N}.txt";
        try
        {
            var first = await CliProcess.RunAsync(tree.Root, Pair("-o", report));
            Assert.True(first.ExitCode == 0, first.ToString());
            File.WriteAllText(report, "an older report");

            var forced = await CliProcess.RunAsync(tree.Root, Pair("-o", report, "--force"));

            Assert.True(forced.ExitCode == 0, forced.ToString());
            Assert.StartsWith("ko-warning.md:3:1: warning untranslated-block: ", File.ReadAllText(report), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(report);
        }
    }

    [Fact]
    public async Task A_character_device_is_never_replaced_with_force_as_root()
    {
        // "-o /dev/full --force" as root replaced the system's /dev/full. The test makes its own device node
        // (the numbers of /dev/null) in a temporary directory: the machine's real devices are never a target.
        SkipUnlessLinux();
        Assert.SkipUnless(Environment.UserName == "root", "only root can create (and could replace) a device node; as a normal user the rename fails anyway");
        using var tree = Fixtures.Pairs();
        var device = tree.PathOf("device");
        CliProcess.Shell($"mknod '{device}' c 1 3");

        var forced = await CliProcess.RunAsync(tree.Root, Pair("-o", "device", "--force"));

        Assert.True(forced.ExitCode == 2, forced.ToString());
        Assert.Contains("device: is a character device; --force replaces only regular files, so it was left untouched", forced.StdErr, StringComparison.Ordinal);
        Assert.Equal(Localization.Core.IO.FileType.CharacterDevice, Localization.Core.IO.FileKind.TypeOf(device));
        Assert.Empty(Directory.GetFiles(tree.Root, ".device.*"));
    }

    [Fact]
    public async Task An_existing_output_is_refused_before_any_work()
    {
        // Issue 17, item 10: the refusal came after the whole run. A malformed crowdin.yml proves the order:
        // the output is judged before the configuration is even read.
        using var tree = Fixtures.Project();
        tree.Write("crowdin.yml", "files: [\n");
        tree.Write("report.txt", "keep me");
        foreach (var command in new[] { "check", "status", "terms" })
        {
            var result = await CliProcess.RunAsync(tree.Root, [command, "ko", "-o", "report.txt"]);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Equal("l10n: error: report.txt: already exists (use --force to replace it)\n", result.StdErr);
        }

        Assert.Equal("keep me", File.ReadAllText(tree.PathOf("report.txt")));
    }

    [Fact]
    public async Task An_unwritable_directory_is_refused_at_once_for_a_normal_user_while_root_writes()
    {
        SkipUnlessLinux();
        Assert.SkipUnless(CliProcess.CanRunAsNobody, "the normal-user run needs root and setpriv to switch to nobody");
        using var tree = Fixtures.Project();
        tree.Write("crowdin.yml", "files: [\n"); // the refusal must come first
        var asUser = await CliProcess.RunAsync(tree.Root, ["check", "ko", "-o", "report.txt"], asNobody: true);
        Assert.True(asUser.ExitCode == 2, asUser.ToString());
        Assert.Contains("report.txt: cannot be written: permission denied", asUser.StdErr, StringComparison.Ordinal);

        using var project = Fixtures.Project();
        var asRoot = await CliProcess.RunAsync(project.Root, ["check", "ko", "-o", "report.txt"]);
        Assert.True(asRoot.ExitCode == 0, asRoot.ToString());
        Assert.True(File.Exists(project.PathOf("report.txt")));
    }

    [Fact]
    public async Task A_huge_file_timeout_is_a_usage_error_not_a_crash()
    {
        using var tree = Fixtures.Pairs();
        var result = await CliProcess.RunAsync(tree.Root, Pair("--file-timeout", "2147484"));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("l10n: error: --file-timeout must be a number of seconds from 0 (no limit) to 2147483\n", result.StdErr);
        var largest = await CliProcess.RunAsync(tree.Root, Pair("--file-timeout", "2147483"));
        Assert.True(largest.ExitCode == 0, largest.ToString());
    }

    [Fact]
    public async Task A_language_with_a_trailing_line_break_is_not_a_language()
    {
        using var tree = Fixtures.Project();
        var result = await CliProcess.RunAsync(tree.Root, ["check", "ko\n"]);
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("ko\\x0a", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("files checked", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_configuration_linked_out_of_the_project_is_refused_without_echoing_it()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "symbolic links need privileges on Windows");
        using var outside = new TempTree();
        var secret = outside.Write("shadow", "root:$6$SECRETSALT$SECRETHASH:19000:0:99999:7:::\n");
        foreach (var name in new[] { "l10n.yml", "terms.yml" })
        {
            using var tree = Fixtures.Project();
            File.CreateSymbolicLink(tree.PathOf(name), secret);
            var result = await CliProcess.RunAsync(tree.Root, ["check", "ko"]);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains($"{name}:1:1: is a symbolic link to ", result.StdErr, StringComparison.Ordinal);
            Assert.Contains("outside the project; not read", result.StdErr, StringComparison.Ordinal);
            Assert.DoesNotContain("SECRET", result.StdErr + result.StdOut, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Duplicate_mappings_are_one_finding_at_the_group_and_no_crash()
    {
        using var tree = Fixtures.Project();
        tree.Write("docs/a.txt", "# A\n\nText.\n");
        tree.Write("crowdin.yml", """
            files:
              - source: /docs/**/*.md
                translation: /i18n/%two_letters_code%/**/%file_name%.md
              - source: /docs/**/*.txt
                translation: /i18n/%two_letters_code%/**/%file_name%.md
            """);

        var result = await CliProcess.RunAsync(tree.Root, ["check", "ko"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("crowdin.yml:4:5: error invalid-file: two sources map to one translation file: docs/a.txt (this group) and docs/a.md (the group at line 2) both become i18n/ko/a.md", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_source_path_over_PATH_MAX_and_a_name_that_is_not_UTF8_are_findings()
    {
        SkipUnlessLinux();
        using var tree = Fixtures.Project();
        // A page whose directory is just under PATH_MAX and whose own path is over it, made in two halves
        // relative to the first so that no path handed to the kernel is too long.
        var segments = (4090 - tree.PathOf("docs").Length) / 201; // the directory stays under 4,096 bytes, the page goes over
        var first = string.Join('/', Enumerable.Repeat(new string('d', 200), segments / 2));
        var second = string.Join('/', Enumerable.Repeat(new string('d', 200), segments - (segments / 2)));
        CliProcess.Shell($"cd '{tree.PathOf("docs")}' && mkdir -p {first} && cd {first} && mkdir -p {second} && printf '# Deep\\n\\nText.\\n' > {second}/{new string('e', 250)}.md");
        CliProcess.Shell($"cd '{tree.PathOf("docs")}' && printf '# B\\n\\nText.\\n' > \"$(printf 'b\\377.md')\"");
        try
        {
            var result = await CliProcess.RunAsync(tree.Root, ["check", "ko"]);

            Assert.True(result.ExitCode == 1, result.ToString());
            Assert.Contains("error invalid-file: docs/dddd", result.StdOut, StringComparison.Ordinal);
            Assert.Contains("path is longer than the system allows; not read", result.StdOut, StringComparison.Ordinal);
            Assert.Contains("file name is not valid UTF-8", result.StdOut, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", result.StdErr, StringComparison.Ordinal);
        }
        finally
        {
            CliProcess.Shell($"cd '{tree.PathOf("docs")}' && rm -rf {new string('d', 200)}");
        }
    }

    [Fact]
    public async Task A_signal_during_the_write_leaves_no_temporary_file()
    {
        SkipUnlessLinux();
        using var tree = new TempTree();
        // A pair whose JSON report takes a while to write: every paragraph is English left in the translation.
        var page = new StringBuilder("# Title\n\n");
        for (var i = 0; i < 30_000; i++)
        {
            page.Append("Paragraph number ").Append(i).Append(" is written in plain English for the report.\n\n");
        }

        tree.Write("en.md", page.ToString());
        tree.Write("ko.md", page.ToString().Replace("# Title", "# 제목", StringComparison.Ordinal));
        var sawTemporary = false;
        var result = await CliProcess.RunAsync(
            tree.Root,
            ["check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--format", "json", "-o", "report.json", "--file-timeout", "0"],
            whileRunning: async process =>
            {
                var watch = Stopwatch.StartNew();
                while (!process.HasExited && watch.Elapsed < TimeSpan.FromMinutes(2))
                {
                    if (Directory.GetFiles(tree.Root, ".report.json.*.tmp").Length > 0)
                    {
                        sawTemporary = true;
                        CliProcess.Shell($"kill -TERM {process.Id}");
                        break;
                    }

                    await Task.Delay(1, TestContext.Current.CancellationToken);
                }
            });

        Assert.True(sawTemporary, $"the run ended before its report was being written: {result}");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Empty(Directory.GetFiles(tree.Root, ".report.json.*"));
        Assert.False(File.Exists(tree.PathOf("report.json")));
    }
}
