using Localization.Core.Text;

namespace Localization.Core.Analysis;

/// <summary>A Latin word of a translated unit as <see cref="SentenceScan"/> read it: its place in the unit's prose and its <see cref="WordSet.Hash"/>.</summary>
/// <param name="Start">Where it starts in the unit's prose.</param>
/// <param name="Length">Its length.</param>
/// <param name="Hash">Its <see cref="WordSet.Hash"/>.</param>
/// <param name="LowerProse">It starts in lower case and does not look like code (what a Latin-script page asks of the English page).</param>
internal readonly record struct ScannedWord(int Start, int Length, int Hash, bool LowerProse);

/// <summary>
/// One reading of a sentence of a translated unit for everything the page profile asks of its characters: its Latin
/// words (as <see cref="LatinWordReader"/> reads them, with their hashes and shapes), its letters counted by script
/// and its decimal digits (as <see cref="ScriptClassifier.CountLettersAndDigits"/> counts them), and whether it has a
/// letter of a script other than Latin. The profile counted each unit's scripts in one pass, then read the words of each
/// sentence again in another, once it knew the page's script (a Latin-script page: every sentence but the few that are
/// English sentences; a page of another script: every sentence with a Latin letter).
/// </summary>
internal static class SentenceScan
{
    /// <summary>
    /// Reads <paramref name="sentence"/> (at <paramref name="offset"/> in its unit's prose): appends its words to
    /// <paramref name="words"/>, adds its letters to <paramref name="counts"/> by script (characters of no script are not
    /// counted), and returns how many of its characters are letters or decimal digits (char.IsLetterOrDigit);
    /// <paramref name="otherScript"/> tells a letter of another script.
    /// </summary>
    // Optimised from its first call, as the word reader: a loop over every character of a site's translated prose.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static int Read(ReadOnlySpan<char> sentence, int offset, ScannedWords words, Span<int> counts, out bool otherScript)
    {
        var classes = CharClasses.Table;
        var text = sentence;
        var digits = 0;
        var latin = 0;
        var otherLetters = 0;

        // Letters of another script are counted as runs of one script, in registers: a count in memory incremented for
        // every character of a Korean sentence waited for its own previous increment each time.
        var runScript = 0;
        var run = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            var kind = classes[c];

            // A letter of another script (every character of a Korean or Russian sentence but its spaces).
            if ((kind & CharClasses.OtherLetter) != 0)
            {
                var script = (int)ScriptClassifier.Of(c);
                if (script != runScript)
                {
                    counts[runScript] += run;
                    otherLetters += run;
                    runScript = script;
                    run = 0;
                }

                run++;
                i++;
                continue;
            }

            if ((kind & CharClasses.Latin) != 0 || ((kind & CharClasses.Digit) != 0 && i + 1 < text.Length && (classes[text[i + 1]] & CharClasses.Latin) != 0))
            {
                // The word's hash, shape and letters are taken in the pass that finds its end (as LatinWordReader.MoveNext).
                var start = i;
                var hash = WordSet.Seed;
                var shape = default(WordShape);
                var previous = '\0';
                while (i < text.Length)
                {
                    var d = text[i];
                    var dKind = classes[d];
                    if ((dKind & CharClasses.Latin) != 0)
                    {
                        shape.AddLetter((dKind & CharClasses.Upper) != 0, previous, i - start);
                    }
                    else if ((dKind & CharClasses.Digit) != 0)
                    {
                        shape.AddDigit();
                    }
                    else if ((dKind & CharClasses.Joiner) == 0 || i + 1 >= text.Length || (classes[text[i + 1]] & CharClasses.Latin) == 0)
                    {
                        break;
                    }

                    hash = WordSet.Step(hash, d);
                    previous = d;
                    i++;
                }

                // (the shape counted the word's letters, all Latin, and its digits)
                latin += shape.Letters;
                digits += shape.Digits;
                var word = text[start..i];
                var startsLower = (classes[word[0]] & CharClasses.Lower) != 0;
                words.Add(new ScannedWord(offset + start, word.Length, WordSet.Finish(hash), startsLower && !shape.IsCode(word, startsLower)));
                continue;
            }

            // (A Latin letter always starts a word above: what is left is a digit or a character of no script.)
            digits += (kind & CharClasses.Digit) != 0 ? 1 : 0;
            i++;
        }

        counts[runScript] += run; // (slot 0, characters of no script, when the sentence has no other script's letter)
        otherLetters += run;
        counts[(int)Script.Latin] += latin;
        otherScript = otherLetters > 0;
        return latin + otherLetters + digits;
    }
}

/// <summary>A sentence <see cref="SentenceScan"/> read: its words in <see cref="ScannedWords"/> and whether it has a letter of a script other than Latin.</summary>
internal readonly record struct ScannedSentence(int FirstWord, int WordCount, bool OtherScript);

/// <summary>
/// The words and sentences <see cref="SentenceScan"/> read from a page's translated units, in page order, in arrays from
/// the shared pool (a page's words are read before its script is known and used by the end of its profile).
/// </summary>
internal sealed class ScannedWords : IDisposable
{
    private ScannedWord[] _items;
    private ScannedSentence[] _sentences;
    private int _sentenceCount;

    public ScannedWords(int capacity)
    {
        _items = System.Buffers.ArrayPool<ScannedWord>.Shared.Rent(Math.Max(16, capacity));
        _sentences = System.Buffers.ArrayPool<ScannedSentence>.Shared.Rent(16);
    }

    public int Count { get; private set; }

    /// <summary>How many sentences were read (the next one's number).</summary>
    public int SentenceCount => _sentenceCount;

    public ScannedSentence Sentence(int number) => _sentences[number];

    /// <summary>The words of a sentence read (see <see cref="Sentence"/>).</summary>
    public ReadOnlySpan<ScannedWord> WordsOf(in ScannedSentence sentence) => _items.AsSpan(sentence.FirstWord, sentence.WordCount);

    /// <summary>Reads the next sentence (see <see cref="SentenceScan.Read"/>) and keeps what it found.</summary>
    public int Read(ReadOnlySpan<char> sentence, int offset, Span<int> counts)
    {
        var first = Count;
        var lettersAndDigits = SentenceScan.Read(sentence, offset, this, counts, out var otherScript);
        if (_sentenceCount == _sentences.Length)
        {
            var larger = System.Buffers.ArrayPool<ScannedSentence>.Shared.Rent(_sentences.Length * 2);
            _sentences.AsSpan(0, _sentenceCount).CopyTo(larger);
            System.Buffers.ArrayPool<ScannedSentence>.Shared.Return(_sentences);
            _sentences = larger;
        }

        _sentences[_sentenceCount++] = new ScannedSentence(first, Count - first, otherScript);
        return lettersAndDigits;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(ScannedWord word)
    {
        if (Count == _items.Length)
        {
            Grow();
        }

        _items[Count++] = word;
    }

    private void Grow()
    {
        var larger = System.Buffers.ArrayPool<ScannedWord>.Shared.Rent(_items.Length * 2);
        _items.AsSpan(0, Count).CopyTo(larger);
        System.Buffers.ArrayPool<ScannedWord>.Shared.Return(_items);
        _items = larger;
    }

    public void Dispose()
    {
        System.Buffers.ArrayPool<ScannedWord>.Shared.Return(_items);
        System.Buffers.ArrayPool<ScannedSentence>.Shared.Return(_sentences);
        _items = [];
        _sentences = [];
        Count = 0;
        _sentenceCount = 0;
    }
}
