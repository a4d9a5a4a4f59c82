using System.Text;
using System.Text.RegularExpressions;
using Localization.Core.Rules;

namespace Localization.Core.Tests.Rules;

/// <summary>
/// Inline expectation markers in the markdownlint style, written at the END of a line of target.md:
/// <c>{rule-name}</c> = a finding of that rule on this line, <c>{rule-name:-1}</c> / <c>{rule-name:+1}</c> =
/// on a line relative to this one, <c>{rule-name:7}</c> = on absolute line 7. Several markers may follow each
/// other. Only names of registered rules are markers, so attribute lists such as <c>{ #id }</c> stay text.
/// </summary>
internal static partial class FixtureMarkers
{
    [GeneratedRegex(@" ?\{(?<rule>[a-z]+(?:-[a-z]+)*)(?::(?<line>[+-]?\d+))?\}$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingMarker();

    [GeneratedRegex(@"\r\n|\r|\n", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    private static readonly HashSet<string> RuleNames = RuleRegistry.All.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>The text without markers (line breaks kept as they were) and the expected lines per rule.</summary>
    public static (string Text, IReadOnlyDictionary<string, SortedSet<int>> Expected) Strip(string text)
    {
        var expected = new Dictionary<string, SortedSet<int>>(StringComparer.Ordinal);
        var sb = new StringBuilder(text.Length);
        var lineNumber = 1;
        foreach (var (line, lineBreak) in Lines(text))
        {
            var content = line;
            while (TrailingMarker().Match(content) is { Success: true } m && RuleNames.Contains(m.Groups["rule"].Value))
            {
                var at = lineNumber;
                if (m.Groups["line"].Success)
                {
                    var value = m.Groups["line"].Value;
                    var n = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                    at = value[0] is '+' or '-' ? lineNumber + n : n;
                }

                var rule = m.Groups["rule"].Value;
                if (!expected.TryGetValue(rule, out var lines))
                {
                    expected[rule] = lines = [];
                }

                lines.Add(at);
                content = content[..m.Index];
            }

            sb.Append(content).Append(lineBreak);
            lineNumber++;
        }

        return (sb.ToString(), expected);
    }

    private static IEnumerable<(string Line, string Break)> Lines(string text)
    {
        var start = 0;
        foreach (Match m in LineBreak().Matches(text))
        {
            yield return (text[start..m.Index], m.Value);
            start = m.Index + m.Length;
        }

        yield return (text[start..], "");
    }
}
