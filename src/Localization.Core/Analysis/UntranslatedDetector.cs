using Localization.Core.Terms;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Analysis;

/// <summary>Why a sentence of a translation is judged to be English left untranslated.</summary>
public enum UntranslatedReason
{
    /// <summary>The sentence equals an English sentence of the source page (markup and whitespace normalised).</summary>
    SameAsSource,

    /// <summary>The sentence is not the English verbatim but carries its wording: nearly every word beyond names, numbers and code is a word of the aligned English.</summary>
    SourceWording,

    /// <summary>A Latin-script sentence of ordinary English words in a page written in another script.</summary>
    EnglishInOtherScript,
}

/// <summary>An untranslated sentence of a target unit.</summary>
/// <param name="Range">The sentence in the unit's prose.</param>
/// <param name="Reason">Why it is judged untranslated.</param>
/// <param name="Source">The English sentence it equals or repeats, when there is one.</param>
/// <param name="IsLabel">A short UI label or alt text (reported at a lower severity).</param>
/// <param name="SharedWords">For <see cref="UntranslatedReason.SourceWording"/>: how many of its words are English words of the source.</param>
/// <param name="Words">For <see cref="UntranslatedReason.SourceWording"/>: its words beyond names, numbers and code.</param>
public sealed record UntranslatedSentence(SentenceRange Range, UntranslatedReason Reason, SourceSentence? Source, bool IsLabel, int SharedWords = 0, int Words = 0);

/// <summary>The verdict on one target unit.</summary>
/// <param name="Translatable">Sentences that carry words to translate (not names, numbers or code alone).</param>
/// <param name="Untranslated">Those of them left in English.</param>
public sealed record UnitVerdict(int Translatable, IReadOnlyList<UntranslatedSentence> Untranslated)
{
    public static UnitVerdict None { get; } = new(0, []);

    // Most units of a translated page are translated: one immutable verdict per sentence count serves them all.
    private static readonly UnitVerdict[] Translated = [.. Enumerable.Range(0, 32).Select(n => new UnitVerdict(n, []))];

    /// <summary>The verdict on a unit of <paramref name="translatable"/> sentences, <paramref name="untranslated"/> (null for none) of them left in English.</summary>
    public static UnitVerdict Of(int translatable, List<UntranslatedSentence>? untranslated) =>
        translatable == 0 ? None
        : untranslated is not null ? new UnitVerdict(translatable, untranslated)
        : translatable < Translated.Length ? Translated[translatable] : new UnitVerdict(translatable, []);

    public bool IsFullyUntranslated => Translatable > 0 && Untranslated.Count == Translatable;

    public bool IsPartlyUntranslated => Untranslated.Count > 0 && Untranslated.Count < Translatable;
}

/// <summary>
/// Finds English left in a translation, sentence by sentence, for any target language and script, with no
/// per-language data. A sentence is untranslated when it is an English sentence of the page verbatim,
/// when nearly all its words are the words of the aligned English (edited English, stale English), or,
/// in a page written in another script, when it is Latin-script text of ordinary English words. Text that
/// is legitimately the same in every language (project terms, names, platform lists, code, URLs, numbers)
/// is not flagged; cognates are not either, since a translated sentence keeps its own function words.
/// </summary>
public sealed class UntranslatedDetector(SourcePageIndex source, TargetPageProfile target, TermSet terms)
{
    /// <summary>Words beyond names, numbers and code a sentence needs before its wording is compared.</summary>
    private const int MinimumWording = 3;

    public UntranslatedDetector(SourcePageIndex source, TargetPageProfile target)
        : this(source, target, TermSet.Empty)
    {
    }

    /// <param name="source">The English page's index.</param>
    /// <param name="target">The translated page's profile.</param>
    /// <param name="terms">The project's do-not-translate terms.</param>
    /// <param name="askEveryKeptWord">Ask every word of the page's kept words, as before <see cref="KeptWordsMayMatter"/> (tests compare the two).</param>
    /// <param name="readEverySentence">Read the words of every sentence judged word by word and each shared verdict's sentences, as before
    /// <see cref="FactsOfSameSentence"/> and <see cref="EnglishUnitVerdicts.Shareable"/> (tests compare the two).</param>
    internal UntranslatedDetector(SourcePageIndex source, TargetPageProfile target, TermSet terms, bool askEveryKeptWord, bool readEverySentence = false)
        : this(source, target, terms)
    {
        _keptMayMatter = askEveryKeptWord ? 2 : 0;
        _shortcuts = !readEverySentence;
    }

    private readonly bool _shortcuts = true;

