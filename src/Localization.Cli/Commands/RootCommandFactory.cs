using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Localization.Cli.Commands;

/// <summary>Builds the l10n command tree: the verbs, <c>l10n help [COMMAND]</c>, and help that lists each command's exit codes.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create()
    {
        var root = new RootCommand("l10n: checks translated Markdown pages against their English source, block by block.")
        {
            CheckCommand.Create(),
            StatusCommand.Create(),
            DiffCommand.Create(),
            ReportCommand.Create(),
            AlignCommand.Create(),
            RulesCommand.Create(),
            TermsCommand.Create(),
            ExportCommand.Create(),
        };
        root.Options.Add(new Option<string?>(UiSelection.OptionName)
        {
            Description = "Language of l10n's own messages: en or ko (default: from LC_ALL, LC_MESSAGES or LANG, else the system's language).",
            HelpName = "LANG",
            Recursive = true,
        });

        var topic = new Argument<string[]>("COMMAND") { Arity = ArgumentArity.ZeroOrMore };
        var help = new Command("help", "Print the help of l10n or of one command.") { topic };
        help.Hidden = true;
        help.SetAction(parse =>
        {
            var names = parse.GetValue(topic) ?? [];
            if (names.Length > 0 && !root.Subcommands.Any(c => c.Name == names[0]))
            {
                return new CliConsole(parse).Fail($"unknown command '{names[0]}'{Core.Text.DidYouMean.Hint(names[0], ParseErrorMessages.CommandNames(root))}; the commands are: {string.Join(", ", ParseErrorMessages.CommandNames(root))}");
            }

            return PrintHelp(root, names.Take(1), parse);
        });
        root.Subcommands.Add(help);

        // `l10n` alone: the help, as git and cargo print it.
        root.SetAction(parse => PrintHelp(root, [], parse));

        foreach (var option in root.Options)
        {
            if (option is HelpOption { Action: HelpAction standard } helpOption)
            {
                helpOption.Action = new HelpWithExitCodes(standard);
            }
        }

        return root;
    }

    private static int PrintHelp(RootCommand root, IEnumerable<string> command, ParseResult parse) =>
        root.Parse([.. command, "--help"]).Invoke(new InvocationConfiguration { Output = parse.InvocationConfiguration.Output, Error = parse.InvocationConfiguration.Error });

    /// <summary>The standard help followed by the command's exit codes (a public contract, also in the README).</summary>
    private sealed class HelpWithExitCodes(HelpAction standard) : SynchronousCommandLineAction
    {
        // `l10n align --help` prints the help even though SOURCE and TARGET are missing.
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            standard.Invoke(parseResult);
            var output = parseResult.InvocationConfiguration.Output;
            var command = parseResult.CommandResult.Command;
            output.WriteLine("Exit codes:");
            foreach (var (code, meaning) in ExitCodes.Of(command is RootCommand ? "" : command.Name))
            {
                output.WriteLine($"  {code}  {meaning}");
            }

            output.WriteLine();
            return ExitCodes.Success;
        }
    }
}
