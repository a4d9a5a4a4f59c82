using System.Text;

namespace Localization.Core.Units;

/// <summary>One step of a container path, e.g. <c>admonition(warning)</c> or <c>item 3</c>.</summary>
/// <param name="Kind">admonition, details, tab, list, item, table, row, cell, quote, footnote, figure, html.</param>
/// <param name="Qualifier">Type, class, label or title; null when there is none.</param>
/// <param name="Ordinal">1-based position among siblings for items, rows and cells; 0 otherwise.</param>
/// <param name="ContainerId">Page-wide id of the container instance (for pairing containers).</param>
public sealed record PathSegment(string Kind, string? Qualifier, int Ordinal, int ContainerId)
{
    public override string ToString()
    {
        var text = Qualifier is null ? Kind : $"{Kind}({Qualifier})";
        return Ordinal > 0 ? $"{text} {Ordinal}" : text;
    }
}

/// <summary>
/// The segments without qualifier or container id that every page has many of (lists, their items, tables, rows and
/// cells, quotes), made once: a record per list item and table cell of every page was 3 MB of a 31-language check.
/// Records are immutable and compared by value, so sharing one changes nothing a reader can see.
/// </summary>
internal static class PlainSegments
{
    /// <summary>Ordinals up to this are shared; a longer list or table makes its own segments beyond it.</summary>
    private const int Shared = 128;

    public static readonly PathSegment List = new("list", null, 0, 0);
    public static readonly PathSegment OrderedList = new("ordered-list", null, 0, 0);
    public static readonly PathSegment Quote = new("quote", null, 0, 0);
    public static readonly PathSegment Table = new("table", null, 0, 0);

    private static readonly PathSegment[] Items = Numbered("item");
    private static readonly PathSegment[] Rows = Numbered("row");
    private static readonly PathSegment[] Cells = Numbered("cell");

    public static PathSegment Item(int ordinal) => Of(Items, "item", ordinal);

    public static PathSegment Row(int ordinal) => Of(Rows, "row", ordinal);

    public static PathSegment Cell(int ordinal) => Of(Cells, "cell", ordinal);

    /// <summary>
    /// The slot of a shared segment among a path's children (see <see cref="ChildPaths"/>): 0–3 for a list, an ordered
    /// list, a quote and a table, the ordinal for a shared item, row or cell; -1 for any other segment.
    /// </summary>
    internal static int SlotOf(PathSegment segment, out bool numbered)
    {
        numbered = false;
        if (ReferenceEquals(segment, List))
        {
            return 0;
        }

        if (ReferenceEquals(segment, OrderedList))
        {
            return 1;
        }

        if (ReferenceEquals(segment, Quote))
        {
            return 2;
        }

        if (ReferenceEquals(segment, Table))
        {
            return 3;
        }

        var ordinal = segment.Ordinal;
        numbered = (uint)ordinal < (uint)Items.Length
            && (ReferenceEquals(segment, Items[ordinal]) || ReferenceEquals(segment, Rows[ordinal]) || ReferenceEquals(segment, Cells[ordinal]));
        return numbered ? ordinal : -1;
    }

    private static PathSegment Of(PathSegment[] shared, string kind, int ordinal) =>
        (uint)ordinal < (uint)shared.Length ? shared[ordinal] : new(kind, null, ordinal, 0);

    private static PathSegment[] Numbered(string kind)
    {
        var segments = new PathSegment[Shared + 1];
        for (var k = 0; k < segments.Length; k++)
        {
            segments[k] = new(kind, null, k, 0);
        }

        return segments;
    }
}

