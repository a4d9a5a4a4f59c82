using Localization.Core.Rules.Text;
using Localization.Core.Tests.Corpus;

namespace Localization.Core.Tests.Rules;

/// <summary>
/// <see cref="HiddenCharactersRule.IndexOfHidden"/> compares eight characters at a time with the hidden ones; it must
/// find what its previous form (four library searches, kept below) found: on generated texts of every length up to
/// 40 with a hidden character or a near neighbour at every position and lane, and on every Markdown file of both
/// corpora (English and every translation), searched from every hidden character on and from scattered offsets.
/// </summary>
public sealed class HiddenCharacterSearchTests
{
    private static readonly char[] Hidden = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u2060', '\uFEFF', '\u00AD'];

    // Characters next to the hidden ones (by code point and by the vector test's ranges), and ordinary text of several scripts.
    private static readonly char[] Near = ['\u2029', '\u202F', '\u2065', '\u206A', '\u200A', '\u200C', '\u200D', '\u205F', '\u2061', '\uFEFE', '\uFF00', '\u00AC', '\u00AE', '\u2014', '\u2026', '\u0000', '\uFFFF', '\u8000', 'a', ' ', '.', 'é', '한', 'я', '日'];

    [Fact]
    public void Every_position_of_short_texts_agrees()
    {
        var random = new Random(303);
        for (var length = 0; length <= 40; length++)
        {
            for (var round = 0; round < 40; round++)
            {
                var text = new char[length];
                for (var i = 0; i < length; i++)
                {
                    text[i] = Near[random.Next(Near.Length)];
                }

                Assert.Equal(Previous(text), HiddenCharactersRule.IndexOfHidden(text));
                for (var at = 0; at < length; at++)
                {
                    var with = (char[])text.Clone();
                    with[at] = Hidden[random.Next(Hidden.Length)];
                    if (random.Next(3) == 0 && length > 1)
                    {
                        with[random.Next(length)] = Hidden[random.Next(Hidden.Length)];
                    }

                    Assert.Equal(Previous(with), HiddenCharactersRule.IndexOfHidden(with));
                }
            }
        }
    }

    [Fact]
    public void Long_generated_texts_agree()
    {
        var random = new Random(3030);
        for (var n = 0; n < 20_000; n++)
        {
            var text = new char[random.Next(0, 600)];
            for (var i = 0; i < text.Length; i++)
            {
                text[i] = random.Next(500) == 0 ? Hidden[random.Next(Hidden.Length)] : random.Next(4) == 0 ? (char)random.Next(0x10000) : Near[random.Next(Near.Length)];
            }

            Assert.Equal(Previous(text), HiddenCharactersRule.IndexOfHidden(text));
        }
    }

    [Theory]
    [InlineData(CorpusPages.Seed)]
    [InlineData(CorpusPages.Current)]
    public void Every_corpus_file_agrees(string name)
    {
        var corpus = CorpusPages.Require(name);
        var files = 0;
        foreach (var file in Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file).AsSpan();
            for (var from = 0; from <= text.Length; from += Math.Max(1, text.Length / 50))
            {
                Assert.Equal(Previous(text[from..]), HiddenCharactersRule.IndexOfHidden(text[from..]));
            }

            for (var at = Previous(text); at >= 0 && at + 1 < text.Length; at = Previous(text[(at + 1)..]) is var next and >= 0 ? at + 1 + next : -1)
            {
                Assert.Equal(Previous(text[(at + 1)..]), HiddenCharactersRule.IndexOfHidden(text[(at + 1)..]));
            }

            files++;
        }

        Assert.True(files > 100, $"only {files} files");
    }

    /// <summary>The search as it was: four vectorised library searches over small sets, the earliest kept.</summary>
    private static int Previous(ReadOnlySpan<char> text)
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
}
