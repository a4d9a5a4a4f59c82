using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>The built l10n.dll as a separate process: real exit codes and real redirected streams.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Built_cli_returns_the_documented_exit_codes()
    {
        Assert.True(File.Exists(RepoPaths.CliDll), $"{RepoPaths.CliDll} not found next to the test assembly");
        using var tree = Fixtures.Pairs();

        var warning = await RunAsync(tree.Root, "check", "--source", "en.md", "--target", "ko-warning.md", "--lang", "ko");
        Assert.True(warning.ExitCode == 0, warning.ToString());
        Assert.StartsWith("ko-warning.md:3:1: warning untranslated-block: ", warning.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', warning.StdOut); // stdout is redirected: no colour in auto mode

        var error = await RunAsync(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko");
        Assert.True(error.ExitCode == 1, error.ToString());
        Assert.Contains("ko.md:5:1: error link-mismatch: ", error.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error.StdOut);

        var strict = await RunAsync(tree.Root, "check", "--source", "en.md", "--target", "ko-warning.md", "--lang", "ko", "--fail-on", "warning");
        Assert.True(strict.ExitCode == 1, strict.ToString());

        var usage = await RunAsync(tree.Root, "check", "--format", "xml");
        Assert.True(usage.ExitCode == 2, usage.ToString());
        Assert.StartsWith("l10n: error: ", usage.StdErr, StringComparison.Ordinal);
        Assert.Contains("'xml'", usage.StdErr, StringComparison.Ordinal);
        Assert.Equal("", usage.StdOut);

        var config = await RunAsync(tree.Root, "check", "ko");
        Assert.True(config.ExitCode == 2, config.ToString());
        Assert.Contains("no crowdin.yml", config.StdErr, StringComparison.Ordinal);
    }

    private static Task<CliResult> RunAsync(string workingDirectory, params string[] args) => ProcessRunner.RunAsync(workingDirectory, args);
}
