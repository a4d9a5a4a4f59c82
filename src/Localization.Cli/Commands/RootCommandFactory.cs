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
            ReportCommand.Create(),
            AlignCommand.Create(),
            RulesCommand.Create(),
            TermsCommand.Create(),
        };
        return root;
    }
}
