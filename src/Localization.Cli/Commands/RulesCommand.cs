using System.CommandLine;
using Localization.Core.Findings;
using Localization.Core.Rules;
using Localization.Core.Rules.Docs;

namespace Localization.Cli.Commands;

/// <summary><c>l10n rules</c>: lists the rules, or writes their generated documentation.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var markdown = new Option<bool>("--markdown") { Description = "Print the rule index as Markdown (docs/rules/README.md)." };
        var docs = new Option<string?>("--write-docs") { Description = "Regenerate the rule pages in DIRECTORY (e.g. docs/rules).", HelpName = "DIRECTORY" };
        var command = new Command("rules", "List the rules with their ids, default severities and descriptions.") { markdown, docs };
        command.SetAction(parse =>
        {
            var console = new CliConsole(parse);
            if (parse.GetValue(docs) is { } directory)
            {
                try
                {
                    foreach (var (file, text) in RuleDocs.Generate(RuleRegistry.All))
                    {
                        Directory.CreateDirectory(directory);
                        File.WriteAllText(Path.Combine(directory, file), text);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return console.Fail($"{directory}: {e.Message}");
                }

                return ExitCodes.Success;
            }

            if (parse.GetValue(markdown))
            {
                console.Out.Write(RuleDocs.Index(RuleRegistry.All));
                return ExitCodes.Success;
            }

            var width = RuleRegistry.All.Max(r => r.Name.Length);
            foreach (var rule in RuleRegistry.All)
            {
                console.Out.WriteLine($"{rule.Id}  {rule.Name.PadRight(width)}  {rule.DefaultSeverity.Name(),-7}  {rule.Description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
