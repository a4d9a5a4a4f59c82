using System.CommandLine;
using Localization.Core.Checking;
using Localization.Core.History;

namespace Localization.Cli.Commands;

/// <summary>
/// <c>l10n diff LANG [PATH...] --since REV | --since-translation</c>: what changed in the English since a
/// revision (or since each translation was last committed), unit by unit, with a word diff and the translated
/// unit to update. History is read from git.
/// </summary>
internal static class DiffCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("LANG-or-PATH")
        {
            Description = "Languages (as the translation paths spell them), then translated files or directories to limit the diff to.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var since = new Option<string?>("--since") { Description = "A git revision of the English (commit, branch, tag, HEAD~1): list what changed since then.", HelpName = "REV" };
        var sinceTranslation = new Option<bool>("--since-translation") { Description = "Per page, compare with the English as it was at the last commit that touched the translated file." };
        var config = new CommonCheckOptions().Config;
        var quiet = CliOptions.Quiet();
        var command = new Command("diff", "List the English units added, removed and changed since a git revision (or since each translation's last commit), each changed unit with a word diff and the translated unit it aligns with; cosmetic English edits are labelled cosmetic.")
        {
            targets, since, sinceTranslation, config, quiet,
        };
        command.SetAction(parse =>
        {
            var console = new CliConsole(parse);
            var positional = parse.GetValue(targets) ?? [];
            if (positional.FirstOrDefault(p => p.StartsWith('-')) is { } unknown)
            {
                return console.UnknownOption(parse, unknown);
            }

            var revision = parse.GetValue(since);
            if ((revision is null) == !parse.GetValue(sinceTranslation))
            {
                return console.Fail("give either --since REV or --since-translation");
            }

            var configPath = parse.GetValue(config) ?? ProjectRun.FindConfig();
            if (configPath is null)
            {
                return console.Fail(ProjectRun.NoConfig());
            }

            var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(configPath))!;
            GitHistory history;
            try
            {
                history = GitHistory.Open(projectDirectory);
                revision = revision is null ? null : GitHistory.Resolve(projectDirectory, revision);
            }
            catch (HistoryException e)
            {
                return console.Fail(e.Message);
            }

            var collector = new ChangeCollector(history, revision, CheckOptions.Default.Reader);
            var engine = CheckOptions.Default with { PageSink = collector, CheckCrossPageLinks = false };
            if (ProjectRun.Check(console, configPath, positional, [], engine, parse.GetValue(quiet)) is null)
            {
                return ExitCodes.UsageOrConfigError;
            }

            if (!parse.GetValue(quiet))
            {
                foreach (var note in collector.Notes)
                {
                    console.Error.WriteLine($"l10n: {Core.Reports.SafeText.Escape(note)}"); // notes name files: no control character reaches the terminal
                }
            }

            var display = ProjectRun.DisplayFromProject(projectDirectory) ?? (p => p);
            ChangesTextWriter.Write(collector.Pages, console.Out, display);
            return ExitCodes.Success;
        });
        return command;
    }
}
