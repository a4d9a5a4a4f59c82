using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>--fail-on: error (default), warning, info or none; the exit code is 1 when a finding is at or above it.</summary>
[Collection(CliCollection.Name)]
public sealed class FailOnTests
{
    // Inputs (source, target) and the most severe finding each produces.
    public static TheoryData<string, string, string, string, int> Matrix()
    {
        var data = new TheoryData<string, string, string, string, int>();
        var inputs = new (string Source, string Target, string Worst)[]
        {
            ("en.md", "ko-clean.md", "nothing"),
            ("en-info.md", "ko-info.md", "info"),
            ("en.md", "ko-warning.md", "warning"),
            ("en.md", "ko.md", "error"),
        };
        var rank = new Dictionary<string, int> { ["nothing"] = -1, ["info"] = 0, ["warning"] = 1, ["error"] = 2 };
        foreach (var (source, target, worst) in inputs)
        {
            foreach (var threshold in new[] { "none", "info", "warning", "error" })
            {
                var expected = threshold != "none" && rank[worst] >= rank[threshold] ? 1 : 0;
                data.Add(source, target, worst, threshold, expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Exit_code_follows_the_threshold(string source, string target, string worst, string threshold, int expected)
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", source, "--target", target, "--lang", "ko", "--fail-on", threshold);
        Assert.True(result.ExitCode == expected, $"worst finding: {worst}\n{result}");
        if (worst != "nothing")
        {
            Assert.Contains($" {worst} ", result.StdOut, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("ko-clean.md", 0)]
    [InlineData("ko-warning.md", 0)]
    [InlineData("ko.md", 1)]
    public void Default_threshold_is_error(string target, int expected)
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", target, "--lang", "ko");
        Assert.True(result.ExitCode == expected, result.ToString());
    }

    [Fact]
    public void Fixtures_produce_the_severities_the_matrix_assumes()
    {
        using var tree = Fixtures.Pairs();
        var info = CliRunner.Run(tree.Root, "check", "--source", "en-info.md", "--target", "ko-info.md", "--lang", "ko");
        Assert.Contains("0 errors, 0 warnings, 1 infos", info.StdOut, StringComparison.Ordinal);
        var warning = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko-warning.md", "--lang", "ko");
        Assert.Contains("0 errors, 1 warnings, 0 infos", warning.StdOut, StringComparison.Ordinal);
        var error = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko");
        Assert.Contains("1 errors, 1 warnings, 0 infos", error.StdOut, StringComparison.Ordinal);
        var clean = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko-clean.md", "--lang", "ko");
        Assert.Equal(["ko: 1 files checked, 4 units: 4 translated (100.0%), 0 partial, 0 untranslated, 0 missing, 0 extra; 0 errors, 0 warnings, 0 infos"], clean.OutLines);
    }

    [Fact]
    public void Fail_on_none_prints_findings_but_exits_0()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "check", "--source", "en.md", "--target", "ko.md", "--lang", "ko", "--fail-on", "none");
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("error link-mismatch", result.StdOut, StringComparison.Ordinal);
    }
}
