using System.CommandLine;
using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Findings;
using Localization.Core.IO;
using Localization.Core.Reports;
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
        var excludeLang = new Option<string[]>("--exclude-lang") { Description = "Languages to leave out when checking every language.", AllowMultipleArgumentsPerToken = true, HelpName = "LANG" };
        var source = new Option<string?>("--source") { Description = "Pair mode: the English Markdown file (no crowdin.yml needed).", HelpName = "FILE" };
        var target = new Option<string?>("--target") { Description = "Pair mode: its translation.", HelpName = "FILE" };
        var lang = new Option<string?>("--lang") { Description = "Pair mode: the translation's language code (default: guessed from the target's path, e.g. ko.md or i18n/ko/…).", HelpName = "LANG" };

        var command = new Command("check", "Align every translated page with its English source and report what is wrong.")
        {
            targets, excludeLang, source, target, lang,
        };
        options.AddTo(command);
        command.SetAction(parse => Run(parse, targets, excludeLang, source, target, lang, options));
        return command;
    }

    private static int Run(ParseResult parse, Argument<string[]> targetsArgument, Option<string[]> excludeOption, Option<string?> sourceOption, Option<string?> targetOption, Option<string?> langOption, CommonCheckOptions options)
    {
        var console = new CliConsole(parse);
        var settings = options.Read(parse, console);
        if (settings is null)
        {
            return ExitCodes.UsageOrConfigError;
        }

        var sourcePath = parse.GetValue(sourceOption);
        var targetPath = parse.GetValue(targetOption);
        var positional = parse.GetValue(targetsArgument) ?? [];
        if (positional.FirstOrDefault(p => p.StartsWith('-')) is { } unknown)
        {
            return console.Fail($"unknown option '{unknown}' (see 'l10n check --help')");
        }

        CheckResult result;
        if (sourcePath is not null || targetPath is not null)
        {
            if (sourcePath is null || targetPath is null)
            {
                return console.Fail("pair mode needs both --source and --target");
            }

            if (positional.Length > 0)
            {
                return console.Fail("pair mode takes no LANG or PATH arguments");
            }

            var language = parse.GetValue(langOption) ?? GuessLanguage(targetPath);
            if (!LanguageCatalog.IsValidCode(language))
            {
                return console.Fail($"invalid language code '{language}' (letters, digits, '-' and '_' only)");
            }

            if (!File.Exists(sourcePath))
            {
                return console.Fail($"{sourcePath}: file not found");
            }

            if (Directory.Exists(targetPath))
            {
                return console.Fail($"{targetPath}: is a directory, not a translated file");
            }

            var pair = new PairRequest(language, Display(sourcePath), Display(targetPath), Path.GetFullPath(sourcePath), Path.GetFullPath(targetPath));
            result = new CheckEngine(settings.Engine).Run([pair]);
        }
        else
        {
            var configPath = settings.ConfigPath ?? ProjectRun.FindConfig();
            if (configPath is null)
            {
                return console.Fail("no crowdin.yml in the current directory (use --config FILE, or --source and --target for one pair)");
            }

            if (ProjectRun.Check(console, configPath, positional, parse.GetValue(excludeOption) ?? [], settings.Engine) is not { } checkedProject)
            {
                return ExitCodes.UsageOrConfigError;
            }

            result = checkedProject;
        }

        return Report(result, settings, console);
    }

    internal static int Report(CheckResult result, CheckSettings settings, CliConsole console)
    {
        IReportWriter writer = settings.Format switch
        {
            "json" => new JsonReportWriter(),
            _ => new TextReportWriter(color: settings.Output is null && console.UseColor(settings.Color), console.Messages),
        };

        if (settings.Output is { } output)
        {
            try
            {
                AtomicFileWriter.Write(output, w => writer.Write(result, w), settings.Force);
            }
            catch (OutputFileException e)
            {
                return console.Fail(e.Message);
            }
        }
        else
        {
            writer.Write(result, console.Out);
        }

        var failing = settings.FailOn is { } threshold && result.Findings.Any(f => f.Severity >= threshold);
        return failing ? ExitCodes.FindingsAtThreshold : ExitCodes.Success;
    }

    /// <summary>
    /// A known language code from the target's path: the nearest directory (i18n/ko/page.md) first, then the
    /// file name (page.ko.md, ko.md), else "und".
    /// </summary>
    private static string GuessLanguage(string path)
    {
        var parts = path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries);
        var directories = parts[..^1].Reverse();
        var fileParts = parts.Length > 0 ? parts[^1].Split('.')[..^1].Reverse() : [];
        return directories.Concat(fileParts).FirstOrDefault(p => p.Length >= 2 && p != "en" && LanguageCatalog.IsKnown(p)) ?? "und";
    }

    private static string Display(string path) => ProjectRun.Display(path);
}