    /// <param name="unit">The translated unit.</param>
    /// <param name="alignedSource">Its English counterpart, whose sentences are preferred as the match.</param>
    // Optimised from its first call: a loop over every character or sentence of a site, which tier-0 code ran slowly
    // for the first seconds of a run (these seven methods so marked: 6% of a 31-language check, JIT).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public UnitVerdict Judge(TranslationUnit unit, TranslationUnit? alignedSource = null)
    {
        if (!unit.IsTranslatable)
        {
            return UnitVerdict.None;
        }

        var translatable = 0;
        List<UntranslatedSentence>? untranslated = null;
        var sentences = target.SentencesOf(unit);

        // English left as it is (most untranslated blocks): each sentence is its English sentence, so what the
        // English page says about its words is read once per English page, not once per language.
        var english = alignedSource is not null && ReferenceEquals(target.EnglishAsItIs(unit), alignedSource) ? source.SentencesOf(alignedSource) : null;

        // And so is the verdict on each of its sentences, as long as none of its words is one this page's
        // translator kept as a name (the only thing a page adds): half the units of a site, judged once per
        // English unit instead of once per language (measured: the verdicts' objects and word reads of
        // 116,000 untranslated blocks).
        var shared = english is not null && CanShare(unit, alignedSource!) ? source.EnglishVerdictsOf(alignedSource!, terms, _judgeEnglish ??= JudgeEnglish) : null;

        // The shared verdicts of the first sentences stand (each asked once: a unit that did not all stand asked its
        // sentences again below). A page that kept no word the shared verdicts could ask about (a page left in English,
        // or one whose kept words are all names anyway) takes them without reading any sentence's words.
        var standing = shared is null ? 0 : Standing(shared, alignedSource!);
        if (shared is not null && standing == shared.Count)
        {
            return shared.Verdict; // (no list of its sentences made only to be dropped)
        }

        // Whether the whole unit reads as placeholder Latin is asked only of a sentence equal to the English:
        // decided on first need (0 unknown, 1 no, 2 yes), not for every unit.
        var placeholder = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            if (shared is not null && shared.Sentences[k] is var known
                && (k < standing || (k > standing && known.Shareable && !HasKeptWord(alignedSource!, known))))
            {
                if (known.Translatable)
                {
                    translatable++;
                    if (known.Verdict is not null)
                    {
                        (untranslated ??= []).Add(known.Verdict);
                    }
                }

                continue;
            }

            // Translated by what the page profile read of it: a letter of the page's script, or (Latin-script pages)
            // words of the page's own language, each then a kept word. Most sentences of a translated page.
            if (target.IsSettledSentence(unit, k))
            {
                translatable++;
                continue;
            }

            var range = sentences[k];
            var span = unit.Prose.Text.AsSpan(range.Start, range.Length);
            if (!HasWording(span))
            {
                continue;
            }

            // (A sentence with a letter of a non-Latin page's script was settled above: the profile asked each.)

            // Each of its words is a kept word, so a name: no English sentence (the profile looked for one), no
            // wording to compare, a Latin-script page: translated. Most sentences of a French or German page.
            if (english is null && target.IsTranslatedLatinSentence(unit, k))
            {
                translatable++;
                continue;
            }

            // A sentence that is an English sentence character for character takes that sentence's word facts (FactsOfSameSentence).
            // The English sentence it equals is found once, for the facts and for the verdict.
            var normalized = english is not null ? english[k].Normalized : MayBeEnglishSentence(span) ? target.NormalizedSentence(unit, k) : null;
            var match = normalized is null ? null : FindSentence(normalized, alignedSource);
            var facts = english is not null ? source.WordFactsOf(alignedSource!, k, terms, _readFacts ??= ReadFacts) : match is null || !_shortcuts ? null : FactsOfSameSentence(span, match);
            var words = facts is null ? SentenceWords.Read(span, this) : SentenceWords.Read(span, this, facts, askKept: true);
            try
            {
                var verdict = JudgeSentence(unit, range, alignedSource, match, span, words, target.IsNonLatin, ref placeholder, out var skip);
                if (skip)
                {
                    continue;
                }

                translatable++;
                if (verdict is not null)
                {
                    (untranslated ??= []).Add(verdict);
                }
            }
            finally
            {
                words.Dispose();
            }
        }

