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
        if (text.AsSpan().IndexOfAny(Hidden) < 0)
        {
            return;
        }

        var inSource = new HashSet<char>();
        var sourceText = context.Page.Source.Text.AsSpan();
        for (var k = sourceText.IndexOfAny(Hidden); k >= 0; k = sourceText.IndexOfAny(Hidden))
        {
            inSource.Add(sourceText[k]);
            sourceText = sourceText[(k + 1)..];
        }

        for (var i = text.AsSpan().IndexOfAny(Hidden); i >= 0 && i < text.Length; i = NextHidden(text, i + 1))
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

    private static readonly System.Buffers.SearchValues<char> Hidden = System.Buffers.SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u2060\uFEFF\u00AD");

    private static int NextHidden(string text, int from)
    {
        if (from >= text.Length)
        {
            return -1;
        }

        var k = text.AsSpan(from).IndexOfAny(Hidden);
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
