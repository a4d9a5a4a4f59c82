namespace Localization.Core.Text;

/// <summary>
/// A set of words held as slices of the texts they were read in, compared ordinally or ignoring case as
/// <see cref="StringComparer.Ordinal"/> and <see cref="StringComparer.OrdinalIgnoreCase"/> do. Every translated
/// page collects the words of its translated sentences: a <see cref="HashSet{T}"/> of strings made a string per
/// distinct word and hashed each word again for every set it was asked of (35 MB and a tenth of the page
/// profile's time on the 31-language site). A word's <see cref="Hash"/> is taken once and serves every set.
/// </summary>
public sealed class WordSet
{
    private readonly bool _ignoreCase;
    private int[] _buckets;
    private Entry[] _entries;

    // The texts the words are slices of, each entry naming its text by number: entries without a reference are
    // nothing for the collector to trace and need no write barrier (every page's set of kept words, 21 MB of
    // entries over the 31-language site, held a string reference in each).
    private string[] _texts = new string[4];
    private int _textCount;

    /// <param name="ignoreCase">Compare as <see cref="StringComparison.OrdinalIgnoreCase"/> (else ordinally).</param>
    /// <param name="capacity">Words expected (the set grows beyond).</param>
    public WordSet(bool ignoreCase, int capacity = 16)
    {
        _ignoreCase = ignoreCase;
        var size = 16;
        while (size < capacity)
        {
            size *= 2;
        }

        _buckets = new int[size];
        _entries = new Entry[size];
    }

    public int Count { get; private set; }

    /// <summary>A set of the given words (a fixed list asked of every word read: looked up by the hash the reader took).</summary>
    public static WordSet Of(IReadOnlyCollection<string> words, bool ignoreCase)
    {
        var set = new WordSet(ignoreCase, capacity: words.Count * 2);
        foreach (var word in words)
        {
            set.Add(word, 0, word.Length, Hash(word));
        }

        return set;
    }

    /// <summary>
    /// The hash of a word for any set, whichever its comparison: ASCII letters folded to lower case, every
    /// surrogate as one and the same, every other character by its invariant upper case (the same for two
    /// characters equal ignoring case; held by a test over every pair of characters).
    /// </summary>
    public static int Hash(ReadOnlySpan<char> word)
    {
        var hash = Seed;
        foreach (var c in word)
        {
            hash = Step(hash, c);
        }

        return Finish(hash);
    }

    /// <summary>The state <see cref="Hash"/> starts from, for a reader that hashes a word as it reads it (<see cref="Step"/>, <see cref="Finish"/>).</summary>
    internal const uint Seed = 2166136261u;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static uint Step(uint hash, char c) => (hash ^ Key(c)) * 16777619u;

    internal static int Finish(uint hash)
    {
        // FNV's low bits, which pick the bucket, mix only the characters' low bits: spread the high ones down.
        hash ^= hash >> 15;
        hash *= 0x2C1B3C6Du;
        hash ^= hash >> 12;
        return (int)hash;
    }

    private static readonly char[] Keys = BuildKeys();

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static char Key(char c) => c < 0x80 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : Keys[c];

    private static char[] BuildKeys()
    {
        var keys = new char[0x10000];
        for (var c = 0x80; c < keys.Length; c++)
        {
            keys[c] = char.IsSurrogate((char)c) ? '\uD800' : char.ToUpperInvariant((char)c);
        }

        return keys;
    }

    /// <summary>Adds text[start..start+length] unless an equal word is there; false when it was.</summary>
    public bool Add(string text, int start, int length, int hash)
    {
        var count = Count;
        return AddOrFind(text, start, length, hash) == count;
    }

    /// <summary>
    /// The number of the entry equal to text[start..start+length] (0 for the first word added, 1 for the next…),
    /// added when there was none (its number is then the <see cref="Count"/> before).
    /// </summary>
    internal int AddOrFind(string text, int start, int length, int hash)
    {
        var found = Find(text.AsSpan(start, length), hash);
        if (found >= 0)
        {
            return found;
        }

        if (Count == _entries.Length)
        {
            Grow();
        }

        ref var bucket = ref _buckets[hash & (_buckets.Length - 1)];
        _entries[Count] = new Entry(TextNumber(text), start, length, hash, bucket - 1);
        bucket = Count + 1;
        return Count++;
    }

    /// <summary>The number of a text the words are slices of (a set is filled one text after another: the last one is asked first).</summary>
    private int TextNumber(string text)
    {
        if (_textCount > 0 && ReferenceEquals(_texts[_textCount - 1], text))
        {
            return _textCount - 1;
        }

        if (_textCount == _texts.Length)
        {
            Array.Resize(ref _texts, _texts.Length * 2);
        }

        _texts[_textCount] = text;
        return _textCount++;
    }

    /// <summary>The word of entry number <paramref name="entry"/> (see <see cref="AddOrFind"/>).</summary>
    internal ReadOnlySpan<char> WordAt(int entry)
    {
        ref readonly var e = ref _entries[entry];
        return _texts[e.Text].AsSpan(e.Start, e.Length);
    }

    /// <summary>The text entry number <paramref name="entry"/> is a slice of, from <see cref="StartAt"/>.</summary>
    internal string TextAt(int entry) => _texts[_entries[entry].Text];

    /// <summary>Where the word of entry number <paramref name="entry"/> starts in <see cref="TextAt"/>.</summary>
    internal int StartAt(int entry) => _entries[entry].Start;

    /// <summary>The <see cref="Hash"/> of entry number <paramref name="entry"/>.</summary>
    internal int HashAt(int entry) => _entries[entry].Hash;

    public bool Contains(ReadOnlySpan<char> word) => Find(word, Hash(word)) >= 0;

    /// <summary>As <see cref="Contains(ReadOnlySpan{char})"/>, with the word's <see cref="Hash"/> already taken.</summary>
    public bool Contains(ReadOnlySpan<char> word, int hash) => Find(word, hash) >= 0;

    /// <summary>The number of the entry equal to the word (see <see cref="AddOrFind"/>), or -1.</summary>
    internal int Find(ReadOnlySpan<char> word, int hash)
    {
        for (var i = _buckets[hash & (_buckets.Length - 1)] - 1; i >= 0; i = _entries[i].Next)
        {
            ref readonly var entry = ref _entries[i];
            if (entry.Hash == hash && entry.Length == word.Length)
            {
                var candidate = _texts[entry.Text].AsSpan(entry.Start, entry.Length);
                // Ordinal first: a word found again is nearly always written the same way, and the ordinal compare is the cheaper.
                if (candidate.SequenceEqual(word) || (_ignoreCase && candidate.Equals(word, StringComparison.OrdinalIgnoreCase)))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private void Grow()
    {
        var size = _entries.Length * 2;
        Array.Resize(ref _entries, size);
        _buckets = new int[size];
        for (var i = 0; i < Count; i++)
        {
            ref var bucket = ref _buckets[_entries[i].Hash & (size - 1)];
            _entries[i] = _entries[i] with { Next = bucket - 1 };
            bucket = i + 1;
        }
    }

    private readonly record struct Entry(int Text, int Start, int Length, int Hash, int Next);
}
