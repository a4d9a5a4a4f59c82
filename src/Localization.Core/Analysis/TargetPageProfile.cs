using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Analysis;

/// <summary>
/// What the translated page tells about itself: the script it is written in (from its letters, not from
/// a language list) and the Latin-script words its translator kept inside translated sentences, which
/// are names for this page (Signal in "Signal 프로토콜은", Briar in "Briar est …").
/// </summary>
public sealed class TargetPageProfile
{
    private readonly SourcePageIndex _source;
    private readonly SentenceRange[][] _sentences;
    // Made on the first sentence compared as text (an array per page that compares none was 2 MB of a 31-language site's allocations).
    private string?[]?[]? _normalized;
    private readonly TranslationUnit?[] _english;
    private readonly byte[]?[] _translated;

    // Letters and digits of each unit whose scripts the profile counted, plus one (0: not counted).
    private readonly int[] _lettersAndDigits;

    // The Latin words kept inside translated sentences: in a page of another script, a set of them compared
    // ordinally (a few per page); in a Latin-script page, every word of the sentences judged translated (compared
    // ignoring case), as hashes in page order.
    private readonly WordSet? _words;
    private readonly LatinKeptWords? _keptLatin;

    /// <param name="page">The translated page.</param>
    /// <param name="source">The English page's index.</param>
    /// <param name="sourceOf">The English unit each translated unit is aligned with, when known: a unit that is its
    /// English as it is takes the English sentences as they are, and teaches no kept words.</param>
    // Optimised from its first call: a loop over every character or sentence of a site, which tier-0 code ran slowly
    // for the first seconds of a run (these seven methods so marked: 6% of a 31-language check, JIT).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public TargetPageProfile(PageModel page, SourcePageIndex source, Func<TranslationUnit, TranslationUnit?>? sourceOf = null)
    {
        Page = page;
        _source = source;
        var units = page.Units;
        _sentences = new SentenceRange[units.Count][];
        _english = new TranslationUnit?[units.Count];
        _translated = new byte[]?[units.Count];
        _lettersAndDigits = new int[units.Count];
        Span<int> counts = stackalloc int[ScriptClassifier.ScriptCount];
        var translatedLength = 0L;

        // The units counted with no Latin letter, a bit each: in a page of another script, such a unit has no Latin word
        // to keep, and a sentence of it is translated when it has a letter at all (the word reader walked each to its end).
        ulong[]? noLatin = null;
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (unit.IsTranslatable && sourceOf?.Invoke(unit) is { IsTranslatable: true } english && source.Owns(english) && IsSameProse(unit, english))
            {
                // The English unit's sentences and their comparison text, shared rather than copied per language.
                _sentences[unit.Index] = source.RangesOf(english);
                _english[unit.Index] = english;
                if (source.LatinOnlyLettersOf(english) is >= 0 and var latin)
                {
                    counts[(int)Script.Latin] += latin; // (characters of no script count for no script below)
                    continue;
                }

                if (source.ScriptCountsOf(english) is { Length: > 0 } known)
                {
                    for (var s = 0; s < counts.Length; s++)
                    {
                        counts[s] += known[s];
                    }

                    continue;
                }
            }
            else
            {
                _sentences[unit.Index] = unit.IsTranslatable ? SentenceSegmenter.Split(unit.Prose) : [];
            }

            if (unit.IsTranslatable)
            {
                var latinBefore = counts[(int)Script.Latin];
                _lettersAndDigits[unit.Index] = ScriptClassifier.CountLettersAndDigits(unit.Prose.Text, counts) + 1;
                if (counts[(int)Script.Latin] == latinBefore)
                {
                    (noLatin ??= new ulong[(units.Count + 63) >> 6])[u >> 6] |= 1UL << u;
                }

                translatedLength += unit.Prose.Text.Length;
            }
        }

        var total = 0;
        var best = Script.Latin;
        var bestCount = 0;
        for (var s = 1; s < counts.Length; s++)
        {
            total += counts[s];
            if (s != (int)Script.Latin && counts[s] > bestCount)
            {
                best = (Script)s;
                bestCount = counts[s];
            }
        }