/// <summary>
/// The paths one page's walk made under a path by appending a shared segment (<see cref="PlainSegments"/>): a list, its
/// items, a table, its rows and cells. Every list of a container and every item of those lists had a path of its own,
/// equal to its siblings' (a path is its segments' kinds, qualifiers, ordinals and container ids, and these segments
/// have no container id): 137,313 paths, each with its segment array, for 235,734 units of the 31-language site. Paths
/// under an admonition, details or tab are that container's own (its id is in them), so on that site most paths are
/// still made once each: the appends' samples in two AOT runs went from 22 and 15 to 14 and 10.
/// </summary>
/// <remarks>
/// Filled by one page's walk (one thread) and read by no one else: paths are compared by value and nothing holds one
/// by identity, so sharing them changes nothing a reader can see. The walk keeps the root's own (the root is shared
/// by every page).
/// </remarks>
internal sealed class ChildPaths
{
    /// <summary>
    /// The paths by slot: a list, an ordered list, a quote and a table at 0–3, the item, row or cell of ordinal n at
    /// 4 + n. One array, made at the first path and grown to the slot asked: a row's cells or a list's items had an
    /// array for the four plain slots beside theirs, never used (1 MB of a 31-language check).
    /// </summary>
    private ContainerPath?[] _slots = [];

    private const int Plain = 4;

    /// <summary><paramref name="parent"/> (whose children these are) with <paramref name="segment"/> appended, made once.</summary>
    public ContainerPath Of(ContainerPath parent, PathSegment segment)
    {
        var slot = PlainSegments.SlotOf(segment, out var numbered);
        if (slot < 0)
        {
            return parent.Append(segment);
        }

        if (numbered)
        {
            slot += Plain;
        }

        if (slot >= _slots.Length)
        {
            Array.Resize(ref _slots, Math.Max(slot + 1, Math.Max(numbered ? 8 : Plain, _slots.Length * 2)));
        }

        // Items, rows and cells share their slots: a list's children are items, a table's rows, a row's cells.
        if (_slots[slot] is { } made && ReferenceEquals(made.Last, segment))
        {
            return made;
        }

        return _slots[slot] = parent.Append(segment);
    }
}

/// <summary>
/// Where a unit sits in the page's container tree, outermost first:
/// <c>admonition(recommendation) &gt; details(downloads) &gt; list &gt; item 3</c>.
/// </summary>
public sealed class ContainerPath : IEquatable<ContainerPath>
{
    public static readonly ContainerPath Root = new([]);

    private readonly ContainerPath? _parent;

    private readonly PathSegment[] _segments;

    private ContainerPath(PathSegment[] segments, ContainerPath? parent = null)
    {
        _segments = segments;
        _parent = parent;
        InFootnote = segments.Length > 0 && segments[0].Kind == "footnote";
    }

    /// <summary>
    /// The outermost container is a footnote definition (whose units the aligner pairs by label): kept as a field,
    /// since asking the first segment's kind of every unit of every page was most of the aligner's partition.
    /// </summary>
    internal bool InFootnote { get; }

    public IReadOnlyList<PathSegment> Segments => _segments;

    /// <summary>The segments without the list interface, for loops over every matched pair's paths.</summary>
    internal ReadOnlySpan<PathSegment> SegmentSpan => _segments;

    /// <summary>The innermost segment; null for the root.</summary>
    internal PathSegment? Last => _segments.Length == 0 ? null : _segments[^1];

    /// <summary>The paths the page's walk made under this one with a shared segment (see <see cref="ChildPaths"/>); never the root's.</summary>
    internal ChildPaths? Children { get => _rare?.Children; set => Rare.Children = value; }

    /// <summary>
    /// What few paths ever have, in an object of their own: the children of a path that has some (lists, tables, rows)
    /// and the strings tests and messages ask for (shapes, text). Four fields of every path, null in almost all, were
    /// a quarter of its size (10 MB of paths on a 31-language check).
    /// </summary>
    private sealed class RareParts
    {
        public ChildPaths? Children;
        public string? Shape;
        public string? ShapeWithoutRegions;
        public string? Text;
    }

    private RareParts? _rare;

    // A race makes two, one of them kept: what is lost is a cached string, made again (the children are set by one
    // page's walk, on its one thread, before anything else reads the path).
    private RareParts Rare => _rare ??= new RareParts();

    // An array copied once per path: spreading the IReadOnlyList went through an enumerator and a read-only wrapper (13 MB).
    public ContainerPath Append(PathSegment segment)
    {
        var segments = new PathSegment[_segments.Length + 1];
        _segments.CopyTo(segments, 0);
        segments[^1] = segment;
        return new(segments, this);
    }

