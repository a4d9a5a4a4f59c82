using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Reports;

/// <summary>
/// Compiler-style text: <c>path:line:col: severity rule: message</c>, then the English text it refers to,
/// then a summary per language. Colour only when asked (the CLI asks on a terminal). Unless
/// <paramref name="verbose"/>, a page with English left in many places gets one line for all of it
/// (<see cref="UntranslatedCollapse"/>) and info findings are only counted, so the few errors of a large site
/// are not lost among thousands of warnings for pages nobody has started; errors are never collapsed.
/// </summary>
public sealed class TextReportWriter(bool color, bool verbose = true, UiText.MessageCatalog? messages = null) : IReportWriter
{
    private readonly UiText.MessageCatalog _messages = messages ?? UiText.MessageCatalog.Identity;

    public string Name => "text";

    /// <summary>Listed findings beyond which the summary says how to list the errors alone.</summary>
    private const int LongListing = 20;

    /// <summary>False for -q: the findings only, no summary lines.</summary>
    public bool Summary { get; init; } = true;

    /// <summary>How a report path is shown (the CLI makes it relative to the current directory); as is when null.</summary>
    public Func<string, string>? DisplayPath { get; init; }

    public void Write(CheckResult result, TextWriter output)
    {
        var collapse = verbose ? null : new UntranslatedCollapse(result);
        var hiddenInfos = 0;
        var listed = 0;
        foreach (var f in result.Findings)
        {
            if (!verbose && f.Severity == Severity.Info)
            {
                hiddenInfos++; // suggestions: counted in the summary, listed with -v
                continue;
            }

            if (collapse?.Summary(f) is { } summary)
            {
                if (summary.Length == 0)
                {
                    continue; // folded into the page's summary line
                }

                WriteLine(output, f with { Message = summary, SourceText = null });
                listed++;
                continue;
            }

            WriteLine(output, f);
            listed++;
        }

        if (!Summary)
        {
            return;
        }

        if (result.Findings.Count > 0)
        {
            output.WriteLine();
        }

        WriteSummary(result, output);
        if (hiddenInfos > 0 || collapse?.FoldedPages > 0)
        {
            var folded = collapse?.FoldedPages ?? 0;
            var what = (hiddenInfos > 0, folded > 0) switch
            {
                (true, true) => FormattableString.Invariant($"{hiddenInfos} info findings, and the English left on {folded} page(s) (one line each)"),
                (true, false) => FormattableString.Invariant($"{hiddenInfos} info findings"),
                _ => FormattableString.Invariant($"the English left on {folded} page(s) (one line each)"),
            };
            output.WriteLine(_messages.Localize(SafeText.Invariant($"not listed: {what}; `l10n check -v` lists everything")));
        }

        // Errors stand among many warnings on a site's first check: say how to see them alone, when the list is long.
        var errors = result.Count(Severity.Error);
        if (errors > 0 && listed > LongListing && errors < listed)
        {
            output.WriteLine(_messages.Localize(SafeText.Invariant($"only the errors: add `--severity error` to list the {errors} error(s) alone")));
        }
    }

    private void WriteLine(TextWriter output, Finding f)
    {
        var file = Show(f.File);
        var where = f.Line > 0 ? $"{file}:{f.Line}:{f.Column}" : file;
        output.Write(Paint(SafeText.Escape(where), "1"));
        output.Write(": ");
        output.Write(Paint(f.Severity.Name(), f.Severity switch { Severity.Error => "31;1", Severity.Warning => "33;1", _ => "36" }));
        output.Write(' ');
        output.Write(Paint(f.Rule, "2"));
        output.Write(": ");
        output.WriteLine(SafeText.Escape(_messages.Localize(f.Message)));
        if (!string.IsNullOrEmpty(f.SourceText))
        {
            var at = f.Source is { Line: > 0 } s ? $"{Show(s.File)}:{s.Line}" : "en";
            output.WriteLine($"    {Paint(SafeText.Escape(at), "2")}: {SafeText.Escape(f.SourceText)}");
        }
    }

    private void WriteSummary(CheckResult result, TextWriter output)
    {
        foreach (var language in result.Languages)
        {
            var files = result.Files.Count(f => f.Pair.Language == language);
            var findings = result.Findings.Where(f => f.Language == language).ToList();
            var units = result.StatsOf(language);
            var coverage = units.Units > 0 ? 100.0 * units.Translated / units.Units : 100.0;
            output.WriteLine(_messages.Localize(SafeText.Invariant($"{language}: {files} files checked, {units.Units} units: {units.Translated} translated ({coverage:0.0}%), {units.Partial} partial, {units.Untranslated} untranslated, {units.Missing} missing, {units.Extra} extra; {Count(findings, Severity.Error)} errors, {Count(findings, Severity.Warning)} warnings, {Count(findings, Severity.Info)} infos")));
        }

        if (result.SkippedSourceFiles > 0)
        {
            output.WriteLine(_messages.Localize(SafeText.Invariant($"{result.SkippedSourceFiles} source files of other formats skipped")));
        }
    }

    private static int Count(List<Finding> findings, Severity severity) => findings.Count(f => f.Severity == severity);

    private string Show(string path) => DisplayPath is { } display && path.Length > 0 && path != "-" ? display(path) : path;

    private string Paint(string text, string code) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
