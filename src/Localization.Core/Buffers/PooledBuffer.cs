using System.Buffers;
using System.Runtime.CompilerServices;

namespace Localization.Core.Buffers;

/// <summary>
/// Items gathered in an array rented from <see cref="ArrayPool{T}.Shared"/>: grown by doubling (the kept items
/// copied, the smaller array handed back), handed back by <see cref="Dispose"/>. The walk, the line maps and the
/// page's links gather their items this way so that a page's growing arrays are the pool's, not new ones each
/// page (each such list was megabytes of a 31-language check).
/// </summary>
/// <remarks>
/// A mutable struct: keep it in a local or a field that is not readonly and pass it by <c>ref</c>; a copy would
/// hand the same array back twice. Arrays of a type that holds references are cleared up to the count before
/// they go back, so the pool keeps no page alive; arrays of plain values are not (nothing to keep alive).
/// </remarks>
internal struct PooledBuffer<T> : IDisposable
{
    /// <summary>The capacity the first growth rents at least (the pool's smallest size).</summary>
    private const int MinimumCapacity = 16;

    /// <summary>Null until the first growth (so a default buffer, a field never assigned, is an empty one).</summary>
    private T[]? _items;
    private int _count;

    /// <summary>A buffer with room for <paramref name="capacity"/> items rented at once (when the count is known roughly ahead).</summary>
    public PooledBuffer(int capacity) => _items = capacity > 0 ? ArrayPool<T>.Shared.Rent(capacity) : null;

    public readonly int Count => _count;

    /// <summary>The items gathered (valid until the next append, which may move them).</summary>
    public readonly Span<T> Span => new(_items, 0, _count);

    /// <summary>The item at <paramref name="index"/> (below <see cref="Count"/>).</summary>
    public readonly ref T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count)
            {
                ThrowIndex(index);
            }

            return ref _items![index];
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Append(T item)
    {
        var items = _items;
        var count = _count;
        if (items is not null && (uint)count < (uint)items.Length)
        {
            items[count] = item;
            _count = count + 1;
        }
        else
        {
            AppendGrown(item);
        }
    }

    public void Append(ReadOnlySpan<T> items)
    {
        if (_items is null || items.Length > _items.Length - _count)
        {
            Grow(_count + items.Length);
        }

        items.CopyTo(_items.AsSpan(_count));
        _count += items.Length;
    }

    /// <summary>The items in an exact array of their own (the shared empty one when there are none).</summary>
    public readonly T[] ToArray() => _count == 0 ? [] : Span.ToArray();

    /// <summary>Keeps the first <paramref name="count"/> items (at most <see cref="Count"/>); the array stays rented.</summary>
    public void Truncate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count < _count)
        {
            ClearReferences(_items.AsSpan(count, _count - count));
            _count = count;
        }
    }

    /// <summary>Empties the buffer and keeps its array for the next items.</summary>
    public void Clear() => Truncate(0);

    /// <summary>Hands the array back to the pool (once: the buffer is empty and rents anew if it is used again).</summary>
    public void Dispose()
    {
        var items = _items;
        if (items is not null)
        {
            ClearReferences(items.AsSpan(0, _count));
            _items = null;
            _count = 0;
            ArrayPool<T>.Shared.Return(items);
        }
    }

    // Out of line: the append the loops inline is the test and the store.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void AppendGrown(T item)
    {
        Grow(_count + 1);
        _items![_count++] = item;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(needed, Math.Max(MinimumCapacity, (_items?.Length ?? 0) * 2)));
        var kept = _items.AsSpan(0, _count);
        kept.CopyTo(larger);
        if (_items is not null)
        {
            ClearReferences(kept);
            ArrayPool<T>.Shared.Return(_items);
        }

        _items = larger;
    }

    private static void ClearReferences(Span<T> items)
    {
        if (RuntimeHelpers.IsReferenceOrContainsReferences<T>())
        {
            items.Clear();
        }
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowIndex(int index) => throw new ArgumentOutOfRangeException(nameof(index), index, "beyond the buffer's count");
}
