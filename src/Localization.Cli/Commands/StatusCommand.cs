using System.CommandLine;
using Localization.Core.Checking;
using Localization.Core.IO;
using Localization.Core.Reports.Status;
using Localization.Core.Units;

namespace Localization.Cli.Commands;

/// <summary>
/// <c>l10n status [LANG...] [PATH...]</c>: an offline coverage table (like Crowdin's progress page), per
/// language or per page. Checks the project exactly as <c>check</c> does and never fails on findings.
/// </summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("LANG-or-PATH")
        {
            Description = "Languages to count (as the translation paths spell them, e.g. ko, pt-BR, zh-Hant; all found on disk when none is given), then translated files or directories to limit the count to.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var excludeLang = CliOptions.MultiValue("--exclude-lang", "Languages to leave out when counting every language.", "LANG");
        var byFile = new Option<bool>("--by-file") { Description = "One row per page instead of one per language." };
        var format = new Option<string>("--format", "-f") { Description = "Table format.", DefaultValueFactory = _ => StatusWriters.Names[0] };
        format.AcceptOnlyFromAmong([.. StatusWriters.Names]);
        var sort = new Option<string>("--sort") { Description = "Row order: name, coverage (lowest translated share first), or staleness (outdated pages first, the most evidence first); ties by name.", DefaultValueFactory = _ => "name" };
        sort.AcceptOnlyFromAmong("name", "coverage", "staleness");

        // The project options of check, with the same names, defaults and help (no --fail-on: status never fails on findings).
        var common = new CommonCheckOptions();
        common.Color.AcceptOnlyFromAmong("auto", "always", "never");
        common.Color.Description = "Accepted as check accepts it; the table is plain text.";

        var command = new Command("status", "Print translation coverage per language (or per page) as a table: units translated, partial, untranslated, missing, extra, and findings by severity.")
        {
            targets, excludeLang, byFile, format, sort,
            common.Config, common.Output, common.Force, common.Color, common.FrontMatterKeys, common.MaxFileSize, common.Jobs, common.FileTimeout, common.Quiet,
        };
        command.SetAction(parse =>
        {
            var console = new CliConsole(parse);
            var positional = parse.GetValue(targets) ?? [];
            if (positional.FirstOrDefault(p => p.StartsWith('-')) is { } unknown)
            {
                return console.UnknownOption(parse, unknown);
            }

            var maxSize = parse.GetValue(common.MaxFileSize);
            if (maxSize <= 0)
            {
                return console.Fail($"--max-file-size: '{maxSize}' is out of range; give the largest file to read in bytes (at least 1)");
            }

            if (common.ReadFileTimeout(parse, console) is not { } timeout)
            {
                return ExitCodes.UsageOrConfigError;
            }

            if (console.RefusesOutput(parse.GetValue(common.Output), parse.GetValue(common.Force)))
            {
                return ExitCodes.UsageOrConfigError;
            }

            var keys = CliOptions.Values(parse, common.FrontMatterKeys) is { Length: > 0 } given ? given.ToHashSet(StringComparer.Ordinal) : null;
            var engine = CheckOptions.Default with
            {
                Reader = keys is null ? PageReaderOptions.Default : new PageReaderOptions(keys),
                MaxFileBytes = maxSize,
                Parallelism = Math.Max(0, parse.GetValue(common.Jobs)),
                FileTimeout = timeout,
            };

            var configPath = parse.GetValue(common.Config) ?? ProjectRun.FindConfig();
            if (configPath is null)
            {
                return console.Fail(ProjectRun.NoConfig());
            }

            if (ProjectRun.Check(console, configPath, positional, CliOptions.Values(parse, excludeLang), engine, parse.GetValue(common.Quiet)) is not { } result)
            {
                return ExitCodes.UsageOrConfigError;
            }

            var table = StatusTable.Build(result, parse.GetValue(byFile), parse.GetValue(sort) switch
            {
                "coverage" => StatusSort.Coverage,
                "staleness" => StatusSort.Staleness,
                _ => StatusSort.Name,
            });
            var writer = StatusWriters.Create(parse.GetValue(format)!);
            if (parse.GetValue(common.Output) is { } output)
            {
                try
                {
                    AtomicFileWriter.Write(output, w => writer.Write(table, w), parse.GetValue(common.Force));
                }
                catch (OutputFileException e)
                {
                    return console.Fail(e.Message);
                }
            }
            else
            {
                writer.Write(table, console.Out);
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
