namespace Localization.Core.Text;

/// <summary>
/// English words that only occur in running English text: function words and the commonest verbs.
/// A Latin-script sentence built from them is English prose, never a product name.
/// </summary>
public static class EnglishWords
{
    private static readonly HashSet<string> Function = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "although", "am", "an", "and", "any", "are", "aren't", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't",
        "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "either", "else", "even", "ever", "every",
        "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "her", "here", "hers", "herself",
        "him", "himself", "his", "how", "however", "i", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "just", "let's",
        "may", "me", "might", "more", "most", "must", "mustn't", "my", "myself", "neither", "no", "nor", "not", "now", "of", "off", "often",
        "on", "once", "only", "or", "other", "otherwise", "ought", "our", "ours", "ourselves", "out", "over", "own", "per", "rather", "same",
        "shall", "she", "should", "shouldn't", "since", "so", "some", "such", "than", "that", "that's", "the", "their", "theirs", "them",
        "themselves", "then", "there", "there's", "therefore", "these", "they", "they're", "this", "those", "though", "through", "thus", "to",
        "too", "under", "unless", "until", "up", "upon", "us", "very", "via", "was", "wasn't", "we", "we're", "were", "weren't", "what",
        "when", "where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without", "won't", "would",
        "wouldn't", "yet", "you", "you're", "your", "yours", "yourself", "yourselves", "many", "much", "well", "still", "already", "instead",
        "because", "able", "using", "use", "used", "uses", "make", "makes", "made", "get", "gets", "allow", "allows", "provide", "provides",
        "need", "needs", "want", "see", "like", "want", "recommend", "recommended", "support", "supports", "supported", "require", "requires",
        "include", "includes", "keep", "keeps", "take", "takes", "run", "runs", "other", "another", "new", "good", "best", "better", "more",
        "less", "most", "least", "important", "possible", "available", "different", "several", "certain", "usually", "always", "never",
        "also", "here", "there", "which", "its", "our", "one", "two", "three", "first", "second", "last",
    };

    /// <summary>
    /// Every word but function words capitalised ("Health and Wellness Apps", "OpenPGP Clients"): a title or a
    /// label, whose capitals prove no name.
    /// </summary>
    public static bool IsTitleCase(ReadOnlySpan<char> sentence)
    {
        var words = 0;
        foreach (var word in Analysis.LatinWordReader.Read(sentence))
        {
            if (char.IsLower(word.Text[0]) && !IsFunctionWord(word.Text, word.Hash))
            {
                return false;
            }

            words++;
        }

        return words > 0;
    }

    /// <summary>True for an English function word or one of the commonest verbs and adjectives.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word) => FunctionWords.Contains(word);

    /// <summary>As <see cref="IsFunctionWord(ReadOnlySpan{char})"/>, with the word's <see cref="WordSet.Hash"/> already taken.</summary>
    public static bool IsFunctionWord(ReadOnlySpan<char> word, int hash) => FunctionWords.Contains(word, hash);

    // Asked of nearly every word the untranslated-text test reads: a word set takes the hash the word reader already
    // took, where the string set hashed each word again ignoring case (compared alike: WordSetTests).
    private static readonly WordSet FunctionWords = WordSet.Of(Function, ignoreCase: true);
}
