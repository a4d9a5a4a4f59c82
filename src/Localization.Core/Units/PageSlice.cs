namespace Localization.Core.Units;

/// <summary>A range of a page's text: an English block's source, looked up by its text (<see cref="PageSliceComparer"/>).</summary>
internal readonly record struct PageSlice(int Start, int Length);

/// <summary>Compares ranges of one page by their text, and a translated block's source with them (string hashing is randomised per process, so no page can be crafted to collide).</summary>
internal sealed class PageSliceComparer(string text) : IEqualityComparer<PageSlice>, IAlternateEqualityComparer<ReadOnlySpan<char>, PageSlice>
{
    public bool Equals(PageSlice x, PageSlice y) => text.AsSpan(x.Start, x.Length).SequenceEqual(text.AsSpan(y.Start, y.Length));

    public int GetHashCode(PageSlice obj) => string.GetHashCode(text.AsSpan(obj.Start, obj.Length));

    public bool Equals(ReadOnlySpan<char> alternate, PageSlice other) => alternate.SequenceEqual(text.AsSpan(other.Start, other.Length));

    public int GetHashCode(ReadOnlySpan<char> alternate) => string.GetHashCode(alternate);

    public PageSlice Create(ReadOnlySpan<char> alternate) => throw new NotSupportedException("blocks are added by their place in the English page");
}
