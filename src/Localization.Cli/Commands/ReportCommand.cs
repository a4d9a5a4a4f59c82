using System.CommandLine;
using Localization.Core.IO;
using Localization.Core.Reports.Html;

namespace Localization.Cli.Commands;

/// <summary>
/// <c>l10n report [LANG...] [PATH...] --output report.html</c>: the project checked exactly as <c>check</c>
/// checks it, written as one self-contained HTML file (overview, side-by-side pages, findings at their units).
/// Never fails on findings: it is a view.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var targets = new Argument<string[]>("LANG-or-PATH")
        {
            Description = "Languages to report (as the translation paths spell them, e.g. ko, pt-BR, zh-Hant; all found on disk when none is given), then translated files or directories to limit the report to.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var excludeLang = CliOptions.MultiValue("--exclude-lang", "Languages to leave out when reporting every language.", "LANG");
        var common = new CommonCheckOptions();
        common.Output.Description = "The HTML file to write (atomically); needed unless standard output is redirected.";

        var command = new Command("report", "Write an HTML report to read in a browser: coverage per language, findings by rule, the worst pages, and every page side by side with its English, each finding at its unit.")
        {
            targets, excludeLang,
            common.Config, common.Output, common.Force, common.FrontMatterKeys, common.MaxFileSize, common.Jobs, common.FileTimeout, common.Quiet,
        };
        command.SetAction(parse => Run(parse, targets, excludeLang, common));
        return command;
    }

    private static int Run(ParseResult parse, Argument<string[]> targets, Option<string[]> excludeLang, CommonCheckOptions common)
    {
        var console = new CliConsole(parse);
        var positional = parse.GetValue(targets) ?? [];
        if (positional.FirstOrDefault(p => p.StartsWith('-')) is { } unknown)
        {
            return console.UnknownOption(parse, unknown);
        }

        var output = parse.GetValue(common.Output);
        if (output is null && ReferenceEquals(console.Out, Console.Out) && !Console.IsOutputRedirected)
        {
            return console.Fail("l10n report writes an HTML file: give it with --output FILE (or redirect standard output)");
        }

        if (common.Read(parse, console) is not { } settings)
        {
            return ExitCodes.UsageOrConfigError;
        }

        var configPath = settings.ConfigPath ?? ProjectRun.FindConfig();
        if (configPath is null)
        {
            return console.Fail(ProjectRun.NoConfig());
        }

        using var writer = new HtmlReportWriter(TitleOf(configPath));
        var engine = settings.Engine with { PageSink = writer.Sink };
        if (ProjectRun.Check(console, configPath, positional, CliOptions.Values(parse, excludeLang), engine, settings.Quiet) is not { } result)
        {
            return ExitCodes.UsageOrConfigError;
        }

        if (output is null)
        {
            writer.Write(result, console.Out);
            return ExitCodes.Success;
        }

        try
        {
            AtomicFileWriter.Write(output, w => writer.Write(result, w), settings.Force);
        }
        catch (OutputFileException e)
        {
            return console.Fail(e.Message);
        }

        return ExitCodes.Success;
    }

    /// <summary>The report's title: the name of the project's directory (that of its crowdin.yml, else the current one).</summary>
    public static string TitleOf(string? configPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(configPath ?? "crowdin.yml"));
        return string.IsNullOrEmpty(directory) ? "l10n" : Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar)) is { Length: > 0 } name ? name : directory;
    }
}
