using System.Text;
using SharpFuzz;

namespace Localization.Fuzz;

/// <summary>
/// Entry point of the fuzzing harness.
/// <code>
/// Localization.Fuzz page|check|config              # under afl-fuzz (SharpFuzz out-of-process runner)
/// Localization.Fuzz page|check|config FILE...      # replay inputs (a crash prints its stack trace, exit 1)
/// </code>
/// </summary>
public static class Program
{
    private static readonly Dictionary<string, Action<string>> Targets = new(StringComparer.Ordinal)
    {
        ["page"] = Harness.Page,
        ["check"] = Harness.Check,
        ["config"] = Harness.Config,
    };

    public static int Main(string[] args)
    {
        if (args.Length == 0 || !Targets.TryGetValue(args[0], out var target))
        {
            Console.Error.WriteLine("usage: Localization.Fuzz page|check|config [FILE...]");
            return 2;
        }

        if (args.Length > 1)
        {
            return Replay(target, args[1..]);
        }

        // FUZZ_SELFTEST=1: any input containing "crash" throws, to see that afl-fuzz records crashes at all.
        if (Environment.GetEnvironmentVariable("FUZZ_SELFTEST") == "1")
        {
            var real = target;
            target = text => real(text.Contains("crash", StringComparison.Ordinal) ? throw new InvalidOperationException("self-test crash") : text);
        }

        // Out of process: a stack overflow (uncatchable) restarts the child instead of ending the run.
        Fuzzer.OutOfProcess.Run(stream => target(Decode(stream)));
        return 0;
    }

    /// <summary>Bytes as the tool sees text: UTF-8, invalid sequences as U+FFFD (the harness tests parsing, not decoding).</summary>
    private static string Decode(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Lenient.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static readonly UTF8Encoding Lenient = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private static int Replay(Action<string> target, string[] files)
    {
        var crashes = 0;
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            var text = Decode(stream);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            try
            {
                target(text);
                Console.WriteLine($"ok    {watch.ElapsedMilliseconds,6} ms  {file}");
            }
            catch (Exception e)
            {
                crashes++;
                Console.WriteLine($"CRASH {watch.ElapsedMilliseconds,6} ms  {file}");
                Console.WriteLine(e);
            }
        }

        return crashes == 0 ? 0 : 1;
    }
}
