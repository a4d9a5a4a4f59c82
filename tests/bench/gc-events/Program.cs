// The collections of one in-process run of a program built by `dotnet build -c Release` (by default l10n; set
// GC_EVENTS_ASSEMBLY to another entry assembly, e.g. tests/Localization.ParseOnly's), read from the runtime's GC
// events: each collection's generation, reason and pause, then the run's allocated bytes, counts and total pause.
//   cd <site> && dotnet run -c Release --project <repo>/tests/bench/gc-events -- check --format json -o r.json --force --fail-on none
// Output goes to standard error. Reasons: 0 small allocation, 4 large allocation (the runtime's GCReason).
using System.Diagnostics.Tracing;
using System.Reflection;

var assembly = Environment.GetEnvironmentVariable("GC_EVENTS_ASSEMBLY")
    ?? Path.Combine(AppContext.BaseDirectory, "../../../../../../src/Localization.Cli/bin/Release/net10.0/l10n.dll");
using var listener = new GcListener();
var entry = Assembly.LoadFrom(Path.GetFullPath(assembly)).EntryPoint ?? throw new InvalidOperationException($"{assembly} has no entry point");
var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [args]);
Thread.Sleep(500); // the listener's events arrive on their own thread
foreach (var line in listener.Lines)
{
    Console.Error.WriteLine(line);
}

Console.Error.WriteLine($"allocated {GC.GetTotalAllocatedBytes() / 1048576} MB, collections {GC.CollectionCount(0)} (gen1 or gen2 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}), pauses {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
return result is int code ? code : 0;

/// <summary>Each collection's start (generation, reason) and its pause, from the runtime's own timestamps.</summary>
internal sealed class GcListener : EventListener
{
    private DateTime _start;
    private string _what = "";

    public System.Collections.Concurrent.ConcurrentQueue<string> Lines { get; } = new();

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Informational, (EventKeywords)0x1); // GC keyword
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCStart", StringComparison.Ordinal) == true)
        {
            _start = e.TimeStamp;
            _what = $"gc {Field(e, "Count")}: gen {Field(e, "Depth")}, reason {Field(e, "Reason")}";
        }
        else if (e.EventName?.StartsWith("GCEnd", StringComparison.Ordinal) == true)
        {
            _what = $"{_what}, pause {(e.TimeStamp - _start).TotalMilliseconds:F1} ms";
        }
        else if (e.EventName?.StartsWith("GCHeapStats", StringComparison.Ordinal) == true)
        {
            // What the collection kept: bytes promoted out of gen0 and gen1, and the sizes of gen1 and gen2 after it.
            Lines.Enqueue($"{_what}, promoted gen0 {Mb(e, "TotalPromotedSize0")} MB, gen1 {Mb(e, "TotalPromotedSize1")} MB; size gen1 {Mb(e, "GenerationSize1")} MB, gen2 {Mb(e, "GenerationSize2")} MB");
        }
    }

    private static string Mb(EventWrittenEventArgs e, string name) =>
        Field(e, name) is ulong bytes ? (bytes / 1048576.0).ToString("F1") : "?";

    private static object? Field(EventWrittenEventArgs e, string name) =>
        e.PayloadNames?.IndexOf(name) is int i and >= 0 ? e.Payload?[i] : null;
}
