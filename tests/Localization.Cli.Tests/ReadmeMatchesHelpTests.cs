using System.CommandLine;
using System.Text.RegularExpressions;
using Localization.Cli.Commands;
using Localization.Cli.Tests.Support;

namespace Localization.Cli.Tests;

/// <summary>
/// The README documents every command's options and exit codes exactly as --help prints them. Generic: an
/// option added to a command only needs its row in the option table of that command's README section.
/// </summary>
[Collection(CliCollection.Name)]
public sealed partial class ReadmeMatchesHelpTests
{
    public static TheoryData<string> Commands { get; } = [.. RootCommandFactory.Create().Subcommands.Where(c => !c.Hidden).Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_readme_option_table_lists_exactly_the_options_of_help(string command)
    {
        var help = Help(command);
        var section = ReadmeSection(command);
        var documented = section.Split('\n').Where(l => l.StartsWith('|') && !l.StartsWith("| ---", StringComparison.Ordinal))
            .SelectMany(l => OptionName().Matches(l.Split('|')[1]).Select(m => m.Value))
            .ToHashSet(StringComparer.Ordinal);
        var options = HelpOptions(help);
        Assert.True(options.SetEquals(documented),
            $"l10n {command}: in --help but not in the README table: {string.Join(", ", options.Except(documented))}; in the README but not in --help: {string.Join(", ", documented.Except(options))}");
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void The_readme_exit_codes_are_those_of_help(string command)
    {
        var help = Help(command);
        var helpCodes = help[(help.IndexOf("Exit codes:", StringComparison.Ordinal) + 11)..].Split('\n')
            .Select(l => HelpExitCode().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        var line = ReadmeSection(command).Split('\n').FirstOrDefault(l => l.Contains("Exit codes", StringComparison.Ordinal));
        Assert.True(line is not null, $"the README section of l10n {command} has no 'Exit codes' line");
        var readmeCodes = ReadmeExitCode().Matches(line).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(helpCodes);
        Assert.Equal(helpCodes, readmeCodes);
    }

    [Fact]
    public void Every_visible_option_has_a_description() =>
        Assert.All(RootCommandFactory.Create().Subcommands.Where(c => !c.Hidden).SelectMany(c => c.Options.Select(o => (c, o))),
            x => Assert.False(string.IsNullOrWhiteSpace(x.o.Description), $"l10n {x.c.Name} {x.o.Name}"));

    private static string Help(string command)
    {
        var result = CliRunner.Run(Path.GetTempPath(), command, "--help");
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.StdOut.ReplaceLineEndings("\n");
    }

    /// <summary>The option names of the Options section of --help (the first column), without --help itself.</summary>
    private static HashSet<string> HelpOptions(string help)
    {
        var start = help.IndexOf("Options:", StringComparison.Ordinal);
        var end = help.IndexOf("Exit codes:", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, help);
        return help[start..end].Split('\n').Where(l => l.StartsWith("  -", StringComparison.Ordinal))
            .SelectMany(l => OptionName().Matches(Regex.Split(l.Trim(), @"\s{2,}")[0]).Select(m => m.Value))
            .Where(o => o is not ("-h" or "--help" or "-?"))
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The README section "### `l10n COMMAND …`" up to the next heading of the same or a higher level.</summary>
    private static string ReadmeSection(string command)
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf($"### `l10n {command}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"README.md has no section '### `l10n {command} …`'");
        var next = NextHeading().Match(readme, start + 4);
        return next.Success ? readme[start..next.Index] : readme[start..];
    }

    [GeneratedRegex(@"(?<![\w-])--?[A-Za-z][\w-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"^\s+(\d)\s{2}")]
    private static partial Regex HelpExitCode();

    [GeneratedRegex(@"`(\d)`")]
    private static partial Regex ReadmeExitCode();

    [GeneratedRegex(@"^#{2,3} ", RegexOptions.Multiline)]
    private static partial Regex NextHeading();
}
