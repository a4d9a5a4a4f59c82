namespace Localization.Core.Units;

/// <summary>
/// One block of a page that is translated (or kept verbatim) as a whole: a heading, a paragraph, a list
/// item, a table cell, a title, a front-matter value, or a structural block such as a code block.
/// </summary>
public sealed class TranslationUnit
{
    public TranslationUnit()
    {
    }

    /// <summary>
    /// A unit read by <see cref="PageReader"/>, made as its block is read and placed (<see cref="Place"/>) once the
    /// page's units are in order: a pending copy of every unit, made first and copied into this, was 22 MB of a
    /// 31-language check.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    internal TranslationUnit(UnitIds ids, UnitKind kind, ContainerPath path, int start, int end, ProseText prose, IReadOnlyList<Invariant> invariants)
        : this(ids, kind, path, start, end, null, prose, invariants)
    {
    }

    /// <summary>
    /// A unit whose block is its English block's Markdown as it is (see <see cref="SourceBlocks"/>): it takes
    /// <paramref name="english"/>'s reading moved by the block's distance, made when first asked for. The walk reads
    /// nothing of the English unit (its start and end come with the English page's block index): reading the English
    /// unit, its prose and invariants there, long after they were made, was the walk's main cache miss per borrowed unit.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    internal TranslationUnit(UnitIds ids, UnitKind kind, ContainerPath path, int start, int end, TranslationUnit english)
        : this(ids, kind, path, start, end, english, null, null)
    {
    }

    // A unit has its prose and invariants, or an English twin to take them from when they are first read.
#pragma warning disable CS8618 // Prose and Invariants: their fields may be null, their getters never return null
    [System.Diagnostics.CodeAnalysis.SetsRequiredMembers]
    private TranslationUnit(UnitIds ids, UnitKind kind, ContainerPath path, int start, int end, TranslationUnit? english, ProseText? prose, IReadOnlyList<Invariant>? invariants)
#pragma warning restore CS8618
    {
        Ids = ids;
        Kind = kind;
        Path = path;
        Start = start;
        End = end;
        EnglishTwin = english;
        _prose = prose;
        _invariants = invariants;
    }

    /// <summary>Sets where a unit made by <see cref="PageReader"/> is in its page's unit list, before the page is handed out (never after).</summary>
    internal void Place(int index) => _index = index;

    private int _index;

    /// <summary>
    /// The line and column of <paramref name="offset"/> (<see cref="Start"/> or <see cref="End"/>): given to a unit made
    /// with them (in its details), else found in its page's line map when asked.
    /// </summary>
    /// <remarks>
    /// Lines and columns are read for the few units a message names: four of them in every unit (16 bytes of its 112),
    /// and placing both ends of every unit of every page as it was read, cost more than finding them when asked.
    /// </remarks>
    private (int Line, int Column) PositionOf(int offset, bool end)
    {
        if (_details is PlacedDetails placed)
        {
            return end ? (placed.EndLine, placed.EndColumn) : (placed.Line, placed.Column);
        }

        return (Ids?.Lines ?? throw new InvalidOperationException("a unit has its line and column or the lines of its page")).Position(offset);
    }

    /// <summary>
    /// The aligner's features of this unit, computed on first use: an English page is aligned with every
    /// language's translation, so its features are worth keeping. Immutable once set; a race computes the
    /// same value twice.
    /// </summary>
    internal Alignment.UnitFeatures? AlignmentFeatures { get; set; }

    /// <summary>The English unit this unit's reading was taken from, its Markdown being the same (see <see cref="SourceBlocks"/>).</summary>
    internal TranslationUnit? EnglishTwin { get; }

    /// <summary>
    /// True when the unit reads everything but its kind, heading level, path and place from <see cref="EnglishTwin"/>:
    /// its prose text, invariants' kinds and values, key, verbatim text and heading id are the twin's (none of its own is
    /// ever set), so the aligner compares only those without borrowing the prose and invariants.
    /// </summary>
    internal bool ReadsTwin => EnglishTwin is not null && _details is null;

    /// <summary>Stable identity within the page: container path, kind and a hash of the content, not line numbers.</summary>
    /// <remarks>Given, or made on first use by the page's <see cref="UnitIds"/>.</remarks>
    public string Id
    {
        get => _details?.Id ?? Ids?.Of(Index) ?? throw new InvalidOperationException("a unit has an id or the ids of its page");
        init { if (value is not null) { Details.Id = value; } }
    }

    /// <summary>
    /// <see cref="Id"/>, made for this unit alone if its page's ids are not made yet (see <see cref="UnitIds.Alone"/>):
    /// for the few units of a page a rule reports without their English unit.
    /// </summary>
    internal string IdAlone => _details?.Id ?? Ids?.Alone(Index) ?? throw new InvalidOperationException("a unit has an id or the ids of its page");

    /// <summary>The ids of the unit's page, made when one is first asked for.</summary>
    internal UnitIds? Ids { get; init; }

    // Kind and heading level in a byte each: the text hash then fits in the unit's size as it was.
    public required UnitKind Kind { get => (UnitKind)_kind; init => _kind = checked((byte)value); }

