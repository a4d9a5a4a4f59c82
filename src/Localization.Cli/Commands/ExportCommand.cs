using System.CommandLine;
using Localization.Core.Checking;
using Localization.Core.Export;
using Localization.Core.IO;

namespace Localization.Cli.Commands;

/// <summary>
/// <c>l10n export [LANG...] [PATH...] --format F --output DIR</c>: every unit that needs work, as files
/// Crowdin and CAT tools import (XLIFF 1.2 and 2.0, CSV, PO), for scripts (JSON) or reviewers (diff).
/// The project is checked exactly as <c>check</c> checks it; each page is exported as the engine hands it over.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("LANG-or-PATH")
        {
            Description = "Languages to export (as the translation paths spell them; all found on disk when none is given), then translated files or directories to limit the export to.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f") { Description = "Export format: xliff (XLIFF 1.2), xliff2 (XLIFF 2.0), csv (Crowdin CSV), po (gettext), json, diff.", DefaultValueFactory = _ => "xliff" };
        format.AcceptOnlyFromAmong([.. ExportWriters.Names]);
        var output = new Option<string>("--output", "-o") { Description = "Directory to write into (created when absent): one file per page, mirroring the translation tree.", Required = true, HelpName = "DIR" };
        var singleFile = new Option<bool>("--single-file") { Description = "One file per language (DIR/ko.xlf) instead of one per page." };
        var only = new Option<string>("--only") { Description = "Which units: untranslated (missing, untranslated, partial), mismatched (links, footnotes, code, markup, structure differ), or all.", DefaultValueFactory = _ => "all" };
        only.AcceptOnlyFromAmong("all", "untranslated", "mismatched");
        var rule = CliOptions.MultiValue("--rule", "Only units with a finding of these rules (names or ids, e.g. link-mismatch, LC101).", "NAME");
        var excludeLang = CliOptions.MultiValue("--exclude-lang", "Languages to leave out when exporting every language.", "LANG");
        var quiet = CliOptions.Quiet();
        quiet.Description = "Print no summary, progress or notes; errors only.";
        var source = new Option<string?>("--source") { Description = "Pair mode: the English Markdown file (no crowdin.yml needed).", HelpName = "FILE" };
        var target = new Option<string?>("--target") { Description = "Pair mode: its translation.", HelpName = "FILE" };
        var lang = new Option<string?>("--lang") { Description = "Pair mode: the translation's language code (default: guessed from the target's path).", HelpName = "LANG" };
        var common = new CommonCheckOptions();
        common.Force.Description = "Let the export replace files of an earlier export.";

        var command = new Command("export", "Write every unit that needs translating or fixing (untranslated, partial, missing, mismatched) as XLIFF, CSV, PO, JSON or a diff, for Crowdin, CAT tools and reviewers.")
        {
            targets, format, output, singleFile, only, rule, excludeLang, source, target, lang, quiet,
            common.Config, common.Force, common.FrontMatterKeys, common.MaxFileSize, common.Jobs, common.FileTimeout,
        };
        command.SetAction(parse =>
        {
            var console = new CliConsole(parse);
            var positional = parse.GetValue(targets) ?? [];
            if (positional.FirstOrDefault(p => p.StartsWith('-')) is { } unknown)
            {
                return console.UnknownOption(parse, unknown);
            }

            if (common.ReadEngine(parse, console) is not { } engine)
            {
                return ExitCodes.UsageOrConfigError;
            }

            var rules = CliOptions.Values(parse, rule) is { Length: > 0 } names ? names.ToHashSet(StringComparer.OrdinalIgnoreCase) : null;
            if (rules?.FirstOrDefault(r => Core.Rules.RuleRegistry.Find(r) is null) is { } unknownRule)
            {
                return console.Fail($"unknown rule '{unknownRule}' (see 'l10n rules')");
            }

            var scope = parse.GetValue(only) switch
            {
                "untranslated" => WorkItemScope.Untranslated,
                "mismatched" => WorkItemScope.Mismatched,
                _ => WorkItemScope.All,
            };
            var options = new ExportOptions(ExportWriters.Create(parse.GetValue(format)!), new WorkItemSelection(scope, rules), parse.GetValue(output)!, parse.GetValue(singleFile), parse.GetValue(common.Force));

            IReadOnlyList<PairRequest> pairs;
            IReadOnlyList<string> skipped = [];
            var showProgress = false;
            var sourcePath = parse.GetValue(source);
            var targetPath = parse.GetValue(target);
            if (sourcePath is not null || targetPath is not null)
            {
                if (PairMode.Language(console, sourcePath, targetPath, parse.GetValue(lang), positional, standardInput: false) is not { } language)
                {
                    return ExitCodes.UsageOrConfigError;
                }

                pairs = [PairMode.Request(language, sourcePath!, targetPath!)];
            }
            else
            {
                var configPath = parse.GetValue(common.Config) ?? ProjectRun.FindConfig();
                if (configPath is null)
                {
                    return console.Fail(ProjectRun.NoConfig(", or --source and --target for one pair"));
                }

                if (ProjectRun.Prepare(console, configPath, positional, CliOptions.Values(parse, excludeLang), engine, parse.GetValue(quiet)) is not { } project)
                {
                    return ExitCodes.UsageOrConfigError;
                }

                pairs = project.Plan.Pairs;
                engine = project.Engine;
                showProgress = project.ShowProgress;
            }

            // Refused before any work: an earlier export is never replaced without --force.
            if (!options.Force && WorkItemExporter.PlannedFiles(options, pairs).Where(File.Exists).ToList() is { Count: > 0 } existing)
            {
                var more = existing.Count > 1 ? $" and {existing.Count - 1} more" : "";
                return console.Fail($"{ProjectRun.Display(existing[0])}{more}: already exist (use --force to replace them)");
            }

            WorkItemExporter exporter;
            try
            {
                exporter = new WorkItemExporter(options, pairs);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return console.Fail(e is OutputFileException ? e.Message : $"{options.OutputDirectory}: {e.Message}");
            }

            CheckResult result;
            using (var progress = showProgress ? TerminalProgress.ForConsole() : null)
            {
                result = new CheckEngine(engine with { PageSink = exporter, Progress = progress, CheckCrossPageLinks = false }).Run(pairs);
            }

            var summary = exporter.Finish();
            foreach (var error in summary.Errors)
            {
                console.Fail(error);
            }

            // A page that could not be read has no work items: it is named (even with --quiet, which keeps errors), so
            // none is left out of a hand-over unnoticed; the other pages are exported.
            foreach (var unreadable in result.Findings.Where(f => f.Rule == "invalid-file"))
            {
                console.Error.WriteLine($"l10n: {Core.Reports.SafeText.Escape(unreadable.File)}: not exported: {Core.Reports.SafeText.Escape(unreadable.Message)}");
            }

            if (!parse.GetValue(quiet))
            {
                Report(console, summary, result, options);
            }

            return summary.Errors.Count > 0 ? ExitCodes.UsageOrConfigError : ExitCodes.Success;
        });
        return command;
    }

    private static void Report(CliConsole console, ExportSummary summary, CheckResult result, ExportOptions options)
    {
        foreach (var l in summary.Languages)
        {
            console.Out.WriteLine($"{l.Language}: {l.Items} work items ({l.Missing} missing, {l.Untranslated} untranslated, {l.Partial} partial, {l.Mismatched} mismatched) from {l.Pages} pages, {l.Files} {options.Writer.Name} files in {ProjectRun.Display(options.OutputDirectory)}");
        }

        var invalid = result.Findings.Count(f => f.Rule == "invalid-file");
        var missing = result.Findings.Count(f => f.Rule == "missing-file");
        if (missing + invalid > 0)
        {
            console.Out.WriteLine($"not exported: {missing} pages without a translation file (missing-file), {invalid} files that could not be read (invalid-file); see 'l10n check'");
        }
    }
}
