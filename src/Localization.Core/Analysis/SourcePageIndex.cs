using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Analysis;

/// <summary>
/// What the English page tells about its own text, computed once per page and shared by every language:
/// its sentences (normalised, to recognise English left in a translation) and its proper nouns
/// (words written capitalised in mid-sentence and never in lower case).
/// </summary>
public sealed class SourcePageIndex
{
    private readonly Dictionary<string, SourceSentence> _sentences = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSentence>.AlternateLookup<ReadOnlySpan<char>> _sentenceLookup;
    private readonly (SentenceRange Range, string Normalized)[][] _unitSentences;
    private readonly SentenceRange[][] _unitRanges;
    private readonly WordSet _properNounLookup;
    // Which of the page's words (their numbers in _pageWords, sorted) each unit uses, read when a unit is first asked:
    // few units ever are (a sentence of edited English compared with its English unit), and a set of (unit, word) keys
    // of every word of every unit, filled for every English page, was 5 MB of a 31-language site's allocations, kept
    // (and copied by the collector) as long as the page.
    private readonly int[]?[] _unitWords;
    private readonly WordSet _pageWords = new(ignoreCase: true, capacity: 512);
    private readonly HashSet<ulong> _sentenceHashes = [];

    // The sentences' prefix hashes again as two bits each in about sixteen bits per sentence: nearly every sentence of a
    // translated page asks (MayHaveSentence) and is none of the English page's, told by two reads instead of a set lookup.
    private readonly ulong[] _sentenceFilter;
    private readonly int _sentenceFilterShift;
    private readonly WordFactsCache?[] _wordFacts;
    private readonly EnglishUnitVerdicts?[] _verdicts;
    private readonly int[]?[] _scriptCounts;

    // Per unit: its Latin letters when it has no letter of another script, else -1 (or not translatable). Every language's
    // page sums the script counts of each unit it left as its English, and asks whether it has another script's letters:
    // one int read in unit order instead of 27 counts (two cache lines per unit, read long after they were made).
    private readonly int[] _latinOnly;
    private readonly int[] _placeholder;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Type, object> _shared = new();

    // The page's units as an array: every translated unit of every language asks whether a unit is one of them
    // (through the list's interface, a dispatched call each time).
    private readonly TranslationUnit[] _units;

