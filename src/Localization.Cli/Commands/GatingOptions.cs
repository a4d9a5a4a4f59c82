using System.CommandLine;
using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Findings;
using Localization.Core.Gating;
using Localization.Core.IO;
using Localization.Core.Reports;

namespace Localization.Cli.Commands;

/// <summary>What check shows and gates on: filters, baselines, the untranslated gate, verbosity.</summary>
internal sealed record GatingSettings(FindingFilter Filter, UntranslatedLimit? MaxUntranslated, string? Baseline, string? WriteBaseline, bool Verbose);

/// <summary>
/// The options of <c>l10n check</c> that choose the findings shown and gated (<c>--rule</c>, <c>--disable</c>,
/// <c>--severity</c>, <c>--baseline</c>), add gates (<c>--max-untranslated</c>) and show everything (<c>-v</c>).
/// The filtering itself is the core's (<see cref="FindingFilter"/>, <see cref="Baseline"/>, <see cref="Gate"/>).
/// </summary>
internal sealed class GatingOptions
{
    public Option<string[]> Rule { get; } = new("--rule") { Description = "Show and gate only these rules (names or ids; repeat the option or give a comma list).", HelpName = "NAME" };

    public Option<string[]> Disable { get; } = new("--disable") { Description = "Leave these rules out (names or ids).", HelpName = "NAME" };

    public Option<string> Severity { get; } = new("--severity") { Description = "Show and gate only findings of this severity or higher.", DefaultValueFactory = _ => "info", HelpName = "LEVEL" };

    public Option<string?> MaxUntranslated { get; } = new("--max-untranslated") { Description = "Exit with 1 when a language has more than N units not translated, or more than N% of its units (e.g. 5%).", HelpName = "N|N%" };

    public Option<string?> Baseline { get; } = new("--baseline") { Description = "Report and gate only findings that are not in this baseline file.", HelpName = "FILE" };

    public Option<string?> WriteBaseline { get; } = new("--write-baseline") { Description = "Record the findings in FILE (sorted JSON, by fingerprint) and exit 0; replaces an existing baseline.", HelpName = "FILE" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Text output: list every finding (otherwise info findings are only counted, and a page with English left in many places gets one line)." };

    public void AddTo(Command command)
    {
        Severity.AcceptOnlyFromAmong("info", "warning", "error");
        command.Options.Add(Rule);
        command.Options.Add(Disable);
        command.Options.Add(Severity);
        command.Options.Add(MaxUntranslated);
        command.Options.Add(Baseline);
        command.Options.Add(WriteBaseline);
        command.Options.Add(Verbose);
    }

    /// <summary>The settings, or null after printing what is wrong.</summary>
    public GatingSettings? Read(ParseResult parse, CliConsole console)
    {
        FindingFilter filter;
        try
        {
            var minimum = SeverityNames.TryParse(parse.GetValue(Severity)!, out var given) ? given : Core.Findings.Severity.Info;
            filter = FindingFilter.Create(parse.GetValue(Rule) ?? [], parse.GetValue(Disable) ?? [], minimum);
        }
        catch (ArgumentException e)
        {
            console.Fail($"--rule/--disable: {e.Message}");
            return null;
        }

        UntranslatedLimit? limit = null;
        if (parse.GetValue(MaxUntranslated) is { } max && !UntranslatedLimit.TryParse(max, out limit))
        {
            console.Fail($"--max-untranslated must be a number of units (25) or a percentage (5%), not '{max}'");
            return null;
        }

        // An empty name has no path to show in an error: said here, before the run, as --write-baseline says it.
        if (parse.GetValue(Baseline) is { Length: 0 })
        {
            console.Fail("--baseline: '' is not a file name");
            return null;
        }

        return new GatingSettings(filter, limit, parse.GetValue(Baseline), parse.GetValue(WriteBaseline), parse.GetValue(Verbose));
    }

    /// <summary>
    /// Filters the run, records or applies the baseline, writes the report and decides the exit code.
    /// </summary>
    public static int Report(CheckResult result, CheckSettings settings, GatingSettings gating, CliConsole console, string? projectDirectory = null, IReportWriter? given = null)
    {
        result = gating.Filter.Apply(result);
        if (gating.WriteBaseline is { } baselineOut)
        {
            try
            {
                var replace = settings.Force || (File.Exists(baselineOut) && Core.Gating.Baseline.IsBaselineFile(baselineOut));
                AtomicFileWriter.Write(baselineOut, w => Core.Gating.Baseline.Write(result.Findings, w), replace);
            }
            catch (OutputFileException e)
            {
                return console.Fail(e.Message.Contains("--force", StringComparison.Ordinal) ? $"{baselineOut}: exists and is not an l10n baseline (use --force to replace it)" : e.Message);
            }

            console.Error.WriteLine($"l10n: recorded {result.Findings.Count} findings in {SafeText.Escape(baselineOut)}");
            return ExitCodes.Success;
        }

        if (gating.Baseline is { } baselineIn)
        {
            try
            {
                result = Core.Gating.Baseline.Read(baselineIn, ProjectRun.Display(baselineIn)).Apply(result);
            }
            catch (ConfigException e)
            {
                return console.Fail(e.Message);
            }
        }

        var options = new ReportOptions(settings.FailOn, gating.Verbose, settings.Output is null && console.UseColor(settings.Color), LinkBase())
        {
            Summary = !settings.Quiet,
            DisplayPath = ProjectRun.DisplayFromProject(projectDirectory),
            Messages = console.Messages,
        };
        // The HTML report was handed every page during the run: it is given, not created here.
        var writer = given ?? ReportWriters.Create(settings.Format, options);
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

        var failures = new Gate(settings.FailOn, gating.MaxUntranslated).Failures(result);
        foreach (var failure in failures.Where(_ => gating.MaxUntranslated is not null))
        {
            console.Error.WriteLine($"l10n: failed: {SafeText.Escape(failure)}");
        }

        return failures.Count > 0 ? ExitCodes.FindingsAtThreshold : ExitCodes.Success;
    }

    /// <summary>Where the checked commit's files are browsed, on GitHub Actions or GitLab CI (for links in Markdown).</summary>
    private static string? LinkBase()
    {
        static string? Env(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } v ? v : null;
        if (Env("GITHUB_SERVER_URL") is { } server && Env("GITHUB_REPOSITORY") is { } repository && Env("GITHUB_SHA") is { } sha)
        {
            return $"{server}/{repository}/blob/{sha}/";
        }

        if (Env("CI_PROJECT_URL") is { } project && Env("CI_COMMIT_SHA") is { } commit)
        {
            return $"{project}/-/blob/{commit}/";
        }

        return null;
    }
}
