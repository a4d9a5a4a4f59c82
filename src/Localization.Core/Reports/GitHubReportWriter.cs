using System.Text;
using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Reports;

/// <summary>
/// GitHub Actions workflow commands: one <c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message</c>
/// per finding (<c>::warning</c>, <c>::notice</c>), which GitHub shows as annotations on the pull request's
/// lines. Every piece of data is escaped as GitHub's toolkit does (<c>%</c>, CR, LF; in properties also <c>:</c>
/// and <c>,</c>), after control characters are made visible, so no file content or file name can end the
/// line or start a workflow command of its own. Errors come first: GitHub shows only the first annotations
/// of each kind.
/// </summary>
public sealed class GitHubReportWriter : IReportWriter
{
    public string Name => "github";

    public void Write(CheckResult result, TextWriter output)
    {
        var line = new StringBuilder(256);
        foreach (var f in result.Findings.OrderByDescending(f => f.Severity))
        {
            line.Clear();
            line.Append("::").Append(f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" });
            line.Append(" file=").Append(Property(f.File));
            if (f.Line > 0)
            {
                line.Append(",line=").Append(f.Line).Append(",col=").Append(Math.Max(1, f.Column));
                line.Append(",endLine=").Append(Math.Max(f.Line, f.EndLine)).Append(",endColumn=").Append(Math.Max(1, f.EndColumn));
            }

            line.Append(",title=").Append(Property($"l10n {f.Rule} ({f.Language})"));
            line.Append("::").Append(Data(f.Message));
            if (f.SourceText is { Length: > 0 } english)
            {
                var at = f.Source is { Line: > 0 } s ? $"{s.File}:{s.Line}" : f.Source?.File ?? "English";
                line.Append("%0A").Append(Data($"{at}: {english}"));
            }

            output.Write(line);
            output.Write('\n');
        }

        foreach (var language in result.Languages)
        {
            var stats = result.StatsOf(language);
            var coverage = stats.Units > 0 ? 100.0 * stats.Translated / stats.Units : 100.0;
            var findings = result.Findings.Where(f => f.Language == language).ToList();
            output.Write(SafeText.Invariant($"l10n {language}: {stats.Units} units, {coverage:0.0}% translated; {findings.Count(f => f.Severity == Severity.Error)} errors, {findings.Count(f => f.Severity == Severity.Warning)} warnings, {findings.Count(f => f.Severity == Severity.Info)} infos\n"));
        }
    }

    /// <summary>A message, escaped as GitHub's <c>escapeData</c>: % CR LF (after control characters are shown as escapes).</summary>
    public static string Data(string text) =>
        SafeText.Escape(text).Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>A property value, escaped as GitHub's <c>escapeProperty</c>: also ':' and ','.</summary>
    public static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