        // A translation that is mostly untranslated English still shows its own script in what was done.
        MainScript = bestCount > 0 && (bestCount >= total / 50 || bestCount >= 200) ? best : Script.Latin;

        // In a page of another script, a Latin word inside a translated sentence is a name as written ("Signal",
        // not "signal"). In a Latin-script page, a word of its translated sentences is a word of its language in
        // any case: "Note" or "Session" alone in a French table cell is French.
        // Sized for the words of a Latin-script page's own text (about one distinct word in 16 characters: growing
        // from a few words was 26 MB of copies over a site), at most a few thousand (a page repeating itself has few).
        // (A word takes at least two characters of a Latin-script page's text with the space after it, about six in prose.)
        _words = IsNonLatin ? new WordSet(ignoreCase: false, capacity: 64) : null;
        _keptLatin = IsNonLatin ? null : new LatinKeptWords(page, _sentences, (int)Math.Min(1 << 20, translatedLength / 6));

        // Only the buffers of the page's kind (the word list of a page of another script, made for every page, was 2 MB of a
        // 31-language site's allocations).
        var scratch = IsNonLatin ? new List<(int Start, int Length, int Hash)>(64) : null;
        var lower = IsNonLatin ? null : new List<(int Start, int Length, int Hash)>(32);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];

            // English left as it is: in a Latin-script page each of its sentences is a sentence of the English
            // page (or has no words), so none teaches a word; another script's page still asks its letters.
            if (_english[unit.Index] is { } same && (!IsNonLatin || !source.HasOtherScriptLetters(same)))
            {
                continue; // (and an English unit with no letter of another script teaches nothing either)
            }

            var sentences = _sentences[unit.Index];
            for (var k = 0; k < sentences.Length; k++)
            {
                var span = unit.Prose.Text.AsSpan(sentences[k].Start, sentences[k].Length);
                if (IsNonLatin)
                {
                    var lettersOnly = noLatin is not null && (noLatin[u >> 6] & (1UL << u)) != 0;
                    if (lettersOnly ? !HasOtherScriptLetter(span) : !ReadTranslatedSentence(span, scratch!))
                    {
                        continue;
                    }

                    // A letter of the page's script: the untranslated-text test has nothing to ask of it.
                    (_translated[unit.Index] ??= new byte[sentences.Length])[k] = Settled;
                    if (!lettersOnly)
                    {
                        foreach (var (start, length, hash) in scratch!)
                        {
                            _words!.Add(unit.Prose.Text, sentences[k].Start + start, length, hash);
                        }
                    }

                    continue;
                }

                var mark = _keptLatin!.Mark;
                if (!JudgeLatinSentence(unit, k, span, source, lower!))
                {
                    _keptLatin.Drop(mark);
                    continue;
                }

                // A Latin word: the untranslated-text test has nothing to ask of it.
                (_translated[unit.Index] ??= new byte[sentences.Length])[k] = _keptLatin.Mark > mark ? Settled : Taught;
                _keptLatin.Commit(unit.Index, k, mark);
            }
        }
    }

    public PageModel Page { get; }

    /// <summary>
    /// The unit's prose is the English unit's: a unit read as its English twin (its block the English block's Markdown)
    /// has that prose by construction, and asking its prose made a moved copy of the English one for every such unit
    /// of every language (the page walk leaves it to be made on first need, and this was the first).
    /// </summary>
    internal static bool IsSameProse(TranslationUnit unit, TranslationUnit english) =>
        ReferenceEquals(unit.EnglishTwin, english) || IsSameProse(unit.Prose, english.Prose);

    /// <summary>Same text cut at the same forced breaks: the sentence segmenter gives the same sentences.</summary>
    private static bool IsSameProse(ProseText a, ProseText b)
    {
        if (!string.Equals(a.Text, b.Text, StringComparison.Ordinal) || a.Breaks.Count != b.Breaks.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Breaks.Count; i++)
        {
            if (a.Breaks[i] != b.Breaks[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The page's script; <see cref="Script.Latin"/> for Latin-script languages.</summary>
    public Script MainScript { get; }

    public bool IsNonLatin => MainScript != Script.Latin;

    public IReadOnlyList<SentenceRange> SentencesOf(TranslationUnit unit) => _sentences[unit.Index];

    /// <summary>
    /// How many characters of a unit of this page are letters or decimal digits (char.IsLetterOrDigit), when the
    /// profile counted them while it counted the page's scripts (a unit not left as its English); -1 otherwise.
    /// </summary>
    internal int LettersAndDigitsOf(TranslationUnit unit) =>
        (uint)unit.Index < (uint)_lettersAndDigits.Length && ReferenceEquals(Page.Units[unit.Index], unit) ? _lettersAndDigits[unit.Index] - 1 : -1;

    /// <summary>
    /// The English unit a translated unit is as it is (same prose, cut into the same sentences, which it
    /// shares), when the profile was given the alignment; null otherwise.
    /// </summary>
    public TranslationUnit? EnglishAsItIs(TranslationUnit unit) => _english[unit.Index];

    /// <summary>
    /// The k-th sentence of a unit as <see cref="TextNormalizer.ForComparison"/> makes it, computed once: the
    /// profile and the untranslated-text test both compare it with the English.
    /// </summary>
    public string NormalizedSentence(TranslationUnit unit, int k)
    {
        if (_english[unit.Index] is { } english)
        {
            return _source.SentencesOf(english)[k].Normalized;
        }

        var sentences = _sentences[unit.Index];
        var cache = (_normalized ??= new string?[]?[_sentences.Length])[unit.Index] ??= new string?[sentences.Length];
        return cache[k] ??= TextNormalizer.ForComparison(unit.Prose.Text.AsSpan(sentences[k].Start, sentences[k].Length));
    }

    /// <summary>
    /// In a Latin-script page, true when the unit's k-th sentence was judged translated and taught its words as
    /// kept words: every word of it is then a name to the untranslated-text test, which has nothing left to ask.
    /// </summary>
    public bool IsTranslatedLatinSentence(TranslationUnit unit, int k) => !IsNonLatin && _translated[unit.Index] is { } taught && taught[k] != 0;

    /// <summary>
    /// True when the profile found the unit's k-th sentence translated and it has a word to translate: a letter of
    /// the page's script in a page of another script, a Latin word of a translated sentence in a Latin-script page.
    /// The untranslated-text test counts it as translated and reads no more of it.
    /// </summary>
    public bool IsSettledSentence(TranslationUnit unit, int k) => _translated[unit.Index] is { } translated && translated[k] == Settled;

    /// <summary>A sentence judged translated whose words were taught as kept words (see <see cref="IsTranslatedLatinSentence"/>).</summary>
    private const byte Taught = 1;

    /// <summary>Taught, and it holds a word to translate (see <see cref="IsSettledSentence"/>).</summary>
    private const byte Settled = 2;

    /// <summary>True when the translator kept <paramref name="word"/> inside a translated sentence.</summary>
    public bool IsKeptWord(ReadOnlySpan<char> word) => IsKeptWord(word, WordSet.Hash(word));

    /// <summary>As <see cref="IsKeptWord(ReadOnlySpan{char})"/>, with the word's <see cref="WordSet.Hash"/> already taken.</summary>
    public bool IsKeptWord(ReadOnlySpan<char> word, int hash)
    {
        return _words?.Contains(word, hash) ?? _keptLatin!.Contains(word, hash);
    }

    /// <summary>False when the translator kept no word at all (a page left in English): <see cref="IsKeptWord(ReadOnlySpan{char}, int)"/> is false for every word.</summary>
    internal bool KeptAnyWord => _words?.Count > 0 || _keptLatin?.Count > 0;

    /// <summary>In a page of another script, its kept words (compared as written); null in a Latin-script page.</summary>
    internal WordSet? NonLatinKeptWords => _words;

    /// <summary>
    /// In a page of another script: true when the sentence has a letter of a script other than Latin (it is translated),
    /// its Latin words then left in <paramref name="words"/>. One pass reads both (the letter test and the word reader
    /// each walked every sentence of such a page).
    /// </summary>
    private static bool ReadTranslatedSentence(ReadOnlySpan<char> sentence, List<(int Start, int Length, int Hash)> words)
    {
        words.Clear();
        var reader = LatinWordReader.Read(sentence);
        while (reader.MoveNext())
        {
            words.Add((reader.CurrentStart, reader.CurrentLength, reader.CurrentHash));
        }

        return reader.SawOtherScript;
    }

    /// <summary>A letter of a script other than Latin, as the word reader tells it (<see cref="LatinWordReader.SawOtherScript"/>), found from the start.</summary>
    private static bool HasOtherScriptLetter(ReadOnlySpan<char> sentence)
    {
        var classes = CharClasses.Table;
        foreach (var c in sentence)
        {
            if ((classes[c] & CharClasses.OtherLetter) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The sentence is one of the English page's. Asked of every sentence of a Latin-script page, most of them
    /// translated and never compared again: the comparison text is folded on the stack, not kept as a string.
    /// </summary>
    private bool IsEnglishSentence(TranslationUnit unit, int k, ReadOnlySpan<char> sentence, SourcePageIndex source)
    {
        // Most sentences are no English sentence, and differ from every one in their first words: the hash of those,
        // folded without writing them out, is none of the English page's (folding the whole sentence, checking its
        // composition and looking it up were a fifth of this profile).
        var hash = TextNormalizer.ComparisonPrefixHash(sentence, out var surelyComposed);
        if (surelyComposed && !source.MayHaveSentence(hash))
        {
            return false;
        }

        char[]? rented = null;
        var buffer = sentence.Length <= 256 ? stackalloc char[sentence.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(sentence.Length));
        try
        {
            if (TextNormalizer.TryFold(sentence, buffer, out var length))
            {
                return source.HasSentence(buffer[..length]);
            }
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }

        return source.TryFindSentence(NormalizedSentence(unit, k), out _);
    }

    /// <summary>
    /// In a Latin-script page, a sentence that is no English sentence of the page and uses English words for less
    /// than half its lower-case words (a sentence of stale or edited English would otherwise teach its own words
    /// as names). Its words' hashes are added to the page's kept words as they are read (the caller drops them when
    /// it is not so judged). (In a page of another script, a translated sentence is one with letters of that script.)
    /// </summary>
    // Optimised from its first call: a loop over every character or sentence of a site, which tier-0 code ran slowly
    // for the first seconds of a run (these seven methods so marked: 6% of a 31-language check, JIT).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private bool JudgeLatinSentence(TranslationUnit unit, int k, ReadOnlySpan<char> sentence, SourcePageIndex source, List<(int Start, int Length, int Hash)> lower)
    {
        if (IsEnglishSentence(unit, k, sentence, source))
        {
            return false;
        }

        // Capitalised words prove nothing either way (names, or the English of a label); lower-case ones do.
        var kept = _keptLatin!;
        lower.Clear();
        var reader = LatinWordReader.Read(sentence);
        while (reader.MoveNext())
        {
            // (the word's facts read one by one, no word struct made)
            kept.Add(reader.CurrentHash);
            if (reader.CurrentIsLowerProse)
            {
                lower.Add((reader.CurrentStart, reader.CurrentLength, reader.CurrentHash));
            }
        }

        // The English page is asked only until the answer is settled: most words of a translated sentence are no
        // English word, and half its lower-case words known as such decide it.
        var english = 0;
        for (var i = 0; i < lower.Count && english * 2 < lower.Count && (english + lower.Count - i) * 2 >= lower.Count; i++)
        {
            var (start, length, hash) = lower[i];
            if (source.PageHasWord(sentence.Slice(start, length), hash))
            {
                english++;
            }
        }

        return english * 2 < lower.Count || lower.Count == 0;
    }
}
