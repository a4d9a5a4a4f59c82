using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// <c>l10n check</c> with every option given in a wrong way: never a stack trace, never exit 0, and the
/// message names what was wrong.
/// </summary>
[Collection(CliCollection.Name)]
public sealed class InvalidCommandLineTests
{
    public static TheoryData<string, string> Cases { get; } = new()
    {
        { "check --format xml", "--format: 'xml' is not a valid value; use one of " },
        { "check -f", "-f needs a value: one of " },
        { "check --fail-on fatal", "--fail-on: 'fatal' is not a valid value" },
        { "check --fail-on", "--fail-on needs a value" },
        { "check --color sometimes", "--color: 'sometimes' is not a valid value" },
        { "check --color", "--color needs a value" },
        { "check ko -j abc", "-j: 'abc' is not a whole number" },
        { "check ko --jobs -1", "--jobs: '-1' is out of range" },
        { "check ko -j 1.5", "-j: '1.5' is not a whole number" },
        { "check ko -j", "-j needs a value" },
        { "check ko --max-file-size 0", "--max-file-size: '0' is out of range" },
        { "check ko --max-file-size -5", "--max-file-size" },
        { "check ko --max-file-size big", "--max-file-size: 'big' is not a whole number" },
        { "check ko --file-timeout -1", "--file-timeout" },
        { "check ko --file-timeout soon", "--file-timeout: 'soon' is not a number" },
        { "check ko --file-timeout NaN", "--file-timeout" },
        { "check ko --config", "--config needs a value" },
        { "check ko --config nope.yml", "nope.yml: no such file (--config)" },
        { "check ko --config docs", "docs: is a directory" },
        { "check ko --output", "--output needs a value" },
        { "check ko --front-matter-keys", "--front-matter-keys needs a value" },
        { "check --exclude-lang", "--exclude-lang needs a value" },
        { "check --source docs/a.md", "pair mode needs both --source and --target" },
        { "check --target i18n/ko/a.md", "pair mode needs both --source and --target" },
        { "check --source docs/a.md --target nope.md", "nope.md: no such file (--target)" },
        { "check --source nope.md --target i18n/ko/a.md", "nope.md: no such file (--source)" },
        { "check --source docs --target i18n/ko/a.md", "docs: is a directory" },
        { "check --source - --target -", "only one of --source and --target can read standard input" },
        { "check --source docs/a.md --target i18n/ko/a.md ko", "pair mode takes no LANG or PATH arguments (got 'ko')" },
        { "check --source docs/a.md --target i18n/ko/a.md --lang k.o", "invalid language code 'k.o'" },
        { "check --source docs/a.md --target i18n/ko/a.md --lang", "--lang needs a value" },
        { "check --source docs/a.md --target i18n/ko/a.md --exclude-lang fr", "--exclude-lang is for a project run" },
        { "check ko --lang ko", "--lang is for pair mode" },
        { "check ko --bogus", "unknown option '--bogus' for 'check'" },
        { "check ko -x", "unknown option '-x' for 'check'" },
        { "check --formt json", "unknown option '--formt' for 'check' (did you mean '--format'?)" },
        { "check ko --fail-onn error", "(did you mean '--fail-on'?)" },
        { "check ko nope.md", "nope.md: no such file, and not where this project keeps a translation for ko" },
        { "check ko README.md", "README.md: not a translated file of this project for ko" },
        { "check ko i18n/ko/**/*.txt", "i18n/ko/**/*.txt: the pattern matches no file" },
        { "check --exclude-lang ko", "no translations found on disk for any language" },
        { "check zz", "no translation for language 'zz' exists" },
        { "check ko --force=maybe", "--force: 'maybe' is not true or false" },
        { "check ko --quiet=3", "--quiet: '3' is not true or false" },
        { "check ko --output a.txt --output b.txt", "--output" },
        { "check ko @nope.rsp", "nope.rsp" },
        { "chek ko", "unknown command 'chek' (did you mean 'check'?)" },
        { "status ko --fail-on error", "unknown option '--fail-on' for 'status'" },
        { "status ko --sort size", "--sort: 'size' is not a valid value; use one of coverage, name" },
        { "align docs/a.md", "missing TARGET" },
        { "align docs/a.md i18n/ko/a.md -w 500", "-w: '500' is out of range" },
        { "align docs/a.md nope.md", "nope.md: no such file" },
        { "terms --min-language-share 2", "--min-language-share" },
        { "help chek", "unknown command 'chek' (did you mean 'check'?)" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void An_invalid_command_line_exits_2_and_names_what_was_wrong(string commandLine, string expected)
    {
        using var tree = Fixtures.Project();
        tree.Write("README.md", "# Readme\n");
        var result = CliRunner.Run(tree.Root, commandLine.Split(' '));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("l10n: error: ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains(expected, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    /// <summary>An empty argument (a shell variable left empty, "$LANGS") has no path to name: a usage error, never an internal one.</summary>
    [Theory]
    [InlineData("check|ko|--baseline|", "--baseline: '' is not a file name")]
    [InlineData("check|ko|--write-baseline|", "is not a file name")]
    [InlineData("check|", "'' is neither a language nor a path")]
    [InlineData("check|ko|", "'' is neither a language nor a path")]
    [InlineData("status|", "'' is neither a language nor a path")]
    [InlineData("check|--source||--target|i18n/ko/a.md", "--source: '' is not a file name")]
    [InlineData("check|--source|docs/a.md|--target|", "--target: '' is not a file name")]
    public void An_empty_argument_is_a_usage_error_not_an_internal_one(string commandLine, string expected)
    {
        using var tree = Fixtures.Project();
        var result = CliRunner.Run(tree.Root, commandLine.Split('|'));
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("l10n: error: ", result.StdErr, StringComparison.Ordinal);
        Assert.Contains(expected, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void There_are_at_least_forty_cases() => Assert.True(Cases.Count >= 40);
}
