using System.Globalization;
using System.Runtime.Intrinsics;
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
    /// The first hidden character, or -1: one pass comparing eight characters at a time with the hidden ones (two
    /// ranges and four single characters). Four library searches (one per small set: a single search over the
    /// scattered set of 13 is a slower probabilistic one) read every page of the site four times: 11 of 2,235
    /// samples of a 31-language check (Native AOT), for a character nearly no page holds.
    /// </summary>
    // Optimised from its first call: a loop over every character of every translated page.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static int IndexOfHidden(ReadOnlySpan<char> text)
    {
        if (!Vector128.IsHardwareAccelerated || text.Length < Vector128<ushort>.Count)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (Classify(text[i]) is not null)
                {
                    return i;
                }
            }

            return -1;
        }

        ref var start = ref System.Runtime.CompilerServices.Unsafe.As<char, ushort>(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(text));
        var last = text.Length - Vector128<ushort>.Count;
        for (var i = 0; ; i = Math.Min(i + Vector128<ushort>.Count, last))
        {
            // The last vector overlaps the one before it when the text is no multiple of 8: those characters held none.
            var chars = Vector128.LoadUnsafe(ref start, (nuint)i);

            // Eight ASCII characters (most of a Latin-script page) hold none: one test.
            if ((chars & Vector128.Create((ushort)0xFF80)) != Vector128<ushort>.Zero)
            {
                var hits = Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)0x202A), Vector128.Create((ushort)(0x202E - 0x202A)))
                    | Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)0x2066), Vector128.Create((ushort)(0x2069 - 0x2066)))
                    | Vector128.Equals(chars, Vector128.Create((ushort)0x200B))
                    | Vector128.Equals(chars, Vector128.Create((ushort)0x2060))
                    | Vector128.Equals(chars, Vector128.Create((ushort)0xFEFF))
                    | Vector128.Equals(chars, Vector128.Create((ushort)0x00AD));
                if (hits != Vector128<ushort>.Zero)
                {
                    return i + System.Numerics.BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits());
                }
            }

            if (i == last)
            {
                return -1;
            }
        }
    }

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
