using System.CommandLine;
using Localization.Core.Checking;
using Localization.Core.IO;
using Localization.Core.Terms;

namespace Localization.Cli.Commands;

/// <summary>
/// <c>l10n terms [LANG...] [--output terms.yml]</c>: learns the project's do-not-translate terms from its
/// translations and prints them as the YAML that every check reads back from <c>terms.yml</c>.
/// </summary>
internal static class TermsCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("LANG")
        {
            Description = "Languages to learn from (all found on disk when none is given; more languages, better terms).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var excludeLang = CliOptions.MultiValue("--exclude-lang", "Languages to leave out when learning from every language.", "LANG");
        var minShare = new Option<double>("--min-language-share") { Description = "Share of the languages that must keep a term verbatim.", DefaultValueFactory = _ => TermLearnerOptions.Default.MinLanguageShare, HelpName = "SHARE" };
        var common = new CommonCheckOptions();
        common.Output.Description = "Write the terms to FILE (atomically; terms.yml next to crowdin.yml is what checks read) instead of standard output.";
        var command = new Command("terms", "Learn the do-not-translate terms (product and platform names) that the translators of most languages keep verbatim, and print them as terms.yml.")
        {
            targets, excludeLang, minShare, common.Config, common.Output, common.Force, common.Jobs, common.Quiet,
        };
        command.SetAction(parse =>
        {
            var console = new CliConsole(parse);
            var positional = parse.GetValue(targets) ?? [];
            if (positional.FirstOrDefault(p => p.StartsWith('-')) is { } unknown)
            {
                return console.UnknownOption(parse, unknown);
            }

            var share = parse.GetValue(minShare);
            if (share is <= 0 or > 1)
            {
                return console.Fail("--min-language-share must be greater than 0 and at most 1");
            }

            if (console.RefusesOutput(parse.GetValue(common.Output), parse.GetValue(common.Force)))
            {
                return ExitCodes.UsageOrConfigError;
            }

            var configPath = parse.GetValue(common.Config) ?? ProjectRun.FindConfig();
            if (configPath is null)
            {
                return console.Fail(ProjectRun.NoConfig());
            }

            var engine = CheckOptions.Default with { Parallelism = Math.Max(0, parse.GetValue(common.Jobs)), CheckCrossPageLinks = false };
            if (ProjectRun.Prepare(console, configPath, positional, CliOptions.Values(parse, excludeLang), engine, parse.GetValue(common.Quiet)) is not { } project)
            {
                return ExitCodes.UsageOrConfigError;
            }

            IReadOnlyList<LearnedTerm> terms;
            using (var progress = project.ShowProgress ? TerminalProgress.ForConsole() : null)
            {
                terms = new CheckEngine(project.Engine with { Progress = progress }).LearnTerms(project.Plan.Pairs, TermLearnerOptions.Default with { MinLanguageShare = share });
            }

            var text = TermsFile.Format(terms, project.Languages);
            if (parse.GetValue(common.Output) is { } output)
            {
                try
                {
                    AtomicFileWriter.Write(output, w => w.Write(text), parse.GetValue(common.Force));
                }
                catch (OutputFileException e)
                {
                    return console.Fail(e.Message);
                }

                if (!parse.GetValue(common.Quiet))
                {
                    console.Error.WriteLine($"{terms.Count} terms written to {ProjectRun.Display(output)}");
                }
            }
            else
            {
                console.Out.Write(text);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
