using System.Globalization;
using Localization.Core.Findings;

namespace Localization.Core.Rules.Text;

/// <summary>LC303: invisible bidirectional controls or zero-width characters in a translation.</summary>
public sealed class HiddenCharactersRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC303", "hidden-characters", RuleCategory.Text, Severity.Warning,
        "The translation contains invisible characters that the English does not: bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069, reported as errors since they can make text display differently from what it is), or zero-width spaces, word joiners and stray byte-order marks.",
        "Delete the character (the message shows it as \\uXXXX). Joiners that a script needs (ZWJ, ZWNJ) and direction marks (LRM, RLM) are not reported.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        var text = context.Page.Target.Text;
        if (IndexOfHidden(text) < 0)
        {
            return;
        }

        var inSource = new HashSet<char>();
        var sourceText = context.Page.Source.Text.AsSpan();
        for (var k = IndexOfHidden(sourceText); k >= 0; k = IndexOfHidden(sourceText))
        {
            inSource.Add(sourceText[k]);
            sourceText = sourceText[(k + 1)..];
        }

        for (var i = IndexOfHidden(text); i >= 0 && i < text.Length; i = NextHidden(text, i + 1))
        {
            var c = text[i];
            var kind = Classify(c);
            if (kind is null || inSource.Contains(c) || (c == '\uFEFF' && i == 0))
            {
                continue;
            }

            var name = $"\\u{((int)c).ToString("x4", CultureInfo.InvariantCulture)}";
            var lineStart = Math.Max(0, text.LastIndexOf('\n', Math.Max(0, i - 1)) + 1);
            var lineEnd = text.IndexOf('\n', i);
            context.Report(Descriptor, i, i + 1, $"invisible {kind.Value.Name} {name} in the translation",
                targetText: Reports.SafeText.Escape(text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)]),
                severity: kind.Value.Severity, detail: $"{name} {i - lineStart}");
        }
    }

    /// <summary>
    /// The first hidden character: four vectorised searches over small sets (bidi controls, isolates, the
    /// zero-width ones, the soft hyphen) instead of one over a scattered set of 13, which needs a slower
    /// probabilistic search on every page of the site.
    /// </summary>
    private static int IndexOfHidden(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyInRange('\u202A', '\u202E');
        var limit = first < 0 ? text : text[..first];
        first = Earliest(first, limit.IndexOfAnyInRange('\u2066', '\u2069'));
        limit = first < 0 ? text : text[..first];
        first = Earliest(first, limit.IndexOfAny('\u200B', '\u2060', '\uFEFF'));
        limit = first < 0 ? text : text[..first];
        return Earliest(first, limit.IndexOf('\u00AD'));
    }

    private static int Earliest(int a, int b) => b >= 0 && (a < 0 || b < a) ? b : a;

    private static int NextHidden(string text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var k = IndexOfHidden(text.AsSpan(from));
        return k < 0 ? -1 : from + k;
    }

    private static (string Name, Severity Severity)? Classify(char c) => c switch
    {
        >= '\u202A' and <= '\u202E' => ("bidirectional control", Severity.Error),
        >= '\u2066' and <= '\u2069' => ("bidirectional isolate", Severity.Error),
        '\u200B' => ("zero-width space", Severity.Warning),
        '\u2060' => ("word joiner", Severity.Warning),
        '\uFEFF' => ("byte-order mark", Severity.Warning),
        '\u00AD' => ("soft hyphen", Severity.Info),
        _ => null,
    };
}
