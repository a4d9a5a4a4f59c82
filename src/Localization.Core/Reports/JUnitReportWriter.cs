using System.Text;
using System.Xml;
using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Reports;

/// <summary>
/// JUnit XML, for CI test reporters (GitLab's test report, Jenkins, Azure Pipelines, dorny/test-reporter):
/// one test suite per language, one test case per checked file, one failure per finding at or above the gate
/// (<c>--fail-on</c>); findings below it are listed in the case's <c>system-out</c>.
/// </summary>
public sealed class JUnitReportWriter(Severity? failOn) : IReportWriter
{
    public string Name => "junit";

    public void Write(CheckResult result, TextWriter output)
    {
        var byFile = result.Findings.GroupBy(f => (f.Language, f.File)).ToDictionary(g => g.Key, g => g.ToList());
        var cases = result.Files.Select(f => (f.Pair.Language, f.Pair.Target)).ToList();
        // Findings of files that are no page of the run (a refused source) still need a case.
        cases.AddRange(byFile.Keys.Except(cases));
        var failures = result.Findings.Count(IsFailure);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = true };
        using var xml = XmlWriter.Create(output, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", ToolInfo.Name);
        xml.WriteAttributeString("tests", Number(cases.Count));
        xml.WriteAttributeString("failures", Number(failures));
        xml.WriteAttributeString("errors", "0");
        foreach (var language in cases.Select(c => c.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var suite = cases.Where(c => c.Language == language).OrderBy(c => c.Target, StringComparer.Ordinal).ToList();
            xml.WriteStartElement("testsuite");
            xml.WriteAttributeString("name", $"l10n check {Text(language)}");
            xml.WriteAttributeString("tests", Number(suite.Count));
            xml.WriteAttributeString("failures", Number(result.Findings.Count(f => f.Language == language && IsFailure(f))));
            xml.WriteAttributeString("errors", "0");
            xml.WriteAttributeString("skipped", "0");
            foreach (var (_, target) in suite)
            {
                var findings = byFile.GetValueOrDefault((language, target)) ?? [];
                xml.WriteStartElement("testcase");
                xml.WriteAttributeString("classname", $"l10n.{Text(language)}");
                xml.WriteAttributeString("name", Text(target));
                xml.WriteAttributeString("file", Text(target));
                foreach (var f in findings.Where(IsFailure))
                {
                    xml.WriteStartElement("failure");
                    xml.WriteAttributeString("type", f.Rule);
                    xml.WriteAttributeString("message", Text(f.Message));
                    xml.WriteString(Describe(f));
                    xml.WriteEndElement();
                }

                var below = findings.Where(f => !IsFailure(f)).ToList();
                if (below.Count > 0)
                {
                    xml.WriteElementString("system-out", string.Join("\n", below.Select(Describe)));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        output.WriteLine();
    }

    private bool IsFailure(Finding f) => failOn is { } threshold && f.Severity >= threshold;

    private static string Describe(Finding f)
    {
        var where = f.Line > 0 ? $"{f.File}:{f.Line}:{f.Column}" : f.File;
        var text = Text($"{where}: {f.Severity.Name()} {f.Rule}: {f.Message}");
        if (f.SourceText is { Length: > 0 } english)
        {
            text += "\n    " + Text($"{(f.Source is { Line: > 0 } s ? $"{s.File}:{s.Line}" : "en")}: {english}");
        }

        return text;
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>File content as XML text: control characters and what XML cannot hold (lone surrogates, U+FFFE) shown as escapes.</summary>
    private static string Text(string text)
    {
        var escaped = SafeText.Escape(text);
        StringBuilder? sb = null;
        for (var i = 0; i < escaped.Length; i++)
        {
            var c = escaped[i];
            var ok = char.IsHighSurrogate(c) ? i + 1 < escaped.Length && char.IsLowSurrogate(escaped[i + 1]) : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(escaped[i - 1]));
            ok &= c is not ('\uFFFE' or '\uFFFF');
            if (ok)
            {
                sb?.Append(c);
                continue;
            }

            sb ??= new StringBuilder(escaped, 0, i, escaped.Length + 8);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
        }

        return sb?.ToString() ?? escaped;
    }
}
