using Localization.Core.Analysis;

namespace Localization.Core.Terms;

/// <summary>
/// Do-not-translate terms of a project ("Signal", "Tor Browser", "SimpleX Chat"): words and phrases that
/// stay the same in every language. A sentence made of them and of numbers or code is not English left
/// untranslated. Matching is case-sensitive (Signal the app, not "a signal") on whole words.
/// </summary>
public sealed class TermSet
{
    private readonly HashSet<string> _words = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;

    // Phrases by their first word; each phrase as its words.
    private readonly Dictionary<string, List<string[]>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;

    public TermSet(IEnumerable<string> terms)
    {
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        var all = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            var words = WordsOf(term);
            if (words.Length == 0)
            {
                continue;
            }

            all.Add(string.Join(' ', words));
            if (words.Length == 1)
            {
                _words.Add(words[0]);
            }
            else
            {
                if (!_phrases.TryGetValue(words[0], out var list))
                {
                    _phrases[words[0]] = list = [];
                }

                list.Add(words);
            }
        }

        Terms = [.. all];
    }

    public static TermSet Empty { get; } = new([]);

    /// <summary>The terms, words separated by one space, sorted.</summary>
    public IReadOnlyList<string> Terms { get; }

    public int Count => Terms.Count;

    public bool IsEmpty => Terms.Count == 0;

    /// <summary>A new set with the terms of both.</summary>
    public TermSet Union(TermSet other) => other.IsEmpty ? this : IsEmpty ? other : new TermSet(Terms.Concat(other.Terms));

    /// <summary>True when the single word is a term.</summary>
    public bool ContainsWord(ReadOnlySpan<char> word) => _wordLookup.Contains(word);

    /// <summary>
    /// Marks the words of <paramref name="words"/> (the Latin words of one sentence, in order, with their
    /// positions in <paramref name="text"/>) that belong to a term occurrence.
    /// </summary>
    public void MarkTermWords(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, Span<bool> isTerm)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = text.Slice(words[i].Start, words[i].Length);
            if (_wordLookup.Contains(word))
            {
                isTerm[i] = true;
            }

            if (_phrases.Count == 0 || !_phraseLookup.TryGetValue(word, out var phrases))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                if (PhraseAt(text, words, i, phrase))
                {
                    isTerm.Slice(i, phrase.Length).Fill(true);
                }
            }
        }
    }

    /// <summary>True when the term (its words) occurs among <paramref name="words"/> of <paramref name="text"/>.</summary>
    public static bool Occurs(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, string[] term)
    {
        for (var i = 0; i + term.Length <= words.Length; i++)
        {
            if (text.Slice(words[i].Start, words[i].Length).SequenceEqual(term[0]) && PhraseAt(text, words, i, term))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PhraseAt(ReadOnlySpan<char> text, ReadOnlySpan<(int Start, int Length)> words, int first, string[] phrase)
    {
        if (first + phrase.Length > words.Length)
        {
            return false;
        }

        for (var k = 1; k < phrase.Length; k++)
        {
            var (start, length) = words[first + k];
            var previous = words[first + k - 1];
            // The words of a phrase are separated by spaces only ("Tor Browser", not "Tor. Browser").
            if (!text[(previous.Start + previous.Length)..start].IsWhiteSpace() || !text.Slice(start, length).SequenceEqual(phrase[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static string[] WordsOf(string term)
    {
        var words = new List<string>();
        foreach (var word in LatinWordReader.Read(term))
        {
            words.Add(word.Text.ToString());
        }

        return [.. words];
    }
}
