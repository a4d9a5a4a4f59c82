using System.Buffers;
using System.Text.Json;

namespace Localization.Core.Reports;

/// <summary>
/// Writes the items of a long JSON array rendered in blocks on every core, each block's bytes copied into the
/// report in order, byte for byte what writing them one by one gives: a whole site's findings array (133,000
/// findings, 115 MB) took 0.4 s of one thread after the last page was checked, the other core idle. Only a
/// few blocks are held at a time, so memory does not grow with the report.
/// </summary>
internal static class JsonItemBlocks
{
    /// <summary>
    /// Items per block: about 40 KB of a site's findings, so that no block (nor the report writer's buffer it is
    /// copied through) is a large-object allocation; those count towards a full collection, and one at the end of
    /// a run paused it for 0.2-0.3 s.
    /// </summary>
    public const int DefaultBlockSize = 48;

    private const int BlockBytes = 80 * 1024;

    /// <summary>
    /// Renders items [start, end) into the buffer as bytes and returns where they start in it: each item as the
    /// array's writer would write it after an item (separator, line break, indentation), the first without the separator.
    /// </summary>
    public delegate int RenderBlock(int start, int end, ArrayBufferWriter<byte> buffer);

    /// <summary>
    /// Writes <paramref name="items"/> as items of the array <paramref name="json"/> has just started, in order,
    /// rendered as bytes by <paramref name="render"/> (which must depend on nothing but its items).
    /// </summary>
    public static void Write<T>(Utf8JsonWriter json, JsonTextSink sink, IReadOnlyList<T> items, RenderBlock render, int blockSize = DefaultBlockSize, int parallelism = 0) =>
        Start(items, render, blockSize, parallelism).WriteTo(json, sink);

    /// <summary>
    /// Starts rendering the first blocks of <paramref name="items"/> on the pool, so that they render while the caller
    /// writes what comes before the array; <see cref="Blocks{T}.WriteTo"/> writes them all. The items must not change in between.
    /// </summary>
    public static Blocks<T> Start<T>(IReadOnlyList<T> items, RenderBlock render, int blockSize = DefaultBlockSize, int parallelism = 0) =>
        new(items, render, blockSize, parallelism > 0 ? parallelism : Environment.ProcessorCount);

    /// <summary>The blocks of one array: a few rendering on the pool, the rest started as each is written.</summary>
    internal sealed class Blocks<T>
    {
        private readonly IReadOnlyList<T> _items;
        private readonly RenderBlock _render;
        private readonly int _blockSize;
        private readonly bool _serial;
        private readonly int _window;
        private readonly Queue<(Task<int> Rendering, ArrayBufferWriter<byte> Buffer)> _pending;
        private readonly Stack<ArrayBufferWriter<byte>> _free;
        private int _next;

        public Blocks(IReadOnlyList<T> items, RenderBlock render, int blockSize, int parallelism)
        {
            (_items, _render, _blockSize) = (items, render, blockSize);
            _serial = parallelism < 2 || items.Count <= blockSize;

            // A few blocks per core in flight, and one more being copied out.
            _window = _serial ? 0 : (4 * parallelism) + 1;
            _pending = new(_window);
            _free = new(_window);
            while (_pending.Count < _window && _next < _items.Count)
            {
                StartNext();
            }
        }

        /// <summary>Writes every item, in order, after the ones <paramref name="json"/>'s array has.</summary>
        public void WriteTo(Utf8JsonWriter json, JsonTextSink sink)
        {
            if (_serial)
            {
                var buffer = new ArrayBufferWriter<byte>(BlockBytes);
                for (var start = 0; start < _items.Count; start += _blockSize)
                {
                    buffer.ResetWrittenCount();
                    var from = _render(start, start + Math.Min(_blockSize, _items.Count - start), buffer);
                    json.WriteRawValue(buffer.WrittenSpan[from..], skipInputValidation: true);
                    sink.Pass();
                }

                return;
            }

            while (_pending.TryDequeue(out var block))
            {
                // Blocked, not spinning: a spinning wait for the next block took a core from the threads rendering it
                // (the calling thread spun for 0.35 s of a site's report).
                if (!block.Rendering.IsCompleted)
                {
                    ((IAsyncResult)block.Rendering).AsyncWaitHandle.WaitOne();
                }

                var from = block.Rendering.GetAwaiter().GetResult();
                block.Rendering.Dispose();

                // Unvalidated raw JSON gets the list separator before it but no indentation: each block holds
                // its items' own line breaks and indentation, rendered at the array's depth.
                json.WriteRawValue(block.Buffer.WrittenSpan[from..], skipInputValidation: true);
                sink.Pass();
                _free.Push(block.Buffer);
                if (_next < _items.Count)
                {
                    StartNext();
                }
            }
        }

        /// <summary>
        /// Waits for the blocks still rendering when the report failed before or while they were written (a full disk,
        /// a closed pipe), so that none runs on unobserved after the writer has given up: the write's own failure is
        /// the one reported, a block's is only observed.
        /// </summary>
        public void Abandon()
        {
            while (_pending.TryDequeue(out var block))
            {
                ((IAsyncResult)block.Rendering).AsyncWaitHandle.WaitOne();
                _ = block.Rendering.Exception;
            }
        }

        private void StartNext()
        {
            var buffer = _free.Count > 0 ? _free.Pop() : new ArrayBufferWriter<byte>(BlockBytes);
            var (start, end) = (_next, Math.Min(_next + _blockSize, _items.Count));
            _next = end;
            buffer.ResetWrittenCount();
            var render = _render;
            _pending.Enqueue((Task.Run(() => render(start, end, buffer)), buffer));
        }
    }
}