    /// <summary>The shape without admonitions, details, tabs and HTML containers: a block that lost its admonition still fits.</summary>
    /// <remarks>Built from the parent's, like <see cref="Shape"/>: a LINQ join per path was 16 MB of iterators on a 31-language check.</remarks>
    public string ShapeWithoutRegions => Rare.ShapeWithoutRegions ??= _parent is null
        ? string.Join('>', Segments.Where(x => !IsRegionKind(x.Kind)).Select(x => x.Kind))
        : IsRegionKind(Segments[^1].Kind) ? _parent.ShapeWithoutRegions
        : _parent.ShapeWithoutRegions.Length == 0 ? Segments[^1].Kind
        : $"{_parent.ShapeWithoutRegions}>{Segments[^1].Kind}";

    /// <summary>
    /// <see cref="Shape"/> (or <see cref="ShapeWithoutRegions"/>) equals <paramref name="other"/>'s, compared by the
    /// segments' kinds without building either string: no kind holds a '>', so the joined strings are equal exactly
    /// when the kinds are.
    /// </summary>
    internal bool SameShape(ContainerPath other, bool withoutRegions)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        ReadOnlySpan<PathSegment> a = _segments, b = other._segments;
        int i = 0, j = 0;
        while (true)
        {
            while (withoutRegions && i < a.Length && IsRegionKind(a[i].Kind))
            {
                i++;
            }

            while (withoutRegions && j < b.Length && IsRegionKind(b[j].Kind))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (!string.Equals(a[i++].Kind, b[j++].Kind, StringComparison.Ordinal))
            {
                return false;
            }
        }
    }

    internal static bool IsRegionKind(string kind) => kind is "admonition" or "details" or "tab" or "html" or "figure" or "block";
    private string? _key;

    /// <summary>The path without ordinals and qualifiers: what must match for two units to align well.</summary>
    public string Shape => Rare.Shape ??= _parent is { Segments.Count: > 0 } parent ? $"{parent.Shape}>{Segments[^1].Kind}" : string.Join('>', Segments.Select(s => s.Kind));

    /// <summary>A compact, stable key used in unit ids: <c>admonition.warning/list/item3</c>.</summary>
    public string Key => _key ??= Segments.Count == 0 ? "page" : _parent is { Segments.Count: > 0 } parent ? $"{parent.Key}/{KeyOf(Segments[^1])}" : string.Join('/', Segments.Select(KeyOf));

    // The parent's key (computed once, shared by its children) and this segment's part: not the whole path again per unit.
    private static string KeyOf(PathSegment s) => s.Ordinal > 0 ? $"{s.Kind}{s.Ordinal}" : s.Qualifier is { } q && s.Kind is not "tab" ? $"{s.Kind}.{q}" : s.Kind;

    /// <summary>Containers that mark up a region (admonitions, details, tabs), innermost last.</summary>
    public IReadOnlyList<PathSegment> Regions => RegionArray;

    // Built from the parent's, and the parent's array itself when the last step is no region (never written after).
    private PathSegment[] RegionArray => _regions ??= _parent is null
        ? [.. Segments.Where(s => IsMarkedRegion(s.Kind))]
        : IsMarkedRegion(Segments[^1].Kind) ? [.. _parent.RegionArray, Segments[^1]]
        : _parent.RegionArray;

    private static bool IsMarkedRegion(string kind) => kind is "admonition" or "details" or "tab" or "block";

    private PathSegment[]? _regions;

    public override string ToString() => Rare.Text ??= Format();

    private string Format()
    {
        if (Segments.Count == 0)
        {
            return "page";
        }

        var sb = new StringBuilder();
        foreach (var s in Segments)
        {
            if (sb.Length > 0)
            {
                sb.Append(" > ");
            }

            sb.Append(s);
        }

        return sb.ToString();
    }

    public bool Equals(ContainerPath? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => Equals(obj as ContainerPath);

    public override int GetHashCode() => ToString().GetHashCode(StringComparison.Ordinal);
}
