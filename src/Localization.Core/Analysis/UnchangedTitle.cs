using Localization.Core.Terms;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Analysis;

/// <summary>How sure it is that a title identical to the English was left untranslated.</summary>
public enum UnchangedTitleVerdict
{
    /// <summary>Not a title, not identical, or wholly a name (a term, a known name, code): nothing to say.</summary>
    None,

    /// <summary>Every word is a project term or a word of the page's own translated text: possibly legitimate.</summary>
    Possible,

    /// <summary>Some word is neither: most likely English left in the translation.</summary>
    Likely,
}

/// <summary>
/// Titles (front-matter title, headings, admonition and details titles) identical to the English. The sentence
/// detector cannot see them in a Latin-script language: Title Case proves no English and German, Spanish or
/// French share many words with English ("Office Suites", "Document Collaboration"), so identity with the
/// aligned English title is the evidence, weighed by what the page's own translated text says of its words.
/// </summary>
public static class UnchangedTitle
{
    public static bool IsTitle(TranslationUnit unit) =>
        unit.Kind is UnitKind.Heading or UnitKind.AdmonitionTitle or UnitKind.SummaryTitle
        || (unit.Kind == UnitKind.FrontMatter && unit.Key == "title");

    public static UnchangedTitleVerdict Judge(TranslationUnit target, TranslationUnit? source, TargetPageProfile profile, SourcePageIndex index, TermSet terms)
    {
        if (source is null || !IsTitle(target) || !IsTitle(source) || !target.IsTranslatable
            || !TextNormalizer.SameForComparison(target.Prose.Text, source.Prose.Text))
        {
            return UnchangedTitleVerdict.None;
        }

        var text = target.Prose.Text.AsSpan();
        Span<(int Start, int Length)> words = stackalloc (int, int)[64];
        var count = 0;
        var anyOrdinary = false;
        var anyForeign = false;
        foreach (var word in LatinWordReader.Read(text))
        {
            if (count < words.Length)
            {
                words[count++] = (word.Index, word.Text.Length);
            }
        }

        if (count == 0)
        {
            return UnchangedTitleVerdict.None; // numbers, code, icons: nothing to translate
        }

        Span<bool> isTerm = stackalloc bool[count];
        terms.MarkTermWords(text, words[..count], isTerm);
        for (var i = 0; i < count; i++)
        {
            var word = text.Slice(words[i].Start, words[i].Length);
            // A name is the same in every language: a project term, a known name, code, or a word the English
            // itself only writes capitalised in running text (as the sentence detector counts names).
            if (isTerm[i] || KnownNames.Contains(word) || new LatinWord(word, words[i].Start, false).LooksLikeCode || index.IsProperNoun(word)
                || IsDotted(text, words[i].Start, words[i].Length) || (profile.IsNonLatin && profile.IsKeptWord(word)))
            {
                continue; // in a page of another script, a Latin word kept inside translated sentences is a name
            }

            anyOrdinary = true;
            if (!profile.IsKeptWord(word))
            {
                anyForeign = true;
            }
        }

        return !anyOrdinary ? UnchangedTitleVerdict.None : anyForeign ? UnchangedTitleVerdict.Likely : UnchangedTitleVerdict.Possible;
    }

    /// <summary>Part of a dotted identifier (Addy.io, Kobold.cpp, Privacy.com): a name, not prose.</summary>
    private static bool IsDotted(ReadOnlySpan<char> text, int start, int length) =>
        (start >= 2 && text[start - 1] == '.' && char.IsLetterOrDigit(text[start - 2]))
        || (start + length + 1 < text.Length && text[start + length] == '.' && char.IsLetterOrDigit(text[start + length + 1]));
}
