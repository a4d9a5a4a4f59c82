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
    public static void Write<T>(Utf8JsonWriter json, JsonTextSink sink, IReadOnlyList<T> items, RenderBlock render, int blockSize = DefaultBlockSize, int parallelism = 0)
    {
        parallelism = parallelism > 0 ? parallelism : Environment.ProcessorCount;
        if (parallelism < 2 || items.Count <= blockSize)
        {
            var buffer = new ArrayBufferWriter<byte>(BlockBytes);
            for (var start = 0; start < items.Count; start += blockSize)
            {
                buffer.ResetWrittenCount();
                var from = render(start, start + Math.Min(blockSize, items.Count - start), buffer);
                json.WriteRawValue(buffer.WrittenSpan[from..], skipInputValidation: true);
                sink.Pass();
            }

            return;
        }

        // A few blocks per core in flight, and one more being copied out.
        var window = (4 * parallelism) + 1;
        var pending = new Queue<(Task<int> Rendering, ArrayBufferWriter<byte> Buffer)>(window);
        var free = new Stack<ArrayBufferWriter<byte>>(window);
        var next = 0;
        void StartNext()
        {
            var buffer = free.Count > 0 ? free.Pop() : new ArrayBufferWriter<byte>(BlockBytes);
            var (start, end) = (next, Math.Min(next + blockSize, items.Count));
            next = end;
            buffer.ResetWrittenCount();
            pending.Enqueue((Task.Run(() => render(start, end, buffer)), buffer));
        }

        while (pending.Count < window && next < items.Count)
        {
            StartNext();
        }

        while (pending.TryDequeue(out var block))
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
            free.Push(block.Buffer);
            if (next < items.Count)
            {
                StartNext();
            }
        }
    }
}
