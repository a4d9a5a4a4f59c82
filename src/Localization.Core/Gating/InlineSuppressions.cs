using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Markdown;
using Localization.Core.Rules;
using Localization.Core.Rules.Tool;
using Localization.Core.Units;

namespace Localization.Core.Gating;

/// <summary>
/// One inline suppression of a translated page: the rules it names (none: every rule) over a range of lines.
/// </summary>
/// <param name="Line">Where the comment is (1-based).</param>
/// <param name="Column">Its column.</param>
/// <param name="EndColumn">The column after it (on its line).</param>
/// <param name="Comment">The comment as written.</param>
/// <param name="Rules">Rule names it suppresses; empty for every rule.</param>
/// <param name="UnknownRules">Names in the comment that are no rule.</param>
/// <param name="FromLine">First line it covers.</param>
/// <param name="ToLine">Last line it covers.</param>
public sealed record Suppression(int Line, int Column, int EndColumn, string Comment, IReadOnlySet<string> Rules, IReadOnlyList<string> UnknownRules, int FromLine, int ToLine)
{
    /// <summary>True when the finding is one it silences. A comment that names only unknown rules (a misspelt name) silences none, not every rule.</summary>
    public bool Covers(Finding finding) =>
        finding.Line >= FromLine && finding.Line <= ToLine && ((Rules.Count == 0 && UnknownRules.Count == 0) || Rules.Contains(finding.Rule)) && finding.Rule != UnusedSuppressionRule.Descriptor.Name;
}

/// <summary>
/// Inline suppressions: <c>&lt;!-- l10n-disable-next-line RULE --&gt;</c> covers the next non-blank line;
/// <c>&lt;!-- l10n-disable RULE --&gt;</c> … <c>&lt;!-- l10n-enable RULE --&gt;</c> the lines between (to the
/// end of the page when never enabled). RULE is a name or id, several separated by spaces or commas; none
/// means every rule. A suppression that suppresses nothing is itself reported (info).
/// </summary>
public static class InlineSuppressions
{
    /// <summary>
    /// The suppressions written in a translated page (empty for most pages, cheaply): the directive comments that stand
    /// on lines of their own outside the page's code blocks (<paramref name="units"/>). One shown in inline code, in a
    /// sentence or in a code block is the page's text, not a directive.
    /// </summary>
    public static IReadOnlyList<Suppression> Parse(string text, LineMap lines, IReadOnlyList<TranslationUnit>? units = null)
    {
        if (!text.Contains("l10n-", StringComparison.Ordinal))
        {
            return [];
        }

        var found = new List<Suppression>();
        var open = new List<(int Index, string? Rule)>();
        var lastLine = lines.Position(text.Length).Line;
        foreach (System.Text.RegularExpressions.Match m in DirectiveComment.Pattern().Matches(text))
        {
            if (!StandsAlone(text, m.Index, m.Index + m.Length) || (units is not null && InCode(units, m.Index)))
            {
                continue;
            }

            var (line, column) = lines.Position(m.Index);
            var (_, endColumn) = lines.Position(m.Index + m.Length);
            var names = m.Groups["rules"].Value.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries);
            var rules = new HashSet<string>(StringComparer.Ordinal);
            var unknown = new List<string>();
            foreach (var name in names)
            {
                if (RuleRegistry.Find(name) is { } rule)
                {
                    rules.Add(rule.Name);
                }
                else
                {
                    unknown.Add(name);
                }
            }

            var comment = m.Value;
            switch (m.Groups["verb"].Value)
            {
                case "disable-next-line":
                    var next = NextNonBlankLine(text, m.Index + m.Length, lines);
                    found.Add(new Suppression(line, column, endColumn, comment, rules, unknown, next, next));
                    break;
                case "disable":
                    found.Add(new Suppression(line, column, endColumn, comment, rules, unknown, line, lastLine));
                    open.Add((found.Count - 1, null));
                    break;
                default:
                    // l10n-enable closes the disables it names (all open ones when it names none).
                    for (var i = open.Count - 1; i >= 0; i--)
                    {
                        var s = found[open[i].Index];
                        if (names.Length == 0 || s.Rules.Count == 0 || s.Rules.Overlaps(rules))
                        {
                            found[open[i].Index] = s with { ToLine = line };
                            open.RemoveAt(i);
                        }
                    }

                    // A misspelt name in an enable is reported as in a disable: kept as a suppression of no lines.
                    if (unknown.Count > 0)
                    {
                        found.Add(new Suppression(line, column, endColumn, comment, rules, unknown, line, line - 1));
                    }

                    break;
            }
        }

