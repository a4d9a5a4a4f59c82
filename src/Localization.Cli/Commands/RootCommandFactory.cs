using System.CommandLine;

namespace Localization.Cli.Commands;

/// <summary>Builds the l10n command tree.</summary>
internal static class RootCommandFactory
{
    public static RootCommand Create()
    {
        var root = new RootCommand("l10n: checks translated Markdown pages against their English source, block by block.")
        {
            CheckCommand.Create(),
            StatusCommand.Create(),
            AlignCommand.Create(),
            RulesCommand.Create(),
            TermsCommand.Create(),
        };
        root.Options.Add(new Option<string?>(UiSelection.OptionName)
        {
            Description = "Language of l10n's own messages: en or ko (default: from LC_ALL, LC_MESSAGES or LANG, else the system's language).",
            HelpName = "LANG",
            Recursive = true,
        });
        return root;
    }
}