        return UnitVerdict.Of(translatable, untranslated);
    }

    /// <summary>Something in a sentence that a translator translates: a character beyond spaces and punctuation, and a letter.</summary>
    private static bool HasWording(ReadOnlySpan<char> span) => span.ContainsAnyExcept(NonWordChars) && HasLetters(span);

    /// <summary>
    /// The English unit's shared verdicts stand for this unit when the two differ in nothing a verdict reads
    /// beyond the kept words: the kind and alt texts (labels), and no letter of this page's script.
    /// </summary>
    private bool CanShare(TranslationUnit unit, TranslationUnit english)
    {
        if (unit.Kind != english.Kind)
        {
            return false;
        }

        // (a unit read as its English twin has its alt texts: its prose is the twin's, made only when first asked for,
        // and this was the first ask for every such unit of every language)
        if (!ReferenceEquals(unit.EnglishTwin, english) && !SameAltTexts(unit, english))
        {
            return false;
        }

        return !target.IsNonLatin || !source.HasOtherScriptLetters(english);
    }

    private static bool SameAltTexts(TranslationUnit unit, TranslationUnit english)
    {
        if (unit.Prose.AltTexts.Count != english.Prose.AltTexts.Count)
        {
            return false;
        }

        for (var i = 0; i < unit.Prose.AltTexts.Count; i++)
        {
            if (unit.Prose.AltTexts[i] != english.Prose.AltTexts[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The words of an English sentence that are no name on every page, each with its <see cref="WordSet.Hash"/> and
    /// its place in the unit's prose (the sentence starts at <paramref name="offset"/>).
    /// </summary>
    private static (int Start, int Length, int Hash)[] UnnamedWords(SentenceWordFacts facts, int offset)
    {
        var count = 0;
        foreach (var name in facts.Names)
        {
            count += name ? 0 : 1;
        }

        if (count == 0)
        {
            return [];
        }

        var unnamed = new (int, int, int)[count];
        count = 0;
        for (var i = 0; i < facts.Words.Length; i++)
        {
            if (!facts.Names[i])
            {
                var (start, length) = facts.Words[i];
                unnamed[count++] = (offset + start, length, facts.Hashes[i]);
            }
        }

        return unnamed;
    }

    /// <summary>How many of the English unit's first sentences have a shared verdict that stands for this page.</summary>
    private int Standing(EnglishUnitVerdicts shared, TranslationUnit english)
    {
        // Told by the English unit's verdicts alone when no word of it can be a name this page kept (most units left as
        // their English): one object read, not each sentence's verdict and words (the verdicts of a unit left as it is
        // are read by every language long after they were made).
        if (_shortcuts && (!shared.AsksKeptWords || !KeptWordsMayMatter()))
        {
            return shared.Shareable;
        }

        var sentences = shared.Sentences;
        for (var k = 0; k < sentences.Length; k++)
        {
            if (!sentences[k].Shareable || HasKeptWord(english, sentences[k]))
            {
                return k;
            }
        }

        return sentences.Length;
    }

    /// <summary>True when a word of the English sentence that is no name everywhere is a name this page kept.</summary>
    private bool HasKeptWord(TranslationUnit english, in EnglishSentenceVerdict known)
    {
        if (!KeptWordsMayMatter())
        {
            return false;
        }

        var text = english.Prose.Text;
        foreach (var (start, length, hash) in known.Unnamed)
        {
            if (IsKeptWord(text.AsSpan(start, length), hash))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a kept word of this page can be a word that is no name on every page (0 not yet asked, 1 no, 2 yes), and
    // in a page of another script those kept words alone.
    private int _keptMayMatter;
    private WordSet? _keptUnnamed;

    /// <summary>
    /// False when no word this page kept can change a verdict: the page kept none (a page left in English), or, in a
    /// page of another script (where kept words are compared as written), each is a name on every page anyway, so
    /// an English word of the same spelling is one too (a name of every page is told by the word's spelling alone).
    /// Every unit left as its English asked each of its words of the page's kept words (a third of the verdicts of a
    /// site whose translations are its English pages).
    /// </summary>
    private bool KeptWordsMayMatter()
    {
        if (_keptMayMatter == 0)
        {
            _keptMayMatter = target.KeptAnyWord ? 2 : 1;
            if (target.NonLatinKeptWords is { Count: > 0 } kept)
            {
                for (var entry = 0; entry < kept.Count; entry++)
                {
                    var word = kept.WordAt(entry);
                    var hash = kept.HashAt(entry);
                    if (!IsNameOnAnyPage(new LatinWord(word, 0, false, hash, WordShape.LooksLikeCode(word))))
                    {
                        _keptUnnamed ??= new WordSet(ignoreCase: false);
                        _keptUnnamed.Add(kept.TextAt(entry), kept.StartAt(entry), word.Length, hash);
                    }
                }

                _keptMayMatter = _keptUnnamed is null ? 1 : 2;
            }
        }

        return _keptMayMatter == 2;
    }

    private Func<TranslationUnit, EnglishUnitVerdicts>? _judgeEnglish;

    /// <summary>
    /// The verdict on each sentence of an English unit left as it is in a page that kept none of its words as
    /// names, in a Latin-script page or one with no letter of its script in the unit (what every language shares).
    /// </summary>
    private EnglishUnitVerdicts JudgeEnglish(TranslationUnit english)
    {
        var sentences = source.SentencesOf(english);
        var results = new EnglishSentenceVerdict[sentences.Count];
        var translatable = 0;
        List<UntranslatedSentence>? untranslated = null;
        var placeholder = 0;
        for (var k = 0; k < sentences.Count; k++)
        {
            var (range, normalized) = sentences[k];
            var span = english.Prose.Text.AsSpan(range.Start, range.Length);
            if (!HasWording(span))
            {
                results[k] = new EnglishSentenceVerdict(Shareable: true, Translatable: false, Verdict: null, Unnamed: []);
                continue;
            }

            if (FindSentence(normalized, english) is not { } match)
            {
                results[k] = default; // not found among its own sentences: judged on each page, as before
                continue;
            }

            var facts = source.WordFactsOf(english, k, terms, _readFacts ??= ReadFacts);
            var words = SentenceWords.Read(span, this, facts, askKept: false);
            var verdict = JudgeSentence(english, range, english, match, span, words, nonLatinPage: false, ref placeholder, out var skip);
            results[k] = new EnglishSentenceVerdict(Shareable: true, Translatable: !skip, Verdict: verdict, Unnamed: UnnamedWords(facts, range.Start));
            if (!skip)
            {
                translatable++;
                if (verdict is not null)
                {
                    (untranslated ??= []).Add(verdict);
                }
            }
        }

        return new EnglishUnitVerdicts(results, UnitVerdict.Of(translatable, untranslated), terms);
    }

    /// <summary>
    /// What the English page knows of the words of <paramref name="match"/>, the English sentence whose comparison text
    /// <paramref name="span"/> has, when <paramref name="span"/> is that sentence character for character; else null. Its words, their hashes and which are names on every page are the English sentence's, read once for every
    /// language: a sentence of English left inside a unit that is not its English as it is (most of them in a page of
    /// another script) had each word asked of the known names, the project's terms and the English page's proper nouns
    /// again on every page.
    /// </summary>
    private SentenceWordFacts? FactsOfSameSentence(ReadOnlySpan<char> span, SourceSentence match)
    {
        var text = match.Unit.Prose.Text.AsSpan(match.Range.Start, match.Range.Length);
        if (!text.SequenceEqual(span))
        {
            return null;
        }

        var sentences = source.SentencesOf(match.Unit);
        for (var k = 0; k < sentences.Count; k++)
        {
            if (sentences[k].Range == match.Range)
            {
                return source.WordFactsOf(match.Unit, k, terms, _readFacts ??= ReadFacts);
            }
        }

        return null;
    }

    /// <summary>
    /// False when the sentence surely equals no English sentence of the page, told by the hash of its first words
    /// without making its comparison text (a string per sentence of every stale or edited unit).
    /// </summary>
    private bool MayBeEnglishSentence(ReadOnlySpan<char> span)
    {
        var hash = TextNormalizer.ComparisonPrefixHash(span, out var surelyComposed);
        return !surelyComposed || source.MayHaveSentence(hash);
    }

    /// <summary>
    /// The verdict on one Latin-script sentence: null when translated; <paramref name="skip"/> when it has nothing to
    /// translate. <paramref name="found"/> is the English sentence its comparison text equals, null when there is none.
    /// </summary>
    private UntranslatedSentence? JudgeSentence(TranslationUnit unit, SentenceRange range, TranslationUnit? alignedSource, SourceSentence? found, ReadOnlySpan<char> span, SentenceWords words, bool nonLatinPage, ref int placeholder, out bool skip)
    {
        skip = false;
        var wording = words.Count - words.Names;
        if (found is { } match)
        {
            if (wording == 0)
            {
                skip = true; // "Signal", "Windows, macOS, Linux": the same in every language
                return null;
            }

            if (wording >= 5 && !words.HasFunctionWord)
            {
                return null; // five words or more and not one "the", "and", "of": not English prose (a list of terms)
            }

            if (placeholder == 0)
            {
                // (an English unit judged for every language is its own English as it is)
                var asItIs = ReferenceEquals(unit, alignedSource) ? alignedSource : target.EnglishAsItIs(unit);
                placeholder = (asItIs is { } english ? source.IsPlaceholderLatin(english, IsPlaceholderLatin) : IsPlaceholderLatin(unit.Prose.Text)) ? 2 : 1;
            }

            if (placeholder == 2)
            {
                return null; // lorem ipsum (asked only now: the unit's words are read again for it)
            }

            return new UntranslatedSentence(range, UntranslatedReason.SameAsSource, match, IsLabel(unit, range, words.Count, span));
        }

        if (wording >= MinimumWording && SharedWording(span, words, alignedSource) is { } shared)
        {
            return new UntranslatedSentence(range, UntranslatedReason.SourceWording, shared.Sentence, IsLabel(unit, range, words.Count, span), shared.Count, wording);
        }

        if (!nonLatinPage)
        {
            return null; // its own words: translated
        }

        if (words.English < 2 && !(words.English == 1 && wording >= 2))
        {
            skip = wording == 0;
            return null;
        }

        return new UntranslatedSentence(range, UntranslatedReason.EnglishInOtherScript, null, IsLabel(unit, range, words.Count, span));
    }

    /// <summary>
    /// The English sentence whose words the target sentence repeats: at least 80% of its words (beyond
    /// names, numbers and code) are words of the aligned English unit or English function words of the
    /// page; for a sentence with no aligned
    /// English, 90% are words of the English page and two are English function words. A translation into
    /// a Latin-script language keeps at most a few cognates and names: its function words are its own.
    /// </summary>
    private (int Count, SourceSentence? Sentence)? SharedWording(ReadOnlySpan<char> span, SentenceWords words, TranslationUnit? alignedSource)
    {
        var wording = words.Count - words.Names;
        if (alignedSource is not null && alignedSource.IsTranslatable)
        {
            var shared = 0;
            for (var i = 0; i < words.Count; i++)
            {
                // An English function word of the page counts too: edited English keeps them ("of your", "always").
                var word = words.Text(span, i);
                if (!words.IsName(i) && (source.UnitHasWord(alignedSource, word, words.Hash(i)) || (EnglishWords.IsFunctionWord(word, words.Hash(i)) && source.PageHasWord(word, words.Hash(i)))))
                {
                    shared++;
                }
            }

            if (shared * 5 >= wording * 4)
            {
                return (shared, BestSentence(span, words, alignedSource));
            }
        }

        var onPage = 0;
        var function = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (words.IsName(i))
            {
                continue;
            }

            var word = words.Text(span, i);
            if (source.PageHasWord(word, words.Hash(i)))
            {
                onPage++;
                if (EnglishWords.IsFunctionWord(word, words.Hash(i)))
                {
                    function++;
                }
            }
        }

        return wording > MinimumWording && onPage * 10 >= wording * 9 && function >= 2 ? (onPage, null) : null;
    }

    /// <summary>The sentence of the aligned English sharing the most words with the target sentence (for the message).</summary>
    private SourceSentence? BestSentence(ReadOnlySpan<char> span, SentenceWords words, TranslationUnit alignedSource)
    {
        SourceSentence? best = null;
        var bestShared = 0;
        foreach (var (range, _) in source.SentencesOf(alignedSource))
        {
            var sentence = alignedSource.Prose.Text.AsSpan(range.Start, range.Length);
            var shared = 0;
            for (var i = 0; i < words.Count; i++)
            {
                if (!words.IsName(i) && ContainsWord(sentence, words.Text(span, i)))
                {
                    shared++;
                }
            }

            if (shared > bestShared)
            {
                best = new SourceSentence(alignedSource, range);
                bestShared = shared;
            }
        }

        return best;
    }

    private static bool ContainsWord(ReadOnlySpan<char> sentence, ReadOnlySpan<char> word)
    {
        foreach (var candidate in LatinWordReader.Read(sentence))
        {
            if (candidate.Text.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Ten words or more, mostly lower case, and fewer than one in twenty an English function word: lorem
    /// ipsum or another placeholder, kept as it is in every language (English prose has about two in five).
    /// </summary>
    internal static bool IsPlaceholderLatin(string text) => IsPlaceholderLatin(text.AsSpan());

    private static bool IsPlaceholderLatin(ReadOnlySpan<char> text)
    {
        int words = 0, lower = 0, function = 0;
        foreach (var word in LatinWordReader.Read(text))
        {
            words++;
            lower += word.StartsLower ? 1 : 0;
            if (EnglishWords.IsFunctionWord(word.Text, word.Hash))
            {
                // English prose has a function word in about every third word: once the words the rest of the text can
                // still hold (a character of no word before each, so at most one in two characters) cannot dilute them
                // below one in twenty, the answer is no (the whole text was read for it: a tenth of the verdicts).
                function++;
                if (function * 20 >= words + ((text.Length - word.Index - word.Text.Length) / 2))
                {
                    return false;
                }
            }
        }

        return words >= 10 && lower * 2 > words && function * 20 < words;
    }

    /// <summary>The English sentence equal to <paramref name="normalized"/>, from the aligned unit first, else from anywhere on the page.</summary>
    private SourceSentence? FindSentence(string normalized, TranslationUnit? alignedSource)
    {
        if (alignedSource is not null && alignedSource.IsTranslatable)
        {
            // Indexed, not enumerated: the list's boxed enumerator was 7 MB of a site's run.
            var sentences = source.SentencesOf(alignedSource);
            for (var k = 0; k < sentences.Count; k++)
            {
                if (sentences[k].Normalized == normalized)
                {
                    return new SourceSentence(alignedSource, sentences[k].Range);
                }
            }
        }

        return source.TryFindSentence(normalized, out var match) ? match : null;
    }

    /// <summary>What the English page and the project's terms say about the words of one English sentence.</summary>
    // Optimised from its first call: every English sentence is read by the first language that reaches its page, early
    // in a run while tier-0 code runs (its own time was a third of the verdicts' in a JIT run, and twice the steady state).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    private SentenceWordFacts ReadFacts(TranslationUnit englishUnit, SentenceRange range)
    {
        var span = englishUnit.Prose.Text.AsSpan(range.Start, range.Length);

        // The words read once, with their hashes and shapes (they were read twice, and hashed again by each use).
        var (words, _, hashes, codes) = Scratch((span.Length / 2) + 1);
        var count = 0;
        var reader = LatinWordReader.Read(span);
        while (reader.MoveNext())
        {
            (words[count], hashes[count], codes[count]) = ((reader.CurrentStart, reader.CurrentLength), reader.CurrentHash, reader.CurrentLooksLikeCode);
            count++;
        }

        var ranges = words.AsSpan(0, count).ToArray();
        var names = new bool[count];
        terms.MarkTermWords(span, ranges, names);
        var function = new bool[count];
        var lower = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var (start, length) = ranges[i];
            var word = new LatinWord(span.Slice(start, length), start, false, hashes[i], codes[i]);
            names[i] |= IsNameOnAnyPage(word) || SentenceWords.IsPartOfIdentifier(span, start, length);
            function[i] = EnglishWords.IsFunctionWord(word.Text, word.Hash);
            lower[i] = char.IsLower(word.Text[0]);
        }

        return new SentenceWordFacts(ranges, names, function, lower, hashes.AsSpan(0, count).ToArray());
    }

    private static readonly System.Buffers.SearchValues<char> NonWordChars = System.Buffers.SearchValues.Create(" \t\n\r.,;:!?-–—()[]{}\"'’“”«»/\\|*_~#+=<>…·•" + ProseText.Atom);

    private static bool HasLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    private TermSet ProjectTerms => terms;

    private bool IsName(LatinWord word) => IsKeptWord(word.Text, word.Hash) || IsNameOnAnyPage(word);

    /// <summary>
    /// As <see cref="TargetPageProfile.IsKeptWord(ReadOnlySpan{char}, int)"/> for a word that is no name on every page
    /// (the kept words that are such names are never asked here: see <see cref="KeptWordsMayMatter"/>).
    /// </summary>
    private bool IsKeptWord(ReadOnlySpan<char> word, int hash) =>
        KeptWordsMayMatter() && (_keptUnnamed is { } kept ? kept.Contains(word, hash) : target.IsKeptWord(word, hash));

    private Func<TranslationUnit, SentenceRange, SentenceWordFacts>? _readFacts;

    private (int, int)[] _wordScratch = new (int, int)[64];
    private bool[] _nameScratch = new bool[64];
    private int[] _hashScratch = new int[64];
    private bool[] _codeScratch = new bool[64];

    /// <summary>
    /// The word buffers of the sentence being judged: a detector judges one page on one thread, one sentence
    /// at a time, so it keeps its own (asking the shared pool for every sentence was a tenth of the test).
    /// </summary>
    private ((int, int)[] Words, bool[] Names, int[] Hashes, bool[] Codes) Scratch(int capacity)
    {
        if (_wordScratch.Length < capacity)
        {
            _wordScratch = new (int, int)[Math.Max(capacity, _wordScratch.Length * 2)];
            _nameScratch = new bool[_wordScratch.Length];
            _hashScratch = new int[_wordScratch.Length];
            _codeScratch = new bool[_wordScratch.Length];
        }

        return (_wordScratch, _nameScratch, _hashScratch, _codeScratch);
    }

    /// <summary>A name whatever the translation: what the English page, the project's terms and the word itself tell.</summary>
    private bool IsNameOnAnyPage(LatinWord word) =>
        word.LooksLikeCode || IsStrayLetter(word.Text) || KnownNames.Contains(word.Text, word.Hash) || terms.ContainsWord(word.Text) || source.IsProperNoun(word.Text, word.Hash)
        || (word.Text.Contains('-') && (AllPartsAreNames(word.Text) || IsLowerCaseIdentifier(word.Text)));

    /// <summary>A single letter other than "a" and "I": a variable, an initial, a cookie name's tail.</summary>
    private static bool IsStrayLetter(ReadOnlySpan<char> word) => word.Length == 1 && word[0] is not ('a' or 'A' or 'I');

    /// <summary>A lower-case hyphenated name whose parts are not English words of the page (sys-net, anon-whonix).</summary>
    private bool IsLowerCaseIdentifier(ReadOnlySpan<char> word)
    {
        if (!char.IsLower(word[0]))
        {
            return false;
        }

        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part.Length > 1 && !source.PageHasWord(part) && !EnglishWords.IsFunctionWord(part))
            {
                return true;
            }
        }

        return false;
    }

    private bool AllPartsAreNames(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part.Length > 0 && !KnownNames.Contains(part) && !terms.ContainsWord(part) && !source.IsProperNoun(part))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The Latin words of one sentence, which of them are names, and how many are English words (pooled buffers).</summary>
    private readonly struct SentenceWords : IDisposable
    {
        private readonly (int Start, int Length)[] _words;
        private readonly bool[] _names;
        private readonly int[] _hashes;

        private SentenceWords((int, int)[] words, bool[] names, int[] hashes, int count, int nameCount, int english, bool hasFunctionWord)
        {
            _words = words;
            _names = names;
            _hashes = hashes;
            Count = count;
            Names = nameCount;
            English = english;
            HasFunctionWord = hasFunctionWord;
        }

        /// <summary>An English function word among the words that are not names.</summary>
        public bool HasFunctionWord { get; }

        public int Count { get; }

        public int Names { get; }

        /// <summary>English function words and lower-case words that are not names.</summary>
        public int English { get; }

        public bool IsName(int i) => _names[i];

        /// <summary>The i-th word's <see cref="WordSet.Hash"/>.</summary>
        public int Hash(int i) => _hashes[i];

        public ReadOnlySpan<char> Text(ReadOnlySpan<char> sentence, int i) => sentence.Slice(_words[i].Start, _words[i].Length);

        // Optimised from its first call, as ReadFacts: a loop over the words of every sentence the profile did not settle.
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public static SentenceWords Read(ReadOnlySpan<char> span, UntranslatedDetector detector)
        {
            // Words are separated by at least one character: a sentence of n characters has at most (n + 1) / 2.
            var capacity = (span.Length / 2) + 1;
            var (words, names, hashes, codes) = detector.Scratch(capacity);
            var count = 0;
            var reader = LatinWordReader.Read(span);
            while (reader.MoveNext())
            {
                (words[count], hashes[count], codes[count]) = ((reader.CurrentStart, reader.CurrentLength), reader.CurrentHash, reader.CurrentLooksLikeCode);
                count++;
            }

            Array.Clear(names, 0, count);
            detector.ProjectTerms.MarkTermWords(span, words.AsSpan(0, count), names.AsSpan(0, count));
            int nameCount = 0, english = 0;
            var function = false;
            // The words as found above (reading them again was a third of this method); only their text and
            // place are asked here, never whether they start the sentence.
            for (var i = 0; i < count; i++)
            {
                var (start, length) = words[i];
                var word = new LatinWord(span.Slice(start, length), start, false, hashes[i], codes[i]);
                if (names[i] || detector.IsName(word) || IsPartOfIdentifier(span, start, length))
                {
                    names[i] = true;
                    nameCount++;
                }
                else if (EnglishWords.IsFunctionWord(word.Text, word.Hash))
                {
                    english++;
                    function = true;
                }
                else if (char.IsLower(word.Text[0]))
                {
                    english++;
                }
            }

            return new SentenceWords(words, names, hashes, count, nameCount, english, function);
        }

        /// <summary>
        /// The words of an English sentence left as it is, from what is known of them on the English page; with
        /// <paramref name="askKept"/> false, as if the page kept none of them (judging for every language at once).
        /// </summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
        public static SentenceWords Read(ReadOnlySpan<char> span, UntranslatedDetector detector, SentenceWordFacts facts, bool askKept)
        {
            var count = facts.Words.Length;
            var (words, names, hashes, _) = detector.Scratch(count + 1);
            facts.Words.CopyTo(words, 0);
            facts.Hashes.CopyTo(hashes, 0);
            int nameCount = 0, english = 0;
            var function = false;
            for (var i = 0; i < count; i++)
            {
                var (start, length) = facts.Words[i];
                names[i] = facts.Names[i] || (askKept && detector.IsKeptWord(span.Slice(start, length), facts.Hashes[i]));
                if (names[i])
                {
                    nameCount++;
                }
                else if (facts.FunctionWords[i] || facts.LowerCase[i])
                {
                    english++;
                    function |= facts.FunctionWords[i];
                }
            }

            return new SentenceWords(words, names, hashes, count, nameCount, english, function);
        }

        /// <summary>
        /// A piece of a domain, path, e-mail address or dotted identifier (plainlanguage.gov, example.org/docs,
        /// sys_net): the run of non-blank characters around it has an inner '.', '@' or '_', or a "://".
        /// A slash alone joins words ("and/or", "Feature/enhancement").
        /// </summary>
        internal static bool IsPartOfIdentifier(ReadOnlySpan<char> text, int start, int length)
        {
            // At most a URL's length either side: a hostile run of text without spaces must not make every
            // word of it scan the whole run.
            const int Reach = 100;
            var from = start;
            while (from > 0 && start - from < Reach && !char.IsWhiteSpace(text[from - 1]) && text[from - 1] != ProseText.Atom)
            {
                from--;
            }

            var to = start + length;
            while (to < text.Length && to - start - length < Reach && !char.IsWhiteSpace(text[to]) && text[to] != ProseText.Atom)
            {
                to++;
            }

            var token = text[from..to].TrimEnd(".,;:!?)]}\"'’”»");
            if (token.Contains("://", StringComparison.Ordinal))
            {
                return true;
            }

            for (var i = 1; i < token.Length - 1; i++)
            {
                if (token[i] is '.' or '@' or '_' && char.IsLetterOrDigit(token[i - 1]) && char.IsLetterOrDigit(token[i + 1]))
                {
                    return true;
                }
            }

            return false;
        }

        public void Dispose()
        {
            // The buffers are the detector's, for its next sentence.
        }
    }

    private static bool IsLabel(TranslationUnit unit, SentenceRange range, int wordCount, ReadOnlySpan<char> text)
    {
        if (unit.Prose.IsInAltText(range.Start))
        {
            return true; // alt text
        }

        var last = text.TrimEnd(ProseText.Atom)[^1];
        if (last is '.' or '!' or '?' or ':' or '。')
        {
            return false;
        }

        if (unit.Kind == UnitKind.Heading)
        {
            return false; // a heading is content, not a UI label
        }

        return wordCount <= 2 || (wordCount <= 3 && unit.Kind is not (UnitKind.Paragraph or UnitKind.ListItem));
    }
}

/// <summary>
/// The verdict on one sentence of an English unit left as it is, for a page that kept none of its
/// <see cref="Unnamed"/> words (those that are no name on every page; each with its place in the unit's prose and
/// its <see cref="WordSet.Hash"/>, to be asked of each page's kept words): <see cref="Shareable"/> false when it must be judged on each page.
/// </summary>
internal readonly record struct EnglishSentenceVerdict(bool Shareable, bool Translatable, UntranslatedSentence? Verdict, (int Start, int Length, int Hash)[] Unnamed);

/// <summary>The verdicts on an English unit's sentences, and on the whole unit when each of them stands.</summary>
/// <param name="Sentences">The verdict on each sentence.</param>
/// <param name="Verdict">The unit's verdict when every sentence's stands.</param>
/// <param name="Terms">The project's terms they were judged with.</param>
internal sealed record EnglishUnitVerdicts(EnglishSentenceVerdict[] Sentences, UnitVerdict Verdict, TermSet Terms)
{
    /// <summary>How many sentences the unit has (asked of every unit left as its English without reading the array).</summary>
    public int Count { get; } = Sentences.Length;

    /// <summary>How many of the sentences have a verdict that stands whatever words a page kept: those before the first one that is not shareable.</summary>
    public int Shareable { get; } = CountShareable(Sentences);

    /// <summary>A sentence of the unit has a word a page's kept words could make a name (<see cref="EnglishSentenceVerdict.Unnamed"/>).</summary>
    public bool AsksKeptWords { get; } = Array.Exists(Sentences, static sentence => sentence.Unnamed is { Length: > 0 });

    private static int CountShareable(EnglishSentenceVerdict[] sentences)
    {
        var k = 0;
        while (k < sentences.Length && sentences[k].Shareable)
        {
            k++;
        }

        return k;
    }
}

/// <summary>
/// The words of one English sentence and what is true of them on any translated page: which are names
/// (code, known names, project terms, the English page's proper nouns, pieces of identifiers), which are
/// English function words and which start in lower case. Only the words a translator kept as names
/// (<see cref="TargetPageProfile.IsKeptWord(ReadOnlySpan{char})"/>) are left to ask of each translated page.
/// </summary>
public sealed record SentenceWordFacts((int Start, int Length)[] Words, bool[] Names, bool[] FunctionWords, bool[] LowerCase, int[] Hashes);