    private readonly byte _kind;

    public required ContainerPath Path { get; init; }

    /// <summary>Index of the unit in its page's unit list.</summary>
    public required int Index { get => _index; init => _index = value; }

    /// <summary>Offset of the first character of the unit in the page text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset just after the unit's last character.</summary>
    public required int End { get; init; }

    /// <summary>1-based line of <see cref="Start"/>.</summary>
    public required int Line { get => PositionOf(Start, end: false).Line; init => Placed.Line = value; }

    /// <summary>1-based column of <see cref="Start"/> in UTF-16 code units.</summary>
    public required int Column { get => PositionOf(Start, end: false).Column; init => Placed.Column = value; }

    public required int EndLine { get => PositionOf(End, end: true).Line; init => Placed.EndLine = value; }

    public required int EndColumn { get => PositionOf(End, end: true).Column; init => Placed.EndColumn = value; }

    /// <summary>The text with inline markup abstracted (see <see cref="ProseText"/>).</summary>
    public required ProseText Prose { get => _prose ?? BorrowProse(); init => _prose = value; }

    private ProseText? _prose;

    public required IReadOnlyList<Invariant> Invariants { get => _invariants ?? BorrowInvariants(); init => _invariants = value; }

    /// <summary><see cref="Invariants"/> as a span: the walk keeps them as an exact array (other lists are copied).</summary>
    internal ReadOnlySpan<Invariant> InvariantSpan => Invariants switch
    {
        Invariant[] array => array,
        List<Invariant> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
        var other => other.ToArray(),
    };

    private IReadOnlyList<Invariant>? _invariants;

    /// <summary>
    /// The unit's invariants as they are held, without moving a borrowed unit's: its own (<paramref name="shift"/> 0), or,
    /// when it has not borrowed them yet, its English twin's, whose starts plus <paramref name="shift"/> are its own.
    /// </summary>
    /// <remarks>
    /// The link table of a page reads every unit with a link once: moving the invariants of each borrowed unit there, for
    /// that one read, was 3.6 MB of a 31-language check.
    /// </remarks>
    internal ReadOnlySpan<Invariant> HeldInvariants(out int shift)
    {
        if (_invariants is null && EnglishTwin is { } twin)
        {
            var held = twin.HeldInvariants(out var twinShift);
            shift = twinShift + Delta;
            return held;
        }

        shift = 0;
        return InvariantSpan;
    }

    /// <summary>How far this unit's block is from its English twin's (the English unit's offsets plus this are its own).</summary>
    private int Delta => Start - EnglishTwin!.Start;

    // Made once; a race makes two equal values, one of them kept (nothing compares proses or invariants by reference).
    private ProseText BorrowProse() => _prose = EnglishTwin!.Prose.Shifted(Delta);

    private IReadOnlyList<Invariant> BorrowInvariants() => _invariants = Moved(EnglishTwin!.Invariants, Delta);

    private static IReadOnlyList<Invariant> Moved(IReadOnlyList<Invariant> invariants, int delta)
    {
        // A paragraph's or heading's invariants are the exact array InlineReader made: read as one, not through the
        // list interface (a dispatch per borrowed unit and per invariant).
        if (invariants.Count == 0 || delta == 0)
        {
            return invariants;
        }

        if (invariants is not Invariant[] english)
        {
            english = [.. invariants];
        }

        var moved = new Invariant[english.Length];
        for (var k = 0; k < moved.Length; k++)
        {
            moved[k] = english[k] with { Start = english[k].Start + delta };
        }

        return moved;
    }

    /// <summary>Whether the unit has an invariant of <paramref name="kind"/>, without walking its invariants.</summary>
    /// <remarks>
    /// A dozen rules compare every matched pair's invariants kind by kind, and most units have none of most kinds
    /// (footnotes, images, code): walking both lists for each kind was two percent of a 31-language check.
    /// </remarks>
    internal bool Has(InvariantKind kind) => (InvariantKinds & (1 << (int)kind)) != 0;

    /// <summary>One bit per kind of <see cref="Invariants"/> (bit <c>1 &lt;&lt; (int)kind</c>), the top bit marking it computed (a race computes the same value twice).</summary>
    /// <remarks>A borrowed unit's are its English twin's (moving offsets changes no kind), without moving its invariants.</remarks>
    internal int InvariantKinds
    {
        get
        {
            if (_kindBits != 0)
            {
                return (_kindBits & KindBitsMask) | KindsComputed;
            }

            var bits = _invariants is null && EnglishTwin is { } twin ? twin.InvariantKinds : KindBitsOf(Invariants);
            _kindBits = (ushort)((bits & KindBitsMask) | 0x8000);
            return bits;
        }
    }

    /// <summary>
    /// <see cref="InvariantKinds"/> once made, in 16 bits beside the kind and heading level bytes (the top bit marking it
    /// made): with the text hash kept by the page, not the unit, a unit is 88 bytes, not 96.
    /// </summary>
    private ushort _kindBits;

