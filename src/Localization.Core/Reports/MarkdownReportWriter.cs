using System.Text;
using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Reports;

/// <summary>
/// A compact Markdown summary for <c>$GITHUB_STEP_SUMMARY</c> and pull-request comments: one row per language
/// (coverage, errors, warnings, infos), then the most serious findings, each linked to its line when a link
/// base is known (<c>https://github.com/o/r/blob/SHA/</c>). Size-bounded: GitHub truncates a step summary at
/// 1 MiB, so findings stop at <paramref name="maxFindings"/> or well before <paramref name="maxBytes"/>,
/// with a line saying how many were left out. File content is escaped: it can neither add Markdown nor HTML.
/// </summary>
public sealed class MarkdownReportWriter(string? linkBase = null, int maxFindings = 50, int maxBytes = 512 * 1024) : IReportWriter
{
    public string Name => "markdown";

    public void Write(CheckResult result, TextWriter output)
    {
        var text = new StringBuilder();
        var total = result.Findings.Count;
        var errors = result.Count(Severity.Error);
        text.Append("## l10n check: ").Append(errors > 0 ? $"{errors} error{(errors == 1 ? "" : "s")}" : "no errors").Append("\n\n");
        text.Append("| language | files | units | translated | coverage | errors | warnings | infos |\n");
        text.Append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        foreach (var language in result.Languages)
        {
            var stats = result.StatsOf(language);
            var findings = result.Findings.Where(f => f.Language == language).ToList();
            var coverage = stats.Units > 0 ? 100.0 * stats.Translated / stats.Units : 100.0;
            text.Append(SafeText.Invariant($"| {Cell(language)} | {result.Files.Count(f => f.Pair.Language == language)} | {stats.Units} | {stats.Translated} | {coverage:0.0}% | {findings.Count(f => f.Severity == Severity.Error)} | {findings.Count(f => f.Severity == Severity.Warning)} | {findings.Count(f => f.Severity == Severity.Info)} |\n"));
        }

        if (total > 0)
        {
            text.Append("\n### Findings").Append(total > maxFindings ? $" (the first {maxFindings} of {total}, most serious first)" : "").Append("\n\n");
            var shown = 0;
            foreach (var f in result.Findings.OrderByDescending(f => f.Severity))
            {
                if (shown == maxFindings || text.Length > maxBytes / 3)
                {
                    break;
                }

                var where = f.Line > 0 ? $"{f.File}:{f.Line}:{f.Column}" : f.File;
                var link = linkBase is null ? Cell(where) : $"[{Cell(where)}]({linkBase}{Link(f.File)}{(f.Line > 0 ? $"#L{f.Line}" : "")})";
                text.Append("- ").Append(f.Severity switch { Severity.Error => "**error**", Severity.Warning => "warning", _ => "info" })
                    .Append(' ').Append(link).Append(" `").Append(f.Rule).Append("`: ").Append(Cell(Shorten(f.Message, 300))).Append('\n');
                if (f.SourceText is { Length: > 0 } english)
                {
                    text.Append("  - English: ").Append(Cell(Shorten(english, 200))).Append('\n');
                }

                shown++;
            }

            if (shown < total)
            {
                text.Append(SafeText.Invariant($"\n… and {total - shown} more: run `l10n check` locally, or see the SARIF or JSON report.\n"));
            }
        }

        output.Write(text.ToString());
    }

    private static string Shorten(string text, int max) =>
        text.Length <= max ? text : text[..(char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)] + "…";

    /// <summary>Text as inert Markdown: control characters escaped, HTML encoded, Markdown punctuation backslash-escaped, <c>$</c> an entity.</summary>
    internal static string Cell(string text)
    {
        var safe = SafeText.Escape(text);
        var sb = new StringBuilder(safe.Length + 16);
        foreach (var c in safe)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                // GitHub renders $...$ as math, and its rule for delimiters is not CommonMark's: an entity holds no '$' to pair.
                case '$': sb.Append("&#36;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#' or '!' or '~' or '(' or ')' or '@' or ':':
                    sb.Append('\\').Append(c);
                    break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }

    private static string Link(string path) => SarifReportWriter.RelativeUri(path).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
}
