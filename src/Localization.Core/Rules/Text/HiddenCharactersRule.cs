using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Localization.Core.Findings;
using Localization.Core.Units;

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
        var references = References(context.Page.Target);
        if (IndexOfHidden(text) < 0 && references.Length == 0)
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

        foreach (var reference in References(context.Page.Source))
        {
            inSource.Add(reference.Char);
        }

        foreach (var (start, end, c) in references)
        {
            if (inSource.Contains(c))
            {
                continue;
            }

            var kind = Classify(c)!.Value;
            var name = $"\\u{((int)c).ToString("x4", CultureInfo.InvariantCulture)}";
            var lineStart = Math.Max(0, text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1);
            var lineEnd = text.IndexOf('\n', start);
            context.Report(Descriptor, start, end, $"invisible {kind.Name} {name} in the translation, written as {text[start..end]}",
                targetText: Reports.SafeText.Escape(text[lineStart..(lineEnd < 0 ? text.Length : lineEnd)]),
                severity: kind.Severity, detail: $"{name} {start - lineStart}");
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
    /// The first hidden character, in one pass of eight characters at a time: four library searches over small sets
    /// (bidi controls, isolates, the zero-width ones, the soft hyphen) read every page four times, 28 samples of the
    /// AOT check of a 31-language site, and one library search over the scattered set of 13 is a slower probabilistic
    /// search. Held to the four searches by <c>HiddenCharactersScanTests</c>.
    /// </summary>
    internal static int IndexOfHidden(ReadOnlySpan<char> text)
    {
        var k = 0;
        if (Vector128.IsHardwareAccelerated && text.Length >= Vector128<ushort>.Count)
        {
            ref var first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text));
            var bidi = Vector128.Create((ushort)0x202A);
            var isolates = Vector128.Create((ushort)0x2066);
            var zeroWidth = Vector128.Create((ushort)0x200B);
            var joiner = Vector128.Create((ushort)0x2060);
            var byteOrder = Vector128.Create((ushort)0xFEFF);
            var softHyphen = Vector128.Create((ushort)0x00AD);
            var five = Vector128.Create((ushort)5);
            var four = Vector128.Create((ushort)4);
            for (; k <= text.Length - Vector128<ushort>.Count; k += Vector128<ushort>.Count)
            {
                var c = Vector128.LoadUnsafe(ref first, (nuint)k);
                var hit = Vector128.LessThan(c - bidi, five) | Vector128.LessThan(c - isolates, four)
                    | Vector128.Equals(c, zeroWidth) | Vector128.Equals(c, joiner) | Vector128.Equals(c, byteOrder) | Vector128.Equals(c, softHyphen);
                if (hit != Vector128<ushort>.Zero)
                {
                    return k + BitOperations.TrailingZeroCount(hit.ExtractMostSignificantBits());
                }
            }
        }

        for (; k < text.Length; k++)
        {
            if (Classify(text[k]) is not null)
            {
                return k;
            }
        }

        return -1;
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

    /// <summary>
    /// Hidden characters that a .resx value holds written as character references (<c>&amp;#x202E;</c>): the raw text
    /// has no such character, the program's string has. Each reference in an entry whose value holds its character,
    /// so one in a comment (which the program never sees) is not one.
    /// </summary>
    private static (int Start, int End, char Char)[] References(PageModel page)
    {
        // (asked of every page: a Markdown page makes no list)
        if (page.StringTable is not { } table || !page.Path.EndsWith(".resx", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        var found = new List<(int Start, int End, char Char)>();

        var text = page.Text;
        foreach (var entry in table.Entries)
        {
            if (IndexOfHidden(entry.Value) < 0)
            {
                continue;
            }

            var end = Math.Min(entry.End, text.Length);
            for (var at = text.IndexOf("&#", entry.Start, end - entry.Start, StringComparison.Ordinal); at >= 0; at = text.IndexOf("&#", at + 2, end - at - 2, StringComparison.Ordinal))
            {
                var hex = at + 2 < end && (text[at + 2] == 'x' || text[at + 2] == 'X');
                var digits = at + (hex ? 3 : 2);
                var close = digits;
                while (close < end && close - digits <= 8 && (hex ? char.IsAsciiHexDigit(text[close]) : char.IsAsciiDigit(text[close])))
                {
                    close++;
                }

                if (close == digits || close >= end || text[close] != ';'
                    || !int.TryParse(text.AsSpan(digits, close - digits), hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code)
                    || code > char.MaxValue || Classify((char)code) is null || !entry.Value.Contains((char)code, StringComparison.Ordinal))
                {
                    continue;
                }

                found.Add((at, close + 1, (char)code));
            }
        }

        return [.. found];
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