    public SourcePageIndex(PageModel page)
    {
        Page = page;
        _units = [.. page.Units];
        // Proper nouns: words written capitalised in mid-sentence (compared ordinally) that the page never writes in lower
        // case (compared ignoring case, as the page's words are: one flag per word of the page). Sets of strings made a
        // string per distinct word and hashed each word again (a quarter of this index's time).
        var writtenLower = new bool[512];
        var capitalised = new WordSet(ignoreCase: false, capacity: 256);
        var capitalisedWord = new List<int>(256);
        var words = new List<(int Start, int Length, int Hash, int Word, bool Lower, bool Initial)>(64);
        _unitSentences = new (SentenceRange, string)[page.Units.Count][];
        _unitRanges = new SentenceRange[page.Units.Count][];
        _wordFacts = new WordFactsCache?[page.Units.Count];
        _verdicts = new EnglishUnitVerdicts?[page.Units.Count];
        _scriptCounts = new int[]?[page.Units.Count];
        _latinOnly = new int[page.Units.Count];
        _unitWords = new int[]?[page.Units.Count];
        _placeholder = new int[page.Units.Count];
        foreach (var unit in page.Units)
        {
            if (!unit.IsTranslatable)
            {
                _unitSentences[unit.Index] = [];
                _unitRanges[unit.Index] = [];
                _latinOnly[unit.Index] = -1;
                continue;
            }

            var scripts = _scriptCounts[unit.Index] = new int[ScriptClassifier.ScriptCount];
            ScriptClassifier.Count(unit.Prose.Text, scripts);
            _latinOnly[unit.Index] = scripts.AsSpan((int)Script.Latin + 1).ContainsAnyExcept(0) ? -1 : scripts[(int)Script.Latin];
            var ranges = SentenceSegmenter.Split(unit.Prose);
            _unitRanges[unit.Index] = ranges;
            var sentences = new (SentenceRange, string)[ranges.Length];
            for (var k = 0; k < ranges.Length; k++)
            {
                var range = ranges[k];
                var span = unit.Prose.Text.AsSpan(range.Start, range.Length);
                var normalized = TextNormalizer.ForComparison(span);
                sentences[k] = (range, normalized);
                if (normalized.Length > 0 && _sentences.TryAdd(normalized, new SourceSentence(unit, range)))
                {
                    _sentenceHashes.Add(TextNormalizer.PrefixHashOf(normalized));
                }

                // Title Case ("Health and Wellness Apps", "OpenPGP Clients") capitalises ordinary words: it proves no name
                // (EnglishWords.IsTitleCase, told in the same reading of the words).
                words.Clear();
                var titleCase = true;
                foreach (var word in LatinWordReader.Read(span))
                {
                    var number = _pageWords.AddOrFind(unit.Prose.Text, range.Start + word.Index, word.Text.Length, word.Hash);
                    var lower = char.IsLower(word.Text[0]);
                    titleCase &= !lower || EnglishWords.IsFunctionWord(word.Text, word.Hash);
                    words.Add((range.Start + word.Index, word.Text.Length, word.Hash, number, lower, word.SentenceInitial));
                }

                titleCase &= words.Count > 0;
                foreach (var (start, length, hash, number, lower, initial) in words)
                {
                    if (lower)
                    {
                        if (number >= writtenLower.Length)
                        {
                            Array.Resize(ref writtenLower, Math.Max(number + 1, writtenLower.Length * 2));
                        }

                        writtenLower[number] = true;
                    }
                    else if (!initial && !titleCase && capitalised.AddOrFind(unit.Prose.Text, start, length, hash) == capitalisedWord.Count)
                    {
                        capitalisedWord.Add(number);
                    }
                }
            }

            _unitSentences[unit.Index] = sentences;
        }

        _properNounLookup = new WordSet(ignoreCase: false, capacity: capitalised.Count);
        for (var entry = 0; entry < capitalised.Count; entry++)
        {
            var number = capitalisedWord[entry];
            if (number >= writtenLower.Length || !writtenLower[number])
            {
                var word = capitalised.WordAt(entry);
                _properNounLookup.Add(capitalised.TextAt(entry), capitalised.StartAt(entry), word.Length, capitalised.HashAt(entry));
            }
        }

        _sentenceLookup = _sentences.GetAlternateLookup<ReadOnlySpan<char>>();
        var bits = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, _sentenceHashes.Count * 16));
        _sentenceFilter = new ulong[bits >> 6];
        _sentenceFilterShift = 64 - System.Numerics.BitOperations.Log2((uint)bits);
        foreach (var hash in _sentenceHashes)
        {
            var (a, b) = SentenceFilterBits(hash);
            _sentenceFilter[a >> 6] |= 1UL << a;
            _sentenceFilter[b >> 6] |= 1UL << b;
        }
    }

    private (int A, int B) SentenceFilterBits(ulong hash) =>
        ((int)((hash * 0x9E3779B97F4A7C15UL) >> _sentenceFilterShift), (int)(((hash >> 32 | hash << 32) * 0xC2B2AE3D27D4EB4FUL) >> _sentenceFilterShift));

    public PageModel Page { get; }

    /// <summary>True when the unit is one of this page's.</summary>
    internal bool Owns(TranslationUnit unit) => (uint)unit.Index < (uint)_units.Length && ReferenceEquals(_units[unit.Index], unit);

    /// <summary>
    /// Something later stages derive from this English page alone (the texts of findings about it), made by the
    /// first language that asks and shared by the others; pages are checked on several threads at once, so
    /// <paramref name="create"/> may run twice and the first one published is kept.
    /// </summary>
    public T Shared<T>(Func<SourcePageIndex, T> create)
        where T : class =>
        (T)(_shared.TryGetValue(typeof(T), out var value) ? value : _shared.GetOrAdd(typeof(T), create(this)));

    /// <summary>The source sentence whose normalised text equals <paramref name="normalized"/>.</summary>
    public bool TryFindSentence(string normalized, out SourceSentence sentence) => _sentences.TryGetValue(normalized, out sentence!);

    /// <summary>
    /// False when no source sentence's normalised text has this <see cref="TextNormalizer.PrefixHashOf"/> (so none equals
    /// a text of that prefix hash); true when one may.
    /// </summary>
    public bool MayHaveSentence(ulong comparisonHash)
    {
        var (a, b) = SentenceFilterBits(comparisonHash);
        return (_sentenceFilter[a >> 6] & (1UL << a)) != 0 && (_sentenceFilter[b >> 6] & (1UL << b)) != 0 && _sentenceHashes.Contains(comparisonHash);
    }

    /// <summary>True when a source sentence's normalised text equals <paramref name="normalized"/>.</summary>
    public bool HasSentence(ReadOnlySpan<char> normalized) => _sentenceLookup.ContainsKey(normalized);

    public bool IsProperNoun(ReadOnlySpan<char> word) => _properNounLookup.Contains(word);

    /// <summary>As <see cref="IsProperNoun(ReadOnlySpan{char})"/>, with the word's <see cref="WordSet.Hash"/> already taken.</summary>
    public bool IsProperNoun(ReadOnlySpan<char> word, int hash) => _properNounLookup.Contains(word, hash);

    /// <summary>True when the unit (of this page) uses the word, in any case.</summary>
    public bool UnitHasWord(TranslationUnit unit, ReadOnlySpan<char> word) => UnitHasWord(unit, word, WordSet.Hash(word));

    /// <summary>As <see cref="UnitHasWord(TranslationUnit, ReadOnlySpan{char})"/>, with the word's <see cref="WordSet.Hash"/> already taken.</summary>
    public bool UnitHasWord(TranslationUnit unit, ReadOnlySpan<char> word, int hash) =>
        ReferenceEquals(unit, _units[unit.Index]) && _pageWords.Find(word, hash) is >= 0 and var number && Array.BinarySearch(WordNumbersOf(unit), number) >= 0;

    /// <summary>
    /// The numbers of the page's words a unit of this page uses, sorted, read from its sentences as the page's words
    /// were (pages are checked on several threads at once: a unit read twice gives the same numbers, the first kept).
    /// </summary>
    private int[] WordNumbersOf(TranslationUnit unit)
    {
        if (Volatile.Read(ref _unitWords[unit.Index]) is { } known)
        {
            return known;
        }

        var numbers = new List<int>();
        foreach (var range in _unitRanges[unit.Index])
        {
            foreach (var word in LatinWordReader.Read(unit.Prose.Text.AsSpan(range.Start, range.Length)))
            {
                numbers.Add(_pageWords.Find(word.Text, word.Hash));
            }
        }

        numbers.Sort();
        var distinct = new int[numbers.Count];
        var count = 0;
        foreach (var number in numbers)
        {
            if (count == 0 || distinct[count - 1] != number)
            {
                distinct[count++] = number;
            }
        }

        var read = distinct[..count];
        return Interlocked.CompareExchange(ref _unitWords[unit.Index], read, null) ?? read;
    }

    /// <summary>True when the page's English text uses the word anywhere, in any case.</summary>
    public bool PageHasWord(ReadOnlySpan<char> word) => _pageWords.Contains(word);

    /// <summary>As <see cref="PageHasWord(ReadOnlySpan{char})"/>, with the word's <see cref="WordSet.Hash"/> already taken.</summary>
    public bool PageHasWord(ReadOnlySpan<char> word, int hash) => _pageWords.Contains(word, hash);

    /// <summary>
    /// What is known of the words of a unit's k-th sentence for a set of project terms, computed once and
    /// shared by every language checked against this page (pages are checked on several threads at once:
    /// a computation done twice gives the same facts, and the first one published is kept).
    /// </summary>
    internal SentenceWordFacts WordFactsOf(TranslationUnit unit, int k, Terms.TermSet terms, Func<TranslationUnit, SentenceRange, SentenceWordFacts> read)
    {
        var cache = Volatile.Read(ref _wordFacts[unit.Index]);
        if (cache is null || !ReferenceEquals(cache.Terms, terms))
        {
            var fresh = new WordFactsCache(terms, new SentenceWordFacts?[_unitSentences[unit.Index].Length]);
            cache = Interlocked.CompareExchange(ref _wordFacts[unit.Index], fresh, cache) is var seen && ReferenceEquals(seen, cache) ? fresh : seen!;
            if (!ReferenceEquals(cache.Terms, terms))
            {
                return read(unit, _unitSentences[unit.Index][k].Range); // another run's terms hold the slot: not cached
            }
        }

        if (Volatile.Read(ref cache.Facts[k]) is { } facts)
        {
            return facts;
        }

        facts = read(unit, _unitSentences[unit.Index][k].Range);
        return Interlocked.CompareExchange(ref cache.Facts[k], facts, null) ?? facts;
    }

    /// <summary>
    /// The untranslated-text verdicts on a unit of this page left as it is, for a page that kept none of its words as
    /// names, computed once for a set of project terms and shared by every language (as <see cref="WordFactsOf"/>).
    /// </summary>
    internal EnglishUnitVerdicts EnglishVerdictsOf(TranslationUnit unit, Terms.TermSet terms, Func<TranslationUnit, EnglishUnitVerdicts> judge)
    {
        // The verdicts hold their terms themselves: every unit left as its English on every language's page reads them,
        // long after they were made, and a record holding the terms and the verdicts was one more object to fetch.
        if (Volatile.Read(ref _verdicts[unit.Index]) is { } known && ReferenceEquals(known.Terms, terms))
        {
            return known;
        }

        var fresh = judge(unit);
        var seen = Interlocked.CompareExchange(ref _verdicts[unit.Index], fresh, null);
        return seen is not null && ReferenceEquals(seen.Terms, terms) ? seen : fresh;
    }

    /// <summary>
    /// True when <paramref name="verdict"/> is the verdict on the whole of a unit of this page left as it is that every
    /// language shares (<see cref="EnglishVerdictsOf"/>): what a rule derives from it alone is the same for every language.
    /// </summary>
    internal bool IsSharedVerdict(TranslationUnit unit, UnitVerdict verdict) =>
        Owns(unit) && Volatile.Read(ref _verdicts[unit.Index]) is { } known && ReferenceEquals(known.Verdict, verdict);

    private sealed record WordFactsCache(Terms.TermSet Terms, SentenceWordFacts?[] Facts);

    /// <summary>Whether a unit of this page reads as placeholder Latin (asked once, for every language; 0 not yet asked, 1 no, 2 yes).</summary>
    internal bool IsPlaceholderLatin(TranslationUnit unit, Func<string, bool> test)
    {
        if (!ReferenceEquals(unit, _units[unit.Index]))
        {
            return test(unit.Prose.Text);
        }

        var known = Volatile.Read(ref _placeholder[unit.Index]);
        if (known == 0)
        {
            known = test(unit.Prose.Text) ? 2 : 1;
            Volatile.Write(ref _placeholder[unit.Index], known);
        }

        return known == 2;
    }

    /// <summary>
    /// How many Latin letters a translatable unit of this page has when it has no letter of another script (its script
    /// counts then hold nothing else but characters of no script); -1 otherwise, and for a unit not of this page.
    /// </summary>
    internal int LatinOnlyLettersOf(TranslationUnit unit) => Owns(unit) ? _latinOnly[unit.Index] : -1;

    /// <summary>True when a translatable unit of this page has a letter of a script other than Latin (<see cref="ScriptCountsOf"/>).</summary>
    internal bool HasOtherScriptLetters(TranslationUnit unit) =>
        Owns(unit) && _latinOnly[unit.Index] < 0 && _scriptCounts[unit.Index] is not null;

    /// <summary>How many characters of each script a translatable unit of this page has (counted once).</summary>
    public ReadOnlySpan<int> ScriptCountsOf(TranslationUnit unit) =>
        Owns(unit) && _scriptCounts[unit.Index] is { } counts ? counts : [];

    /// <summary>The sentences of a unit of this page (cut once, shared by every language that left it as it is).</summary>
    public SentenceRange[] RangesOf(TranslationUnit unit) =>
        ReferenceEquals(unit, _units[unit.Index]) ? _unitRanges[unit.Index] : [];

    /// <summary>The sentences of a unit of this page with their normalised text (computed once).</summary>
    public IReadOnlyList<(SentenceRange Range, string Normalized)> SentencesOf(TranslationUnit unit) =>
        ReferenceEquals(unit, _units[unit.Index]) ? _unitSentences[unit.Index] : [];
}

/// <summary>A sentence of a source unit.</summary>
public sealed record SourceSentence(TranslationUnit Unit, SentenceRange Range);
