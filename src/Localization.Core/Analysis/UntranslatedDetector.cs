using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Analysis;

/// <summary>Why a sentence of a translation is judged to be English left untranslated.</summary>
public enum UntranslatedReason
{
    /// <summary>The sentence equals an English sentence of the source page (markup and whitespace normalised).</summary>
    SameAsSource,

    /// <summary>A Latin-script sentence of ordinary English words in a page written in another script.</summary>
    EnglishInOtherScript,
}

/// <summary>An untranslated sentence of a target unit.</summary>
/// <param name="Range">The sentence in the unit's prose.</param>
/// <param name="Reason">Why it is judged untranslated.</param>
/// <param name="Source">The English sentence it equals, when there is one.</param>
/// <param name="IsLabel">A short UI label or alt text (reported at a lower severity).</param>
public sealed record UntranslatedSentence(SentenceRange Range, UntranslatedReason Reason, SourceSentence? Source, bool IsLabel);

/// <summary>The verdict on one target unit.</summary>
/// <param name="Translatable">Sentences that carry words to translate (not names, numbers or code alone).</param>
/// <param name="Untranslated">Those of them left in English.</param>
public sealed record UnitVerdict(int Translatable, IReadOnlyList<UntranslatedSentence> Untranslated)
{
    public static UnitVerdict None { get; } = new(0, []);

    public bool IsFullyUntranslated => Translatable > 0 && Untranslated.Count == Translatable;

    public bool IsPartlyUntranslated => Untranslated.Count > 0 && Untranslated.Count < Translatable;
}

/// <summary>
/// Finds English left in a translation, sentence by sentence, for any target language. Text that is
/// legitimately the same in every language (names, platform lists, code, URLs, numbers) is not flagged.
/// </summary>
public sealed class UntranslatedDetector(SourcePageIndex source, TargetPageProfile target)
{
    /// <param name="unit">The translated unit.</param>
    /// <param name="alignedSource">Its English counterpart, whose sentences are preferred as the match.</param>
    public UnitVerdict Judge(TranslationUnit unit, TranslationUnit? alignedSource = null)
    {
        if (!unit.IsTranslatable)
        {
            return UnitVerdict.None;
        }

        var translatable = 0;
        List<UntranslatedSentence>? untranslated = null;
        var sentences = target.SentencesOf(unit);
        foreach (var range in sentences)
        {
            var span = unit.Prose.Text.AsSpan(range.Start, range.Length);
            if (!span.ContainsAnyExcept(NonWordChars) || !HasLetters(span))
            {
                continue;
            }

            if (target.IsNonLatin && TargetPageProfile.HasNonLatinLetters(span))
            {
                translatable++;
                continue;
            }

            int wordCount = 0, names = 0, english = 0;
            foreach (var word in LatinWordReader.Read(span))
            {
                wordCount++;
                if (IsName(word))
                {
                    names++;
                }
                else if (EnglishWords.IsFunctionWord(word.Text) || char.IsLower(word.Text[0]))
                {
                    english++;
                }
            }

            var normalized = TextNormalizer.ForComparison(span);
            UntranslatedSentence? verdict = null;
            if (FindSentence(normalized, alignedSource) is { } match)
            {
                if (names == wordCount)
                {
                    continue; // "Signal", "Windows, macOS, Linux": the same in every language
                }

                verdict = new UntranslatedSentence(range, UntranslatedReason.SameAsSource, match, IsLabel(unit, range, wordCount, span));
            }
            else if (target.IsNonLatin)
            {
                if (english < 2 && !(english == 1 && wordCount - names >= 2))
                {
                    if (names == wordCount)
                    {
                        continue;
                    }

                    translatable++;
                    continue;
                }

                verdict = new UntranslatedSentence(range, UntranslatedReason.EnglishInOtherScript, null, IsLabel(unit, range, wordCount, span));
            }

            // Otherwise the sentence differs from every English sentence: translated.
            translatable++;
            if (verdict is not null)
            {
                (untranslated ??= []).Add(verdict);
            }
        }

        return translatable == 0 ? UnitVerdict.None : new UnitVerdict(translatable, untranslated ?? (IReadOnlyList<UntranslatedSentence>)[]);
    }

    /// <summary>The English sentence equal to <paramref name="normalized"/>, from the aligned unit first, else from anywhere on the page.</summary>
    private SourceSentence? FindSentence(string normalized, TranslationUnit? alignedSource)
    {
        if (alignedSource is not null && alignedSource.IsTranslatable)
        {
            foreach (var (range, text) in source.SentencesOf(alignedSource))
            {
                if (text == normalized)
                {
                    return new SourceSentence(alignedSource, range);
                }
            }
        }

        return source.TryFindSentence(normalized, out var match) ? match : null;
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

    private bool IsName(LatinWord word) =>
        word.LooksLikeCode || KnownNames.Contains(word.Text) || target.IsKeptWord(word.Text) || source.IsProperNoun(word.Text)
        || (word.Text.Contains('-') && AllPartsAreNames(word.Text));

    private bool AllPartsAreNames(ReadOnlySpan<char> word)
    {
        foreach (var range in word.Split('-'))
        {
            var part = word[range];
            if (part.Length > 0 && !KnownNames.Contains(part) && !source.IsProperNoun(part))
            {
                return false;
            }
        }

        return true;
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
