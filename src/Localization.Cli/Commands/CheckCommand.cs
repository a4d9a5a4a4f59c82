using System.CommandLine;
using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Findings;
using Localization.Core.IO;
using Localization.Core.Reports;
using Localization.Core.Reports.Html;
using Localization.Core.Units;

namespace Localization.Cli.Commands;

/// <summary><c>l10n check [LANG...] [PATH...]</c>: the main job.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("LANG-or-PATH")
        {
            Description = "Languages to check (as the translation paths spell them, e.g. ko, pt-BR, zh-Hant; all found on disk when none is given), then translated files or directories to limit the check to.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var options = new CommonCheckOptions();
        var excludeLang = CliOptions.MultiValue("--exclude-lang", "Languages to leave out when checking every language.", "LANG");
        var source = new Option<string?>("--source") { Description = "Pair mode: the English Markdown file (no crowdin.yml needed); - reads standard input.", HelpName = "FILE" };
        var target = new Option<string?>("--target") { Description = "Pair mode: its translation; - reads standard input.", HelpName = "FILE" };
        var lang = new Option<string?>("--lang") { Description = "Pair mode: the translation's language code (default: guessed from the target's path, e.g. ko.md or i18n/ko/…).", HelpName = "LANG" };

        var command = new Command("check", "Align every translated page with its English source and report what is wrong.")
        {
            targets, excludeLang, source, target, lang,
        };
        options.AddTo(command);
        options.Format.AcceptOnlyFromAmong([.. ReportWriters.Names]);
        var gating = new GatingOptions();
        gating.AddTo(command);
        command.SetAction(parse => Run(parse, targets, excludeLang, source, target, lang, options, gating));
        return command;
    }

    private static int Run(ParseResult parse, Argument<string[]> targetsArgument, Option<string[]> excludeOption, Option<string?> sourceOption, Option<string?> targetOption, Option<string?> langOption, CommonCheckOptions options, GatingOptions gatingOptions)
    {
        var console = new CliConsole(parse);
        var settings = options.Read(parse, console);
        if (settings is null || gatingOptions.Read(parse, console) is not { } gating)
        {
            return ExitCodes.UsageOrConfigError;
        }

        // The HTML report shows every page's aligned units: it must receive them during the run.
        using var html = settings.Format == "html" ? new HtmlReportWriter(ReportCommand.TitleOf(parse.GetValue(options.Config))) : null;
        if (html is not null)
        {
            settings = settings with { Engine = settings.Engine with { PageSink = html.Sink } };
        }

        var sourcePath = parse.GetValue(sourceOption);
        var targetPath = parse.GetValue(targetOption);
        var positional = parse.GetValue(targetsArgument) ?? [];
        if (positional.FirstOrDefault(p => p.StartsWith('-')) is { } unknown)
        {
            return console.UnknownOption(parse, unknown);
        }

        var pairMode = sourcePath is not null || targetPath is not null;
        if (!pairMode && parse.GetResult(langOption) is not null)
        {
            return console.Fail("--lang is for pair mode (--source and --target); in a project, give the languages as arguments: l10n check ko fr");
        }

        if (pairMode && parse.GetResult(excludeOption) is not null)
        {
            return console.Fail("--exclude-lang is for a project run; pair mode checks one page in the language of --lang");
        }

        CheckResult result;
        string? projectDirectory = null;
        if (pairMode)
        {
            if (PairMode.Language(console, sourcePath, targetPath, parse.GetValue(langOption), positional, standardInput: true) is not { } language)
            {
                return ExitCodes.UsageOrConfigError;
            }

            if (ProjectRun.PairModeSettings(console, settings.Engine, sourcePath) is not { } pairEngine)
            {
                return ExitCodes.UsageOrConfigError;
            }

            var paired = sourcePath == "-" || targetPath == "-"
                ? PairFromStandardInput.Check(pairEngine, language, sourcePath!, targetPath!, console)
                : new CheckEngine(pairEngine).Run([PairMode.Request(language, sourcePath!, targetPath!)]);
            if (paired is null)
            {
                return ExitCodes.UsageOrConfigError;
            }

            result = paired;
        }
        else
        {
            var configPath = settings.ConfigPath ?? ProjectRun.FindConfig();
            if (configPath is null)
            {
                return console.Fail(ProjectRun.NoConfig(", or --source and --target for one pair"));
            }

            if (ProjectRun.Check(console, configPath, positional, CliOptions.Values(parse, excludeOption), settings.Engine, settings.Quiet) is not { } checkedProject)
            {
                return ExitCodes.UsageOrConfigError;
            }

            result = checkedProject;
            projectDirectory = Path.GetDirectoryName(Path.GetFullPath(configPath));
        }

        return GatingOptions.Report(result, settings, gating, console, projectDirectory, html);
    }
}

/// <summary>Settings shared by the commands that check.</summary>
internal sealed record CheckSettings(string Format, Severity? FailOn, string? Output, bool Force, string Color, string? ConfigPath, CheckOptions Engine)
{
    /// <summary>-q: findings only, no summary or progress.</summary>
    public bool Quiet { get; init; }
}

