using Localization.Core.Buffers;

namespace Localization.Core.Units;

/// <summary>
/// The translatable text of a unit with inline markup abstracted away: emphasis markers dropped,
/// link labels kept, and code, URLs, icons, footnote references and HTML each replaced by one
/// <see cref="Atom"/> character. Every character maps back to its offset in the page, so a sentence
/// found here is reported at its exact line and column.
/// </summary>
public sealed class ProseText
{
    /// <summary>Stands for one non-translatable inline (code, icon, footnote reference, HTML, URL).</summary>
    public const char Atom = '\uFFFC';

    /// <summary>The runs of a prose of two or more; null for a prose of one run (kept in <see cref="_singleSourceStart"/> and <see cref="_singleSource"/>).</summary>
    /// <remarks>
    /// Most blocks are one run of text (a paragraph, an item or a cell with no markup, a title): its array of one run
    /// was an object per unit, 40 bytes, for the 8 bytes that tell where that run is in the page.
    /// </remarks>
    private readonly Run[]? _runs;

    /// <summary>Where the one run of a prose of one run (<see cref="_runs"/> null) is: its source start and encoded source length (see <see cref="Run"/>).</summary>
    private readonly int _singleSourceStart;
    private readonly int _singleSource;

    /// <summary>The breaks and alt texts, null when the prose has neither (most blocks: no image, no title).</summary>
    /// <remarks>Two arrays' fields in every prose, both empty in most, were 8 bytes of its 64 (the size rounds up).</remarks>
    private readonly Marks? _marks;

    private sealed record Marks(int[] Breaks, (int Start, int End)[] AltTexts);

    private static readonly (int Start, int End)[] NoAltTexts = [];

    /// <summary>Added to every run's page offset: a borrowed prose (see <see cref="Shifted"/>) shares its English runs.</summary>
    private readonly int _shift;

    internal ProseText(string text, Run[] runs, int[] breaks, (int Start, int End)[] altTexts)
        : this(text, (ReadOnlySpan<Run>)runs, breaks, altTexts)
    {
    }

    /// <summary>A prose whose runs are <paramref name="runs"/> (copied, or kept in two fields when there is one that covers the text).</summary>
    internal ProseText(string text, ReadOnlySpan<Run> runs, int[] breaks, (int Start, int End)[] altTexts)
    {
        Text = text;
        if (runs.Length == 1 && runs[0].ProseStart == 0 && runs[0].Length == text.Length)
        {
            _singleSourceStart = runs[0].SourceStart;
            _singleSource = runs[0].EncodedSource;
        }
        else
        {
            _runs = runs.ToArray();
        }

        _marks = breaks.Length == 0 && altTexts.Length == 0 ? null : new Marks(breaks, altTexts);
        HasWords = HasLetter(text);
    }

    /// <summary>The same prose, its runs moved by <paramref name="delta"/> in the page (text and runs shared, not copied).</summary>
    private ProseText(ProseText same, int delta)
    {
        Text = same.Text;
        _runs = same._runs;
        _singleSourceStart = same._singleSourceStart;
        _singleSource = same._singleSource;
        _marks = same._marks;
        HasWords = same.HasWords;
        _shift = same._shift + delta;
    }

    public static ProseText Empty { get; } = new("", [], [], []);

    /// <summary>
    /// This prose as read from the same Markdown <paramref name="delta"/> characters further on in another page: a
    /// translated block that is its English block as it is takes the English unit's prose this way instead of
    /// being read again (see <see cref="SourceBlocks"/>).
    /// </summary>
    internal ProseText Shifted(int delta) => delta == 0 || RunCount == 0 ? this : new(this, delta);

    /// <summary>How many runs the prose has (0 for an empty text).</summary>
    private int RunCount => _runs?.Length ?? 1;

    /// <summary>Run <paramref name="k"/>, as stored (without <see cref="_shift"/>).</summary>
    private Run RunAt(int k) => _runs is { } runs ? runs[k] : Run.FromEncoded(0, Text.Length, _singleSourceStart, _singleSource);

    /// <summary>Ranges of the text that are image alt texts.</summary>
    public IReadOnlyList<(int Start, int End)> AltTexts => _marks?.AltTexts ?? NoAltTexts;

    /// <summary>True when <paramref name="index"/> lies in an image alt text.</summary>
    public bool IsInAltText(int index)
    {
        foreach (var (start, end) in _marks?.AltTexts ?? NoAltTexts)
        {
            if (index >= start && index < end)
            {
                return true;
            }
        }

        return false;
    }

    public string Text { get; }

    /// <summary>How the text maps onto the page, run by run (exports rebuild the markup between runs from it).</summary>
    internal IReadOnlyList<Run> Runs
    {
        get
        {
            var runs = _runs ?? [RunAt(0)];
            return _shift == 0 ? runs : Array.ConvertAll(runs, r => r with { SourceStart = r.SourceStart + _shift });
        }
    }

