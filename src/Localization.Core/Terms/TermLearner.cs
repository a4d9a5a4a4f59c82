using System.Runtime.InteropServices;
using System.Collections.Concurrent;
using Localization.Core.Analysis;
using Localization.Core.Rules;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Terms;

/// <summary>A do-not-translate term learned from the translations, with the evidence for it.</summary>
/// <param name="Term">The word or phrase, as the English writes it.</param>
/// <param name="Languages">Languages whose translators kept it in most of their translated blocks.</param>
/// <param name="OfLanguages">Languages whose translated blocks had a chance to keep it.</param>
/// <param name="Kept">Translated blocks, over all languages, that kept it verbatim.</param>
/// <param name="Seen">Translated blocks, over all languages, whose English has it.</param>
public sealed record LearnedTerm(string Term, int Languages, int OfLanguages, int Kept, int Seen);

/// <summary>How sure the learner must be before it calls a word a term.</summary>
/// <param name="MinLanguageShare">Share of the languages that saw a term and must keep it (most of them).</param>
/// <param name="MinKeptShare">Within one language, share of the blocks that must keep it for that language to count.</param>
/// <param name="MinKept">Blocks, over all languages, that must keep it (one occurrence proves nothing).</param>
public sealed record TermLearnerOptions(double MinLanguageShare = 0.6, double MinKeptShare = 0.6, int MinKept = 3)
{
    public static TermLearnerOptions Default { get; } = new();
}

/// <summary>
/// Learns the do-not-translate terms of a project from its translations: the names ("Signal",
/// "Tor Browser", "SimpleX Chat", "GrapheneOS") that the translators of most languages kept verbatim
/// in blocks they did translate. Candidates are the capitalised words and runs of capitalised words of
/// the English; a word the English also writes in lower case more often than capitalised mid-sentence is
/// an ordinary word ("Privacy", "Settings"), never a single-word term. Thread-safe: pairs of any
/// language may be observed in parallel.
/// </summary>
public sealed class TermLearner(TermLearnerOptions? options = null)
{
    private const int MaxPhraseWords = 4;