    /// <summary>The kinds' bits: every <see cref="InvariantKind"/> has one below the top bit of <see cref="_kindBits"/> (a test holds it).</summary>
    internal const int KindBitsMask = 0x7FFF;

    /// <summary>The top bit of <see cref="InvariantKinds"/>: it is computed (not a kind).</summary>
    internal const int KindsComputed = int.MinValue;

    private static int KindBitsOf(IReadOnlyList<Invariant> invariants)
    {
        var bits = KindsComputed;
        for (var k = 0; k < invariants.Count; k++)
        {
            bits |= 1 << (int)invariants[k].Kind;
        }

        return bits;
    }

    /// <summary>
    /// <see cref="PageReader.Hash"/>'s value for the unit's text (its id's last part): a unit that took its English
    /// unit's reading has its text, so the English unit's is asked, hashed once for every language (each translated
    /// page with a finding makes the ids of all its units; hashing their texts was a third of that) and kept by the
    /// English page's ids (<see cref="UnitIds.SharedTextHash"/>). A unit's own text is hashed when its page's ids are
    /// made, once: a field for it in every unit cost each unit 8 bytes (the size rounds up).
    /// </summary>
    internal uint TextHash => EnglishTwin is { } twin ? twin.SharedTextHash : OwnTextHash;

    /// <summary>The hash of the unit's own text, made each time it is asked.</summary>
    internal uint OwnTextHash => PageReader.HashValue(Verbatim ?? Prose.Text);

    /// <summary><see cref="OwnTextHash"/> as the page's ids keep it for the units other pages take their reading from.</summary>
    private uint SharedTextHash => Ids is { } ids ? ids.SharedTextHash(this) : OwnTextHash;

    /// <summary>Heading level 1–6, 0 for other kinds.</summary>
    public int HeadingLevel { get => _headingLevel; init => _headingLevel = checked((byte)value); }

    private readonly byte _headingLevel;

    /// <summary>A heading's text as MkDocs' toc sees it when it makes the id (tags, icons and footnotes removed).</summary>
    public string? HeadingText { get => SharedDetails?.HeadingText; init { if (value is not null) { Details.HeadingText = value; } } }

    /// <summary>An explicit <c>{ #id }</c> on a heading.</summary>
    public string? ExplicitId { get => SharedDetails?.ExplicitId; init { if (value is not null) { Details.ExplicitId = value; } } }

    /// <summary>Front-matter key, code block info string, or snippet paths; null otherwise.</summary>
    public string? Key { get => SharedDetails?.Key; init { if (value is not null) { Details.Key = value; } } }

    /// <summary>Verbatim content compared as a whole for structural units (code, snippet, HTML).</summary>
    public string? Verbatim { get => SharedDetails?.Verbatim; init { if (value is not null) { Details.Verbatim = value; } } }

    /// <summary>
    /// What only some kinds of unit have (a heading's text and id, a key, verbatim content, a given id), in an object
    /// of its own: five fields of every unit, null in most (paragraphs, list items, titles, cells), were a fifth of the
    /// unit's size, and a unit that took its English unit's reading has that unit's (<see cref="SharedDetails"/>).
    /// </summary>
    private UnitDetails? _details;

    /// <summary>
    /// The unit's details, or its English twin's when it took that unit's reading: a paragraph's or heading's details
    /// are its heading text and explicit id, read from its Markdown, which is the twin's (its given id is its own).
    /// </summary>
    private UnitDetails? SharedDetails => _details ?? EnglishTwin?._details;

    // Made by the first detail set (a null value makes none: the walk sets a heading's fields on every heading). A unit
    // with an English twin reads the twin's details and sets none of its own: its own would hide the twin's.
    private UnitDetails Details
    {
        get
        {
            System.Diagnostics.Debug.Assert(EnglishTwin is null, "a unit that took its English unit's reading sets no details of its own");
            return _details ??= new UnitDetails();
        }
    }

    /// <summary>
    /// The details of a unit made with its line and column given (not by <see cref="PageReader"/>): its details made
    /// again with room for them when they were made without (a detail set before them).
    /// </summary>
    private PlacedDetails Placed => Details as PlacedDetails ?? (PlacedDetails)(_details = new PlacedDetails(_details!));

    private class UnitDetails
    {
        public string? Id;
        public string? HeadingText;
        public string? ExplicitId;
        public string? Key;
        public string? Verbatim;
    }

    /// <summary>The details of a unit made with its line and column (string table entries), which no heading or code block of a page pays for.</summary>
    private sealed class PlacedDetails : UnitDetails
    {
        public PlacedDetails(UnitDetails details)
        {
            Id = details.Id;
            HeadingText = details.HeadingText;
            ExplicitId = details.ExplicitId;
            Key = details.Key;
            Verbatim = details.Verbatim;
        }

        public int Line;
        public int Column;
        public int EndLine;
        public int EndColumn;
    }

    /// <summary>True when the unit holds words a translator translates.</summary>
    public bool IsTranslatable => Kind.IsTranslatable() && (_prose ?? EnglishTwin!.Prose).HasWords;

    public override string ToString() => $"{Line}:{Column} {Kind.DisplayName()} [{Path}] {Prose.Text}";
}