/// <summary>Settings shared by the commands that check.</summary>
internal sealed record CheckSettings(string Format, Severity? FailOn, string? Output, bool Force, string Color, string? ConfigPath, CheckOptions Engine);

/// <summary>Options shared by the commands that check.</summary>
internal sealed class CommonCheckOptions
{
    public Option<string?> Config { get; } = new("--config") { Description = "The crowdin.yml to read (default: ./crowdin.yml or ./crowdin.yaml).", HelpName = "FILE" };

    public Option<string> Format { get; } = new("--format", "-f") { Description = "Report format.", DefaultValueFactory = _ => "text" };

    public Option<string> FailOn { get; } = new("--fail-on") { Description = "Exit with 1 when a finding has this severity or a higher one.", DefaultValueFactory = _ => "error" };

    public Option<string?> Output { get; } = new("--output", "-o") { Description = "Write the report to FILE (atomically) instead of standard output.", HelpName = "FILE" };

    public Option<bool> Force { get; } = new("--force") { Description = "Let --output replace an existing file." };

    public Option<string> Color { get; } = new("--color") { Description = "Colour in text output.", DefaultValueFactory = _ => "auto" };

    public Option<string[]> FrontMatterKeys { get; } = new("--front-matter-keys") { Description = "Front-matter keys whose values are translated (default: title description).", AllowMultipleArgumentsPerToken = true, HelpName = "KEY" };

    public Option<long> MaxFileSize { get; } = new("--max-file-size") { Description = "Largest file read, in bytes; larger files are reported as invalid-file.", DefaultValueFactory = _ => TextFileReader.DefaultMaxBytes, HelpName = "BYTES" };

    public Option<int> Jobs { get; } = new("--jobs", "-j") { Description = "Files checked in parallel (0: all cores).", DefaultValueFactory = _ => 0, HelpName = "N" };

    public Option<double> FileTimeout { get; } = new("--file-timeout") { Description = "Longest time one file may take, in seconds (0: no limit); a file over it is reported as invalid-file and the run goes on.", DefaultValueFactory = _ => CheckOptions.Default.FileTimeout.TotalSeconds, HelpName = "SECONDS" };

    /// <summary>The --file-timeout value as a time span, or null (after printing why) when it is negative.</summary>
    public TimeSpan? ReadFileTimeout(ParseResult parse, CliConsole console)
    {
        var seconds = parse.GetValue(FileTimeout);
        if (seconds < 0 || double.IsNaN(seconds) || seconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            console.Fail("--file-timeout must be a number of seconds, 0 for no limit");
            return null;
        }

        return seconds == 0 ? Timeout.InfiniteTimeSpan : TimeSpan.FromSeconds(seconds);
    }

    public void AddTo(Command command)
    {
        Format.AcceptOnlyFromAmong("text", "json");
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
    }

    public CheckSettings? Read(ParseResult parse, CliConsole console)
    {
        var failOn = parse.GetValue(FailOn)!;
        Severity? threshold = failOn == "none" ? null : SeverityNames.TryParse(failOn, out var s) ? s : Severity.Error;
        var keys = parse.GetValue(FrontMatterKeys) is { Length: > 0 } given ? given.SelectMany(k => k.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal) : null;
        var maxSize = parse.GetValue(MaxFileSize);
        if (maxSize <= 0)
        {
            console.Fail("--max-file-size must be positive");
            return null;
        }

        if (ReadFileTimeout(parse, console) is not { } timeout)
        {
            return null;
        }

        var engine = CheckOptions.Default with
        {
            Reader = keys is null ? PageReaderOptions.Default : new PageReaderOptions(keys),
            MaxFileBytes = maxSize,
            Parallelism = Math.Max(0, parse.GetValue(Jobs)),
            FileTimeout = timeout,
        };
        return new CheckSettings(parse.GetValue(Format)!, threshold, parse.GetValue(Output), parse.GetValue(Force), parse.GetValue(Color)!, parse.GetValue(Config), engine);
    }
}
