using System.CommandLine;
using Localization.Cli.Commands;

namespace Localization.Cli.Tests;

/// <summary>An internal error reaches the user as one line naming the file being checked, exit 2, never a stack trace.</summary>
public sealed class InternalErrorGuardTests
{
    [Fact]
    public void An_exception_in_a_command_is_one_line_naming_the_file_with_exit_code_2()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = CliApplication.Run(["boom"], stdout, stderr, () =>
        {
            var boom = new Command("boom");
            boom.SetAction(int (_) =>
            {
                try
                {
                    throw new InvalidOperationException("a defect\nover two lines");
                }
                catch (Exception e) when (InternalErrors.Tag(e, "i18n/ko/page.md"))
                {
                    throw;
                }
            });
            return new RootCommand { boom };
        });

        Assert.Equal(2, code);
        Assert.Equal("", stdout.ToString());
        Assert.Equal("l10n: internal error while checking i18n/ko/page.md: InvalidOperationException: a defect over two lines (please report it)\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Without_a_known_file_the_line_names_the_error_only()
    {
        using var stderr = new StringWriter();
        var code = CliApplication.Run(["boom"], TextWriter.Null, stderr, () =>
        {
            var boom = new Command("boom");
            boom.SetAction(int (_) => throw new KeyNotFoundException("missing key"));
            return new RootCommand { boom };
        });

        Assert.Equal(2, code);
        Assert.Equal("l10n: internal error: KeyNotFoundException: missing key (please report it)", stderr.ToString().Trim());
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("false", false)]
    [InlineData("FALSE", false)]
    [InlineData("0", false)]
    [InlineData("no", false)]
    [InlineData("off", false)]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("yes", true)]
    public void Progress_is_suppressed_only_when_CI_is_set_to_a_true_value(string? value, bool inCi) =>
        Assert.Equal(inCi, CliOptions.IsTrue(value));
}