        return found;
    }

    /// <summary>True when only white space (and, before it, the '>' of block quotes) is between the comment and the line breaks around it.</summary>
    private static bool StandsAlone(string text, int start, int end)
    {
        for (var i = start - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (!char.IsWhiteSpace(text[i]) && text[i] != '>')
            {
                return false;
            }
        }

        for (var i = end; i < text.Length && text[i] != '\n'; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool InCode(IReadOnlyList<TranslationUnit> units, int offset)
    {
        foreach (var unit in units)
        {
            if (unit.Kind == UnitKind.CodeBlock && offset >= unit.Start && offset < unit.End)
            {
                return true;
            }
        }

        return false;
    }

    private static int NextNonBlankLine(string text, int from, LineMap lines)
    {
        var i = text.IndexOf('\n', from);
        if (i < 0)
        {
            return lines.Position(text.Length).Line + 1;
        }

        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return lines.Position(Math.Min(i, text.Length)).Line;
    }

    /// <summary>
    /// The run without the findings its pages suppress, plus one <c>unused-suppression</c> finding per
    /// suppression that suppressed nothing or names an unknown rule.
    /// </summary>
    public static (List<FileResult> Files, List<Finding> Findings) Apply(List<FileResult> files, List<Finding> findings, RulePolicy policy)
    {
        var byFile = new Dictionary<(string, string), (FileResult File, bool[] Used)>();
        foreach (var file in files)
        {
            if (file.Suppressions.Count > 0)
            {
                byFile[(file.Pair.Language, file.Pair.Target)] = (file, new bool[file.Suppressions.Count]);
            }
        }

        if (byFile.Count == 0)
        {
            return (files, findings);
        }

        var dropped = new HashSet<Finding>(ReferenceEqualityComparer.Instance);
        foreach (var finding in findings)
        {
            if (byFile.TryGetValue((finding.Language, finding.File), out var entry))
            {
                for (var i = 0; i < entry.File.Suppressions.Count; i++)
                {
                    if (entry.File.Suppressions[i].Covers(finding))
                    {
                        entry.Used[i] = true;
                        dropped.Add(finding);
                    }
                }
            }
        }

        var unused = new Dictionary<(string, string), List<Finding>>();
        foreach (var (key, (file, used)) in byFile)
        {
            for (var i = 0; i < used.Length; i++)
            {
                var s = file.Suppressions[i];
                var why = s.UnknownRules.Count > 0
                    ? $"{string.Join(", ", s.UnknownRules.Select(r => $"'{r}'"))} is no rule ('l10n rules' lists them)"
                    : used[i] ? null : "it suppresses nothing here (the problem was fixed, or the rule name is not the one reported)";
                if (why is not null && policy.Apply(Unused(file.Pair, s, why)) is { } finding)
                {
                    (unused.TryGetValue(key, out var list) ? list : unused[key] = []).Add(finding);
                }
            }
        }

        var keptFindings = findings.Where(f => !dropped.Contains(f)).Concat(unused.Values.SelectMany(u => u)).ToList();
        keptFindings.Sort(FindingOrder.Instance);
        var keptFiles = files.Select(f => byFile.ContainsKey((f.Pair.Language, f.Pair.Target))
            ? f with { Findings = [.. f.Findings.Where(x => !dropped.Contains(x)), .. unused.GetValueOrDefault((f.Pair.Language, f.Pair.Target)) ?? []] }
            : f).ToList();
        return (keptFiles, keptFindings);
    }

    private static Finding Unused(PairRequest pair, Suppression s, string why)
    {
        var rule = UnusedSuppressionRule.Descriptor;
        var message = $"suppression {s.Comment}: {why}";
        return new Finding
        {
            Rule = rule.Name,
            RuleId = rule.Id,
            Severity = rule.DefaultSeverity,
            Language = pair.Language,
            File = pair.Target,
            Line = s.Line,
            Column = s.Column,
            EndLine = s.Line,
            EndColumn = s.EndColumn,
            Message = message,
            TargetText = s.Comment,
            Fingerprint = FindingFingerprint.Compute(rule.Name, pair.Language, pair.Target, null, s.Comment),
        };
    }
}
