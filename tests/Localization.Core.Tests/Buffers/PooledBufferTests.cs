using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Localization.Core.Buffers;

namespace Localization.Core.Tests.Buffers;

/// <summary>
/// The growable buffer rented from the shared pool: its items survive growth in order, each array goes back to the
/// pool once, and an array of references goes back with none left in it. The arrays handed back are seen again by
/// renting from the shared pool of an element type only these tests use: on one thread the pool hands back the
/// array returned last first.
/// </summary>
public sealed class PooledBufferTests
{
    [Fact]
    public void Items_appended_one_by_one_survive_every_growth_in_order()
    {
        var buffer = new PooledBuffer<int>();
        try
        {
            for (var i = 0; i < 1_000; i++)
            {
                buffer.Append(i * 3);
            }

            Assert.Equal(1_000, buffer.Count);
            Assert.Equal(Enumerable.Range(0, 1_000).Select(i => i * 3), buffer.ToArray());
            Assert.Equal(999 * 3, buffer[999]);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    [Fact]
    public void Spans_appended_grow_the_buffer_to_what_they_need()
    {
        var buffer = new PooledBuffer<char>(4);
        try
        {
            buffer.Append("abc".AsSpan());
            buffer.Append(new string('x', 300).AsSpan());
            buffer.Append('!');
            Assert.Equal("abc" + new string('x', 300) + "!", new string(buffer.Span));
        }
        finally
        {
            buffer.Dispose();
        }
    }

    [Fact]
    public void An_empty_buffer_rents_nothing_and_gives_the_shared_empty_array()
    {
        var buffer = default(PooledBuffer<string>);
        Assert.Equal(0, buffer.Count);
        Assert.True(buffer.Span.IsEmpty);
        Assert.Same(Array.Empty<string>(), buffer.ToArray());
        buffer.Dispose();
        buffer.Append("again");
        Assert.Equal(["again"], buffer.ToArray());
        buffer.Dispose();
    }

    [Fact]
    public void The_indexer_refuses_an_index_at_or_past_the_count()
    {
        var buffer = new PooledBuffer<int>(16);
        buffer.Append(1);
        try
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => Read(ref buffer, 1));
            Assert.Throws<ArgumentOutOfRangeException>(() => Read(ref buffer, -1));
            buffer[0] = 5;
            Assert.Equal(5, Read(ref buffer, 0));
        }
        finally
        {
            buffer.Dispose();
        }

        static int Read(ref PooledBuffer<int> buffer, int index) => buffer[index];
    }

    [Fact]
    public void The_array_goes_back_to_the_pool_once_however_often_it_is_disposed()
    {
        var buffer = new PooledBuffer<OnceMarker>(16);
        buffer.Append(new OnceMarker());
        ref var rented = ref MemoryMarshal.GetReference(buffer.Span);
        buffer.Dispose();
        buffer.Dispose();

        var first = ArrayPool<OnceMarker>.Shared.Rent(16);
        var second = ArrayPool<OnceMarker>.Shared.Rent(16);
        Assert.True(Unsafe.AreSame(ref rented, ref first[0]), "the buffer's array is the pool's again");
        Assert.False(Unsafe.AreSame(ref rented, ref second[0]), "and it is there once");
        ArrayPool<OnceMarker>.Shared.Return(first);
        ArrayPool<OnceMarker>.Shared.Return(second);
    }

    [Fact]
    public void A_grown_buffer_hands_back_the_smaller_array_without_its_references()
    {
        var buffer = new PooledBuffer<GrowthMarker>(16);
        var items = Enumerable.Range(0, 17).Select(_ => new GrowthMarker()).ToArray();
        buffer.Append(items[0]);
        ref var smaller = ref MemoryMarshal.GetReference(buffer.Span);
        foreach (var item in items.AsSpan(1))
        {
            buffer.Append(item);
        }

        var back = ArrayPool<GrowthMarker>.Shared.Rent(16);
        try
        {
            Assert.True(Unsafe.AreSame(ref smaller, ref back[0]), "the smaller array went back when the buffer grew");
            Assert.All(back, Assert.Null);
            Assert.Equal(items, buffer.ToArray()); // the kept part copied into the larger array
        }
        finally
        {
            ArrayPool<GrowthMarker>.Shared.Return(back);
            buffer.Dispose();
        }
    }

    [Fact]
    public void A_disposed_buffer_leaves_no_reference_in_the_pool()
    {
        var buffer = new PooledBuffer<DisposeMarker>(16);
        buffer.Append(new DisposeMarker());
        buffer.Append(new DisposeMarker());
        ref var rented = ref MemoryMarshal.GetReference(buffer.Span);
        buffer.Dispose();

        var back = ArrayPool<DisposeMarker>.Shared.Rent(16);
        Assert.True(Unsafe.AreSame(ref rented, ref back[0]));
        Assert.All(back, Assert.Null);
        ArrayPool<DisposeMarker>.Shared.Return(back);
    }

    [Fact]
    public void Truncating_keeps_the_first_items_and_clears_the_references_after_them()
    {
        var buffer = new PooledBuffer<string>(16);
        try
        {
            buffer.Append("a");
            buffer.Append("b");
            buffer.Append("c");
            buffer.Truncate(1);
            Assert.Equal(["a"], buffer.ToArray());
            var rented = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetReference(buffer.Span), 3);
            Assert.Null(rented[1]);
            Assert.Null(rented[2]);

            buffer.Truncate(5); // more than the count: nothing changes
            Assert.Equal(1, buffer.Count);
            buffer.Clear();
            Assert.Equal(0, buffer.Count);
            Assert.Null(rented[0]);
            buffer.Append("d");
            Assert.Equal(["d"], buffer.ToArray());
        }
        finally
        {
            buffer.Dispose();
        }
    }

    // One element type per test that watches the pool: its shared pool is used by that test alone.
    private sealed class OnceMarker;

    private sealed class GrowthMarker;

    private sealed class DisposeMarker;
}