    /// <summary>True when every run's page range lies in [<paramref name="start"/>, <paramref name="end"/>] (no array made for a prose of one run).</summary>
    internal bool RunsWithin(int start, int end)
    {
        for (var k = 0; k < RunCount; k++)
        {
            var run = RunAt(k);
            var from = run.SourceStart + _shift;
            if (from < start || from + run.SourceLength > end)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Prose indices where a sentence must end (an alt text or title starts or ends there).</summary>
    public IReadOnlyList<int> Breaks => _marks?.Breaks ?? [];

    /// <summary>True when the text has letters or digits, i.e. something a translator translates.</summary>
    public bool HasWords { get; }

    private static bool HasLetter(string text)
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

    /// <summary>Page offset of the character at <paramref name="index"/>.</summary>
    public int SourceStart(int index)
    {
        var run = FindRun(index);
        if (run.Length == 0)
        {
            return 0;
        }

        return (run.Exact ? run.SourceStart + (index - run.ProseStart) : run.SourceStart) + _shift;
    }

    /// <summary>Page offset just after the character at <paramref name="index"/>.</summary>
    public int SourceEnd(int index)
    {
        var run = FindRun(index);
        if (run.Length == 0)
        {
            return 0;
        }

        return (run.Exact ? run.SourceStart + (index - run.ProseStart) + 1 : run.SourceStart + run.SourceLength) + _shift;
    }

    private Run FindRun(int index)
    {
        if (_runs is not { } runs)
        {
            return RunAt(0);
        }

        if (runs.Length == 0)
        {
            return default;
        }

        int lo = 0, hi = runs.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (runs[mid].ProseStart <= index)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return runs[lo];
    }

    /// <summary>A piece of the prose and the page range it was read from.</summary>
    /// <remarks>
    /// Whether it is an exact copy is the sign of its stored source length: four ints, 16 bytes, where a bool beside them
    /// padded each run to 20 (the runs of a 31-language check's proses were 12.7 MB).
    /// </remarks>
    internal readonly record struct Run
    {
        private readonly int _source;

        public Run(int proseStart, int length, int sourceStart, int sourceLength, bool exact)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(sourceLength);
            ProseStart = proseStart;
            Length = length;
            SourceStart = sourceStart;
            _source = exact ? -sourceLength - 1 : sourceLength;
        }

        public int ProseStart { get; init; }

        public int Length { get; init; }

        public int SourceStart { get; init; }

        /// <summary>A run whose source length and exactness are <paramref name="encodedSource"/> (<see cref="EncodedSource"/>).</summary>
        internal static Run FromEncoded(int proseStart, int length, int sourceStart, int encodedSource) =>
            new(proseStart, length, sourceStart, encodedSource < 0 ? -encodedSource - 1 : encodedSource, encodedSource < 0);

        /// <summary>The source length and exactness in one int, as the run keeps them.</summary>
        internal int EncodedSource => _source;

        public int SourceLength => _source < 0 ? -_source - 1 : _source;

        public bool Exact => _source < 0;
    }
}

/// <summary>Accumulates <see cref="ProseText"/> while walking a unit's inlines.</summary>
internal sealed class ProseBuilder
{
    // A plain buffer, not a StringBuilder: clearing a StringBuilder that had grown past one chunk allocated a
    // new chunk for every block (9 MB on a 31-language check), and its appends went through chunk checks. Rented from
    // the shared pool and handed back when the page is read (see Release): each page's buffer, grown from 256
    // characters to its longest block, was 7 MB of a 31-language check.
    private PooledBuffer<char> _text = new(256);
    private readonly List<ProseText.Run> _runs = [];
    private readonly List<int> _breaks = [];
    private readonly List<(int, int)> _alts = [];

    public int Length => _text.Count;

    private void Append(ReadOnlySpan<char> text) => _text.Append(text);

    /// <summary>Empties the builder and hands its buffer back to the pool (it rents another if it is used again).</summary>
    public void Release()
    {
        Clear();
        _text.Dispose();
    }

    /// <summary>Appends text read verbatim from the page at <paramref name="sourceStart"/>.</summary>
    public void AppendExact(ReadOnlySpan<char> text, int sourceStart)
    {
        if (text.IsEmpty)
        {
            return;
        }

        // Text that goes on where the last exact run ends, in the prose and in the page, lengthens that run: Markdig cuts
        // a line's text into several literals at characters an inline parser tried and left ('[', '!', '*', ':'), and
        // a run per literal made most blocks' runs an array of several where one tells the same offsets.
        if (_runs.Count > 0 && _runs[^1] is { Exact: true } last && last.ProseStart + last.Length == Length && last.SourceStart + last.Length == sourceStart)
        {
            _runs[^1] = new(last.ProseStart, last.Length + text.Length, last.SourceStart, last.Length + text.Length, true);
        }
        else
        {
            _runs.Add(new(Length, text.Length, sourceStart, text.Length, true));
        }

        Append(text);
    }

    /// <summary>Appends text that stands for a differently written source range (an entity, an escape).</summary>
    public void AppendMapped(ReadOnlySpan<char> text, int sourceStart, int sourceLength)
    {
        if (text.IsEmpty)
        {
            return;
        }

        _runs.Add(new(Length, text.Length, sourceStart, Math.Max(1, sourceLength), false));
        Append(text);
    }

    /// <summary>Appends one <see cref="ProseText.Atom"/> for a non-translatable inline.</summary>
    public void AppendAtom(int sourceStart, int sourceLength) => AppendMapped([ProseText.Atom], sourceStart, sourceLength);

    /// <summary>Appends a space for a line break, unless the text already ends with whitespace.</summary>
    public void AppendSpace(int sourceStart)
    {
        if (_text.Count > 0 && !char.IsWhiteSpace(_text[_text.Count - 1]))
        {
            AppendMapped(" ", sourceStart, 1);
        }
    }

    public void Break()
    {
        if (_breaks.Count == 0 || _breaks[^1] != Length)
        {
            _breaks.Add(Length);
        }
    }

    public void MarkAltText(int start)
    {
        if (Length > start)
        {
            _alts.Add((start, Length));
        }
    }

    /// <summary>Empties the builder for the next block, keeping its buffers.</summary>
    public void Clear()
    {
        _text.Clear();
        _runs.Clear();
        _breaks.Clear();
        _alts.Clear();
    }

    public ProseText Build() => _text.Count == 0 ? ProseText.Empty
        : new(new string(_text.Span), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_runs), [.. _breaks], [.. _alts]);
}
