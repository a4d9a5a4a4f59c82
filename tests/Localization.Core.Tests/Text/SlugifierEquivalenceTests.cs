using System.Text;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Text;
using Xunit;

namespace Localization.Core.Tests.Text;

/// <summary>
/// Python-Markdown's slugify keeps the ASCII of the heading's NFKD form. The slugifier decomposes character by
/// character and skips Hangul, CJK ideographs and kana; this holds it to the whole-text decomposition it
/// replaced, on every BMP character and on random headings.
/// </summary>
public sealed class SlugifierEquivalenceTests
{
    [Fact]
    public void Every_BMP_character_gives_the_slug_of_the_whole_text_decomposition()
    {
        for (var c = 0x80; c <= 0xFFFF; c++)
        {
            var ch = ((char)c).ToString();
            foreach (var heading in (ReadOnlySpan<string>)["a" + ch + "b", ch + " x-" + ch, "Ab " + ch + ch])
            {
                Assert.Equal(Reference(heading), Slugifier.Slugify(heading));
            }
        }
    }

    [Fact]
    public void Random_headings_give_the_slug_of_the_whole_text_decomposition()
    {
        const string alphabet = "aZ9_- \t\n\x1c\v한글漢字がガ゛゜ｱＡ：\u00A0\u0301\u0327éÅﬁ①\uD835\uDC00\uD800\uFFFE½";
        var random = new Random(20261201);
        for (var n = 0; n < 100_000; n++)
        {
            var heading = RandomText.Of(random, alphabet, 0, 16);
            Assert.Equal(Reference(heading), Slugifier.Slugify(heading));
        }
    }

    /// <summary>The ASCII extraction this replaced: the whole heading decomposed at once (lone surrogates and U+FFFE dropped first when .NET refuses it).</summary>
    private static string Reference(string text)
    {
        string decomposed;
        try
        {
            decomposed = text.Normalize(NormalizationForm.FormKD);
        }
        catch (ArgumentException)
        {
            var kept = new StringBuilder();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    kept.Append(c).Append(text[++i]);
                }
                else if (!char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF'))
                {
                    kept.Append(c);
                }
            }

            decomposed = kept.ToString().Normalize(NormalizationForm.FormKD);
        }

        var ascii = new StringBuilder();
        foreach (var c in decomposed)
        {
            if (c < 0x80 && (char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-' || IsPythonSpace(c)))
            {
                ascii.Append(c);
            }
        }

        return Dashed(ascii.ToString());
    }

    /// <summary>The tail of the reference as the product once wrote it with strings: strip, lower, collapse dashes and spaces.</summary>
    private static string Dashed(string ascii)
    {
        var stripped = ascii.Trim(' ', '\t', '\n', '\r', '\f', '\v').ToLowerInvariant();
        var slug = new StringBuilder(stripped.Length);
        var pending = false;
        foreach (var c in stripped)
        {
            if (c == '-' || IsPythonSpace(c))
            {
                pending = true;
                continue;
            }

            if (pending)
            {
                slug.Append('-');
                pending = false;
            }

            slug.Append(c);
        }

        return (pending ? slug.Append('-') : slug).ToString();
    }

    private static bool IsPythonSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v' or '\x1c' or '\x1d' or '\x1e' or '\x1f';
}
