using System.Numerics;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Analysis;

/// <summary>
/// The kept words of a Latin-script page (every word of the sentences its profile judged translated, compared ignoring
/// case), held as the words' <see cref="WordSet.Hash"/> in page order and the sentences they were read from. A French
/// page's translated sentences have about a hundred thousand words and the verdicts ask a few dozen of them (58,000
/// asks against 1,140,000 words over ten French pages sets of the 31-language site): entering every word in a
/// <see cref="WordSet"/> (a lookup and a compare against its first occurrence's text, each) was a sixth of the
/// page profile there; an int appended per word, and a scan for the first asks and a filter made after them, cost a fraction of it.
/// </summary>
internal sealed class LatinKeptWords(PageModel page, SentenceRange[][] sentences, int expectedWords)
{
    private int[] _hashes = [];
    private int _count;

    // Each committed sentence's unit, sentence number and first word in _hashes (in page order, so sorted by First).
    private Run[] _runs = [];
    private int _runCount;

    // Made from the hashes once a page has asked a few words (a scan of the hashes costs about a tenth of making it): two
    // bits per word in about sixteen bits per word, so that a word that is no kept word is nearly always told by two
    // reads, without scanning the hashes.
    private ulong[]? _filter;
    private int _asks;
    private int _filterShift;
    private int _filterCount;

    // The kept words found by the last asks, by hash: a page asks the same few English words again and again ("a",
    // "on": words of its language too), and each was found by scanning the hashes and reading its sentence again.
    private Place[]? _found;

    /// <summary>How many words were kept (each occurrence).</summary>
    public int Count => _count;

    /// <summary>Where the next sentence's words start (see <see cref="Commit"/> and <see cref="Drop"/>).</summary>
    public int Mark => _count;

    /// <summary>Adds the next word of the sentence being read.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public void Add(int hash)
    {
        if (_count == _hashes.Length)
        {
            Array.Resize(ref _hashes, Math.Max(Math.Max(16, expectedWords), _hashes.Length * 2));
        }

        _hashes[_count++] = hash;
    }

    /// <summary>The words added since <paramref name="mark"/> are the words of the unit's sentence, judged translated.</summary>
    public void Commit(int unit, int sentence, int mark)
    {
        if (_count == mark)
        {
            return;
        }

        if (_runCount == _runs.Length)
        {
            Array.Resize(ref _runs, Math.Max(16, _runs.Length * 2));
        }

        _runs[_runCount++] = new Run(unit, sentence, mark);
    }

    /// <summary>The words added since <paramref name="mark"/> belong to a sentence not judged translated: forgotten.</summary>
    public void Drop(int mark) => _count = mark;

    /// <summary>True when a kept word equals <paramref name="word"/> ignoring case (<paramref name="hash"/> is its <see cref="WordSet.Hash"/>).</summary>
    public bool Contains(ReadOnlySpan<char> word, int hash)
    {
        if (_count == 0)
        {
            return false;
        }

        if ((_filter is null || _filterCount != _count) && ++_asks > ScansBeforeFilter)
        {
            BuildFilter();
        }

        if (_filter is not null && _filterCount == _count)
        {
            var (a, b) = FilterBits(hash);
            if ((_filter[a >> 6] & (1UL << a)) == 0 || (_filter[b >> 6] & (1UL << b)) == 0)
            {
                return false;
            }
        }

        var slot = hash & (FoundSlots - 1);
        if (_found is { } found && found[slot] is { Length: > 0 } known && known.Hash == hash && TextOf(known).Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Equal words have equal hashes: each word of that hash is read again from its sentence and compared.
        var hashes = _hashes.AsSpan(0, _count);
        var from = 0;
        while (hashes[from..].IndexOf(hash) is >= 0 and var at)
        {
            var place = PlaceOf(from + at, hash);
            if (TextOf(place).Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                (_found ??= new Place[FoundSlots])[slot] = place;
                return true;
            }

            from += at + 1;
        }

        return false;
    }

    private const int FoundSlots = 64;

    private const int ScansBeforeFilter = 8;

    private ReadOnlySpan<char> TextOf(Place place) => page.Units[place.Unit].Prose.Text.AsSpan(place.Start, place.Length);

    private void BuildFilter()
    {
        var bits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, _count * 16));
        _filter = new ulong[bits >> 6];
        _filterShift = 32 - BitOperations.Log2((uint)bits);
        _filterCount = _count;
        for (var i = 0; i < _count; i++)
        {
            var (a, b) = FilterBits(_hashes[i]);
            _filter[a >> 6] |= 1UL << a;
            _filter[b >> 6] |= 1UL << b;
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private (int A, int B) FilterBits(int hash) =>
        ((int)(((uint)hash * 0x9E3779B1u) >> _filterShift), (int)(((uint)hash * 0x85EBCA77u) >> _filterShift));

    /// <summary>Where the kept word number <paramref name="index"/> is, read again from its sentence.</summary>
    private Place PlaceOf(int index, int hash)
    {
        int lo = 0, hi = _runCount - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >> 1;
            if (_runs[mid].First <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        var run = _runs[lo];
        var text = page.Units[run.Unit].Prose.Text;
        var range = sentences[run.Unit][run.Sentence];
        var sentence = text.AsSpan(range.Start, range.Length);
        var n = index - run.First;
        foreach (var word in LatinWordReader.Read(sentence))
        {
            if (n-- == 0)
            {
                return new Place(hash, run.Unit, range.Start + word.Index, word.Text.Length);
            }
        }

        throw new InvalidOperationException("a kept word's sentence has fewer words than were read from it");
    }

    private readonly record struct Run(int Unit, int Sentence, int First);

    /// <summary>A kept word of hash <see cref="Hash"/> at [Start, Start + Length) of a unit's prose.</summary>
    private readonly record struct Place(int Hash, int Unit, int Start, int Length);
}