    private readonly TermLearnerOptions _options = options ?? TermLearnerOptions.Default;
    private readonly ConcurrentDictionary<PageModel, bool> _sourcePages = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, EnglishUse> _englishUse = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Term, string Language), (int Kept, int Seen)> _observations = new();

    // Terms kept inside a block the translator did translate (the strong evidence; labels alone are weaker).
    private readonly ConcurrentDictionary<string, bool> _keptInTranslatedBlocks = new(StringComparer.Ordinal);
    // Language → written in Latin script (its translators would have translated an ordinary English word).
    private readonly ConcurrentDictionary<string, bool> _languages = new(StringComparer.Ordinal);

    /// <summary>Records what the translators of <paramref name="language"/> kept on one aligned page.</summary>
    public void Observe(string language, PageCheckContext context)
    {
        var page = context.Page;
        _languages.TryAdd(language, !context.TargetProfile.IsNonLatin);
        if (_sourcePages.TryAdd(page.Source, true))
        {
            CountEnglishUse(page.Source);
        }

        var local = new Dictionary<string, (int Kept, int Seen)>(StringComparer.Ordinal);
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in page.Matched)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (!source.IsTranslatable || !target.IsTranslatable || source.Kind != target.Kind)
            {
                continue;
            }

            // Blocks the translator did translate say what they chose to keep. A block that is only a label
            // ("Bluesky", "Homepage") says it too: left as it is in most languages, including Latin-script
            // ones, it is a name; translated by some, an ordinary word.
            var verdict = context.VerdictOf(target);
            var labelsOnly = verdict.Translatable == 0 || verdict.Untranslated.Count > 0;
            candidates.Clear();
            CandidatesOf(source, candidates, labelsOnly);
            var targetWords = WordsOf(target.Prose.Text);
            foreach (var candidate in candidates)
            {
                var kept = TermSet.Occurs(target.Prose.Text, CollectionsMarshal.AsSpan(targetWords), candidate.Split(' '));
                if (kept && !labelsOnly)
                {
                    _keptInTranslatedBlocks.TryAdd(candidate, true);
                }

                local[candidate] = local.TryGetValue(candidate, out var counts)
                    ? (counts.Kept + (kept ? 1 : 0), counts.Seen + 1)
                    : (kept ? 1 : 0, 1);
            }
        }

        foreach (var (term, counts) in local)
        {
            _observations.AddOrUpdate((term, language), counts, (_, old) => (old.Kept + counts.Kept, old.Seen + counts.Seen));
        }
    }

    /// <summary>The learned terms, sorted by term.</summary>
    public IReadOnlyList<LearnedTerm> Terms()
    {
        var byTerm = _observations.GroupBy(o => o.Key.Term, StringComparer.Ordinal);
        var result = new List<LearnedTerm>();
        foreach (var group in byTerm)
        {
            var term = group.Key;
            int languages = 0, ofLanguages = 0, kept = 0, seen = 0;
            var translatedInLatin = false;
            foreach (var (key, counts) in group)
            {
                ofLanguages++;
                kept += counts.Kept;
                seen += counts.Seen;
                if (counts.Kept > 0 && counts.Kept >= counts.Seen * _options.MinKeptShare)
                {
                    languages++;
                }
                else if (_languages.GetValueOrDefault(key.Language) && counts.Seen >= 2)
                {
                    translatedInLatin = true;
                }
            }

            var needed = Math.Max(1, (int)Math.Ceiling(ofLanguages * _options.MinLanguageShare));
            if (languages < needed || kept < _options.MinKept || (_languages.Count > 1 && languages < 2) || !IsNameLike(term, translatedInLatin, _keptInTranslatedBlocks.ContainsKey(term)))
            {
                continue;
            }

            result.Add(new LearnedTerm(term, languages, ofLanguages, kept, seen));
        }

        // A phrase kept as well as its words: keep the words only when they stand on their own elsewhere.
        result.Sort((a, b) => string.CompareOrdinal(a.Term, b.Term));
        return result;
    }

    /// <summary>
    /// A single word must be a name in the English itself: capitalised in running text at least as often as
    /// written in lower case, standing on its own rather than only inside a longer name ("Guides" of
    /// "Privacy Guides"), and not translated by the translators of a Latin-script language (a word
    /// Korean and Japanese translators keep may still be an ordinary English word: "Authorization").
    /// A phrase known only from labels left as they are ("Learn More", "Linux Overview": perhaps names,
    /// perhaps untranslated headings) must be made of such names.
    /// </summary>
    private bool IsNameLike(string term, bool translatedInLatin, bool keptInTranslatedBlocks)
    {
        if (term.Contains(' ', StringComparison.Ordinal))
        {
            return keptInTranslatedBlocks || term.Split(' ').All(word => IsStrongName(word) && !translatedInLatin);
        }

        if (EnglishWords.IsFunctionWord(term) || translatedInLatin)
        {
            return false;
        }

        var use = _englishUse.GetValueOrDefault(term);
        if (LooksLikeCode(term))
        {
            return use.Lower == 0;
        }

        // Never written in lower case: a name, even when it mostly comes inside a longer one ("Proton" of "Proton Mail").
        return use.Lower == 0
            ? use.Standalone > 0 || use.Label > 0
            : keptInTranslatedBlocks && use.Capitalised >= use.Lower && use.Standalone >= 2 && use.Standalone * 4 >= use.Capitalised;
    }

    /// <summary>A word the English writes only capitalised, and capitalised in running text at least once.</summary>
    private bool IsStrongName(string word)
    {
        var use = _englishUse.GetValueOrDefault(word);
        return LooksLikeCode(word) ? use.Lower == 0 : use.Lower == 0 && use.Capitalised > 0 && !EnglishWords.IsFunctionWord(word);
    }

    private static bool LooksLikeCode(string word)
    {
        foreach (var w in LatinWordReader.Read(word))
        {
            return w.LooksLikeCode;
        }

        return false;
    }

    private void CountEnglishUse(PageModel page)
    {
        var local = new Dictionary<string, EnglishUse>(StringComparer.Ordinal);
        foreach (var unit in page.Units)
        {
            if (!unit.IsTranslatable)
            {
                continue;
            }

            foreach (var range in SentenceSegmenter.Split(unit.Prose))
            {
                var sentence = unit.Prose.Text.AsSpan(range.Start, range.Length);
                var words = new List<(int Start, int Length, bool Initial)>();
                foreach (var word in LatinWordReader.Read(sentence))
                {
                    words.Add((word.Index, word.Text.Length, word.SentenceInitial));
                }

                // A label of a few capitalised words and nothing else ("Bluesky", "New York Times") names something,
                // or is a heading in Title Case; running text decides which, labels only count as labels.
                var allCapitalised = AllCapitalised(sentence, words);
                var label = words.Count is > 0 and <= MaxPhraseWords && IsBlank(sentence[..words[0].Start])
                    && IsBlank(sentence[(words[^1].Start + words[^1].Length)..]) && allCapitalised;
                var titleCase = words.Count > 1 && EnglishWords.IsTitleCase(sentence);
                for (var i = 0; i < words.Count; i++)
                {
                    var text = sentence.Slice(words[i].Start, words[i].Length);
                    if (label)
                    {
                        Add(local, text.ToString(), new EnglishUse(0, 0, 0, words.Count == 1 ? 1 : 0));
                    }
                    else if (char.IsLower(text[0]))
                    {
                        // Counted under the capitalised spelling it would have as a name, and as it is.
                        Add(local, char.ToUpperInvariant(text[0]) + text[1..].ToString(), new EnglishUse(0, 1, 0, 0));
                        Add(local, text.ToString(), new EnglishUse(0, 1, 0, 0));
                    }
                    else if (!words[i].Initial && !titleCase)
                    {
                        var inRun = (i > 0 && IsCapitalisedNeighbour(sentence, words[i - 1], words[i]))
                            || (i + 1 < words.Count && IsCapitalisedNeighbour(sentence, words[i], words[i + 1]) && char.IsUpper(sentence[words[i + 1].Start]));
                        Add(local, text.ToString(), new EnglishUse(1, 0, inRun ? 0 : 1, 0));
                    }
                }
            }
        }

        foreach (var (word, use) in local)
        {
            _englishUse.AddOrUpdate(word, use, (_, old) => old + use);
        }
    }

    /// <summary>Two words separated by white space only, the first of them with a capital ("uBlock Origin" is one name).</summary>
    private static bool IsCapitalisedNeighbour(ReadOnlySpan<char> sentence, (int Start, int Length, bool Initial) first, (int Start, int Length, bool Initial) second) =>
        sentence.Slice(first.Start, first.Length).ContainsAnyInRange('A', 'Z') && !EnglishWords.IsFunctionWord(sentence.Slice(first.Start, first.Length))
        && sentence[(first.Start + first.Length)..second.Start].IsWhiteSpace();

    private static void Add(Dictionary<string, EnglishUse> uses, string word, EnglishUse use) =>
        uses[word] = uses.GetValueOrDefault(word) + use;

    /// <summary>Capitalised words and runs of them (without a leading function word such as "The").</summary>
    private static void CandidatesOf(TranslationUnit unit, HashSet<string> candidates, bool labelsOnly)
    {
        var text = unit.Prose.Text;
        foreach (var range in SentenceSegmenter.Split(unit.Prose))
        {
            var sentence = text.AsSpan(range.Start, range.Length);
            var run = new List<(int Start, int Length, bool Initial)>();
            var previousEnd = -1;
            foreach (var word in LatinWordReader.Read(sentence))
            {
                var nameLike = char.IsUpper(word.Text[0]) || word.LooksLikeCode;
                var joined = previousEnd >= 0 && sentence[previousEnd..word.Index].IsWhiteSpace();
                if (!nameLike || !joined)
                {
                    AddRun(sentence, run, candidates, labelsOnly);
                    run.Clear();
                }

                if (nameLike)
                {
                    var functionWord = EnglishWords.IsFunctionWord(word.Text);
                    if (!(functionWord && run.Count == 0))
                    {
                        run.Add((word.Index, word.Text.Length, word.SentenceInitial));
                    }
                }

                previousEnd = word.Index + word.Text.Length;
            }

            AddRun(sentence, run, candidates, labelsOnly);
        }
    }

    private static void AddRun(ReadOnlySpan<char> sentence, List<(int Start, int Length, bool Initial)> run, HashSet<string> candidates, bool labelsOnly)
    {
        if (run.Count == 0)
        {
            return;
        }

        // A sentence that is nothing but the run is a name or a label ("Bluesky", "New York Times", "Homepage"):
        // its first word counts too; the translators tell which by keeping it or not.
        var wholeSentence = run.Count <= MaxPhraseWords && IsBlank(sentence[..run[0].Start]) && IsBlank(sentence[(run[^1].Start + run[^1].Length)..]);
        if (labelsOnly && !wholeSentence)
        {
            return;
        }

        foreach (var (start, length, initial) in run)
        {
            if ((!initial || wholeSentence) && length > 1)
            {
                candidates.Add(sentence.Slice(start, length).ToString());
            }
        }

        if (run.Count is > 1 and <= MaxPhraseWords)
        {
            var first = run[0];
            var last = run[^1];
            var phrase = sentence[first.Start..(last.Start + last.Length)];
            candidates.Add(string.Join(' ', phrase.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    private static bool AllCapitalised(ReadOnlySpan<char> sentence, List<(int Start, int Length, bool Initial)> words)
    {
        foreach (var word in words)
        {
            if (!char.IsUpper(sentence[word.Start]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Nothing but white space, inline atoms and punctuation.</summary>
    private static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static List<(int Start, int Length)> WordsOf(string text)
    {
        var words = new List<(int Start, int Length)>();
        foreach (var word in LatinWordReader.Read(text))
        {
            words.Add((word.Index, word.Text.Length));
        }

        return words;
    }
}

/// <summary>How the English writes a word: capitalised in running text (and of that, outside a run of capitalised words), in lower case, or as a label on its own.</summary>
internal readonly record struct EnglishUse(int Capitalised, int Lower, int Standalone, int Label)
{
    public static EnglishUse operator +(EnglishUse a, EnglishUse b) =>
        new(a.Capitalised + b.Capitalised, a.Lower + b.Lower, a.Standalone + b.Standalone, a.Label + b.Label);
}
