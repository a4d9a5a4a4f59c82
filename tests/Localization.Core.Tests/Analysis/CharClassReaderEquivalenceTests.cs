using Localization.Core.Analysis;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Text;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// The word reader asks one table per character (script class, case, digit, joiner) where it asked the script table,
/// char.IsDigit, char.IsUpper, char.IsLower and char.IsLetter: it must read the same words, hashes, shapes, sentence
/// starts and other-script flag as the reader it replaced (kept below as it was), on every character and on text.
/// </summary>
public sealed class CharClassReaderEquivalenceTests
{
    [Fact]
    public void Every_character_is_classed_as_the_predicates_class_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            var kind = CharClasses.Table[c];
            var script = ScriptClassifier.Of(ch);
            Assert.Equal(script == Script.Latin, (kind & CharClasses.Latin) != 0);
            Assert.Equal(script is not (Script.None or Script.Latin), (kind & CharClasses.OtherLetter) != 0);
            Assert.Equal(script == Script.None && char.IsDigit(ch), (kind & CharClasses.Digit) != 0);
            Assert.Equal(char.IsUpper(ch), (kind & CharClasses.Upper) != 0);
            Assert.Equal(char.IsLower(ch), (kind & CharClasses.Lower) != 0);
            Assert.Equal(ch is '-' or '\'' or '’', (kind & CharClasses.Joiner) != 0);
        }
    }

    [Fact]
    public void It_reads_random_text_as_the_previous_reader()
    {
        // Characters of every class the reader tells apart, and any BMP character now and then.
        const string alphabet = "aZéÉ9٣ -'’.,한글Дд漢\u0301\uFFFC\tMxİıſǅ0ŉ_@ǈẞꝹＡｚ";
        var random = new Random(1504);
        for (var n = 0; n < 100_000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => random.Next(10) == 0 ? (char)random.Next(char.MaxValue + 1) : alphabet[random.Next(alphabet.Length)]).ToArray());
            AssertSame(text);
        }
    }

    [Fact]
    public void It_reads_the_corpus_as_the_previous_reader()
    {
        var corpus = TestPaths.RequireCorpus("privacyguides-2026-03");
        var files = Directory.EnumerateFiles(Path.Combine(corpus, "docs"), "*.md", SearchOption.AllDirectories)
            .Concat(new[] { "ko", "fr", "ja" }.SelectMany(l => Directory.EnumerateFiles(Path.Combine(corpus, "i18n", l), "*.md", SearchOption.AllDirectories)));
        var read = 0;
        foreach (var file in files)
        {
            foreach (var line in File.ReadLines(file))
            {
                AssertSame(line);
                read++;
            }
        }

        Assert.True(read > 10_000, $"only {read} lines read");
    }

    private static void AssertSame(string text)
    {
        var reader = LatinWordReader.Read(text);
        var previous = new PreviousReader(text);
        while (true)
        {
            var more = reader.MoveNext();
            Assert.Equal(previous.MoveNext(), more);
            if (!more)
            {
                break;
            }

            var (index, length, initial, hash, code) = previous.Current;
            Assert.Equal(index, reader.Current.Index);
            Assert.Equal(length, reader.Current.Text.Length);
            Assert.Equal(initial, reader.Current.SentenceInitial);
            Assert.Equal(hash, reader.Current.Hash);
            Assert.Equal(code, reader.Current.LooksLikeCode);
            Assert.Equal(previous.SawOtherScript, reader.SawOtherScript);
        }

        Assert.Equal(previous.SawOtherScript, reader.SawOtherScript);
    }

    /// <summary>LatinWordReader.MoveNext as it was before the table (script table, then the char predicates).</summary>
    private sealed class PreviousReader(string text)
    {
        private int _position;
        private bool _first = true;

        public (int Index, int Length, bool Initial, int Hash, bool Code) Current { get; private set; }

        public bool SawOtherScript { get; private set; }

        public bool MoveNext()
        {
            var i = _position;
            while (i < text.Length)
            {
                var c = text[i];
                var script = ScriptClassifier.Of(c);
                if (script is not (Script.None or Script.Latin))
                {
                    _first = false;
                    SawOtherScript = true;
                    i++;
                    continue;
                }

                if (script == Script.Latin || (char.IsDigit(c) && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin))
                {
                    var start = i;
                    int upper = 0, digits = 0, letters = 0;
                    var inner = false;
                    var previous = '\0';
                    while (i < text.Length)
                    {
                        var d = text[i];
                        if (ScriptClassifier.Of(d) == Script.Latin)
                        {
                            letters++;
                            if (char.IsUpper(d))
                            {
                                upper++;
                                inner |= i - start > 0 && previous != '-';
                            }
                        }
                        else if (char.IsDigit(d))
                        {
                            digits++;
                        }
                        else if (!(d is '-' or '\'' or '’' && i + 1 < text.Length && ScriptClassifier.Of(text[i + 1]) == Script.Latin))
                        {
                            break;
                        }

                        previous = d;
                        i++;
                    }

                    var word = text.AsSpan(start, i - start);
                    var code = inner || digits > 0 || (upper > 1 && upper == letters) || (word.Length > 1 && char.IsLower(word[0]) && upper > 0);
                    Current = (start, i - start, _first, WordSet.Hash(word), code);
                    _first = false;
                    _position = i;
                    return true;
                }

                if (char.IsLetter(c))
                {
                    _first = false;
                }

                i++;
            }

            _position = i;
            return false;
        }
    }
}
