using Localization.Core.Findings;

namespace Localization.Core.Reports;

/// <summary>What a report writer may need besides the run.</summary>
/// <param name="FailOn">The gate: junit marks findings at or above it as failures.</param>
/// <param name="Verbose">Text: every finding, nothing folded.</param>
/// <param name="Color">Text: ANSI colours.</param>
/// <param name="LinkBase">Markdown: the URL a file path is appended to for a link to its line (…/blob/SHA/).</param>
public sealed record ReportOptions(Severity? FailOn = Severity.Error, bool Verbose = false, bool Color = false, string? LinkBase = null)
{
    /// <summary>Text: false for -q (findings only, no summary lines).</summary>
    public bool Summary { get; init; } = true;

    /// <summary>Text: how a report path is shown (relative to the current directory); as is when null.</summary>
    public Func<string, string>? DisplayPath { get; init; }
}

/// <summary>The report formats of <c>l10n check --format</c>, one writer each.</summary>
public static class ReportWriters
{
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "github", "junit", "markdown", "html"];

    public static IReportWriter Create(string name, ReportOptions options) => name switch
    {
        "json" => new JsonReportWriter(),
        "sarif" => new SarifReportWriter(),
        "github" => new GitHubReportWriter(),
        "junit" => new JUnitReportWriter(options.FailOn),
        "markdown" => new MarkdownReportWriter(options.LinkBase),
        "html" => throw new ArgumentException("the HTML report receives every page during the run: create Html.HtmlReportWriter before it and pass it as its page sink", nameof(name)),
        _ => new TextReportWriter(options.Color, options.Verbose) { Summary = options.Summary, DisplayPath = options.DisplayPath },
    };
}