/// <summary>Options shared by the commands that check.</summary>
internal sealed class CommonCheckOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = "The crowdin.yml to read (default: crowdin.yml, crowdin.yaml or l10n.yml in the current directory or the nearest parent that has one).", HelpName = "FILE" };

    public Option<string> Format { get; } = new("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };

    public Option<string> FailOn { get; } = new("--fail-on") { Description = "Exit with 1 when a finding has this severity or a higher one.", DefaultValueFactory = _ => "error" };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the report to FILE (atomically) instead of standard output.", HelpName = "FILE" };

    public Option<bool> Force { get; } = new("--force") { Description = "Let --output replace an existing file." };

    public Option<string> Color { get; } = new("--color") { Description = "Colour in text output.", DefaultValueFactory = _ => "auto" };

    public Option<string[]> FrontMatterKeys { get; } = CliOptions.MultiValue("--front-matter-keys", "Front-matter keys whose values are translated (default: title description).", "KEY");

    public Option<long> MaxFileSize { get; } = new("--max-file-size") { Description = "Largest file read, in bytes; larger files are reported as invalid-file.", DefaultValueFactory = _ => TextFileReader.DefaultMaxBytes, HelpName = "BYTES" };

    public Option<int> Jobs { get; } = new Option<int>("--jobs", "-j") { Description = "Files checked in parallel (0: all cores).", DefaultValueFactory = _ => 0, HelpName = "N" }.InRange(0, int.MaxValue, "0 (all cores) or a positive number of files at a time");

    public Option<bool> Quiet { get; } = CliOptions.Quiet();

    public Option<double> FileTimeout { get; } = new("--file-timeout") { Description = "Longest time one file may take, in seconds (0: no limit); a file over it is reported as invalid-file and the run goes on.", DefaultValueFactory = _ => CheckOptions.Default.FileTimeout.TotalSeconds, HelpName = "SECONDS" };

    /// <summary>The longest limit a wait can take (int.MaxValue milliseconds, about 24.8 days).</summary>
    public const int MaxFileTimeoutSeconds = int.MaxValue / 1000;

    /// <summary>The --file-timeout value as a time span, or null (after printing why) when it is negative.</summary>
    public TimeSpan? ReadFileTimeout(ParseResult parse, CliConsole console)
    {
        var seconds = parse.GetValue(FileTimeout);
        if (seconds < 0 || !double.IsFinite(seconds) || seconds > MaxFileTimeoutSeconds)
        {
            console.Fail($"--file-timeout must be a number of seconds from 0 (no limit) to {MaxFileTimeoutSeconds}");
            return null;
        }

        return seconds == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);
    }

    public void AddTo(Command command)
    {
        FailOn.AcceptOnlyFromAmong("error", "warning", "info", "none");
        Color.AcceptOnlyFromAmong("auto", "always", "never");
        command.Options.Add(Config);
        command.Options.Add(Format);
        command.Options.Add(FailOn);
        command.Options.Add(Output);
        command.Options.Add(Force);
        command.Options.Add(Color);
        command.Options.Add(FrontMatterKeys);
        command.Options.Add(MaxFileSize);
        command.Options.Add(Jobs);
        command.Options.Add(FileTimeout);
        command.Options.Add(Quiet);
    }

    public CheckSettings? Read(ParseResult parse, CliConsole console)
    {
        // Commands that take only some of these options (report, status) get their defaults for the others.
        var failOn = parse.GetValue(FailOn) ?? "error";
        Severity? threshold = failOn == "none" ? null : SeverityNames.TryParse(failOn, out var s) ? s : Severity.Error;
        return ReadEngine(parse, console) is { } engine
            ? new CheckSettings(parse.GetValue(Format) ?? "text", threshold, parse.GetValue(Output), parse.GetValue(Force), parse.GetValue(Color) ?? "auto", parse.GetValue(Config), engine) { Quiet = parse.GetValue(Quiet) }
            : null;
    }

    /// <summary>The engine options of the project options (front-matter keys, size, jobs, timeout); null after printing why.</summary>
    public CheckOptions? ReadEngine(ParseResult parse, CliConsole console)
    {
        var keys = CliOptions.Values(parse, FrontMatterKeys) is { Length: > 0 } given ? given.ToHashSet(StringComparer.Ordinal) : null;
        var maxSize = parse.GetValue(MaxFileSize);
        if (maxSize <= 0)
        {
            console.Fail($"--max-file-size: '{maxSize}' is out of range; give the largest file to read in bytes (at least 1)");
            return null;
        }

        if (ReadFileTimeout(parse, console) is not { } timeout)
        {
            return null;
        }

        if (console.RefusesOutput(parse.GetValue(Output), parse.GetValue(Force)))
        {
            return null;
        }

        return CheckOptions.Default with
        {
            Reader = keys is null ? PageReaderOptions.Default : new PageReaderOptions(keys),
            MaxFileBytes = maxSize,
            Parallelism = Math.Max(0, parse.GetValue(Jobs)),
            FileTimeout = timeout,
        };
    }
}
