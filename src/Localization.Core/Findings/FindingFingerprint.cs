using System.Runtime.InteropServices;

namespace Localization.Core.Findings;

/// <summary>
/// A finding's identity across runs: rule, language, file, the unit's stable id and the detail, never
/// line numbers, so that editing unrelated lines above it does not make it a new finding. Two 64-bit
/// FNV-1a hashes with different offsets give 128 bits: collisions are negligible for the tens of
/// thousands of findings of a site, and it costs far less than a cryptographic hash.
/// </summary>
public static class FindingFingerprint
{
    public static string Compute(string rule, string language, string file, string? unitId, string detail)
    {
        var (a, b) = Start(rule, language, file, unitId);
        Mix(ref a, ref b, detail);
        return Finish(a, b);
    }

    /// <summary>
    /// The same as <see cref="Compute(string, string, string, string?, string)"/> with <see cref="StableDetail"/>(<paramref name="message"/>) as the detail,
    /// without building that string: a site's check reports a hundred thousand findings.
    /// </summary>
    public static string ComputeForMessage(string rule, string language, string file, string? unitId, string message) =>
        ComputeForMessage(Begin(rule, language, file), unitId, message);

    /// <summary>The hash of the parts every finding of one rule on one page shares, to go on from with <see cref="Compute(Prefix, string?, string)"/>.</summary>
    public static Prefix Begin(string rule, string language, string file)
    {
        var a = 14695981039346656037UL;
        var b = 0x6c62272e07bb0142UL;
        Mix(ref a, ref b, rule);
        Mix(ref a, ref b, language);
        Mix(ref a, ref b, file);
        return new Prefix(a, b);
    }

    /// <summary><see cref="Compute(string, string, string, string?, string)"/> from a <see cref="Begin"/> of its first three parts.</summary>
    public static string Compute(Prefix prefix, string? unitId, string detail) => Hash(prefix, unitId, detail).ToString();

    /// <summary><see cref="ComputeForMessage(string, string, string, string?, string)"/> from a <see cref="Begin"/> of its first three parts.</summary>
    public static string ComputeForMessage(Prefix prefix, string? unitId, string message) => HashForMessage(prefix, unitId, message).ToString();

    /// <summary><see cref="Compute(Prefix, string?, string)"/> as its hashes.</summary>
    internal static FingerprintHash Hash(Prefix prefix, string? unitId, string detail)
    {
        var (a, b) = (prefix.A, prefix.B);
        Mix(ref a, ref b, unitId);
        Mix(ref a, ref b, detail);
        return new FingerprintHash(a, b);
    }

    /// <summary><see cref="ComputeForMessage(Prefix, string?, string)"/> as its hashes.</summary>
    internal static FingerprintHash HashForMessage(Prefix prefix, string? unitId, string message)
    {
        var (a, b) = (prefix.A, prefix.B);
        Mix(ref a, ref b, unitId);
        for (var i = 0; i < message.Length;)
        {
            var end = LineReferenceEnd(message, i);
            if (end >= 0)
            {
                i = end;
                continue;
            }

            Mix(ref a, ref b, message[i++]);
        }

        EndPart(ref a, ref b);
        return new FingerprintHash(a, b);
    }

    private static (ulong A, ulong B) Start(string rule, string language, string file, string? unitId)
    {
        var (a, b) = Begin(rule, language, file);
        Mix(ref a, ref b, unitId);
        return (a, b);
    }

    /// <summary>The state of both hashes after some leading parts.</summary>
    public readonly record struct Prefix(ulong A, ulong B);

    private static void Mix(ref ulong a, ref ulong b, string? part)
    {
        // The state in locals, not behind the refs: the loop then keeps it in registers (a fifth of the cost of
        // a finding was this loop reading and writing both hashes through memory for every character).
        var (x, y) = (a, b);
        foreach (var c in (part ?? "").AsSpan())
        {
            x = (x ^ c) * Prime;
            y = (y ^ c) * Prime;
            y ^= y >> 29;
        }

        a = (x ^ 0x1f) * Prime;
        b = (y ^ 0x1f) * Prime;
    }

    private const ulong Prime = 1099511628211UL;

    private static void Mix(ref ulong a, ref ulong b, char c)
    {
        a = (a ^ c) * 1099511628211UL;
        b = (b ^ c) * 1099511628211UL;
        b ^= b >> 29;
    }

    private static void EndPart(ref ulong a, ref ulong b)
    {
        a = (a ^ 0x1f) * 1099511628211UL;
        b = (b ^ 0x1f) * 1099511628211UL;
    }

    /// <summary>Both hashes as 32 lower-case hex digits (what "x16" formats, without parsing a format string per finding).</summary>
    private static string Finish(ulong a, ulong b) => new FingerprintHash(a, b).ToString();

    /// <summary>
    /// A message as a fingerprint's detail: without its line references ("the English of docs/x.md:23",
    /// "at line 12"), which move when lines are inserted above while the finding stays the same.
    /// Removes what <c>(?&lt;=\.[A-Za-z0-9]{1,8}):\d+(?::\d+)?|\blines? \d+(?:[-–]\d+)?</c> matches, scanned by
    /// hand: every untranslated-block finding names its English file and line, and the regex engine's
    /// lookbehind made this a tenth of a whole site's check.
    /// </summary>
    public static string StableDetail(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var i = 0;
        while (i < message.Length && LineReferenceEnd(message, i) < 0)
        {
            i++;
        }

        if (i == message.Length)
        {
            return message;
        }

        char[]? rented = null;
        var stable = message.Length <= 512 ? stackalloc char[message.Length] : (rented = System.Buffers.ArrayPool<char>.Shared.Rent(message.Length));
        message.AsSpan(0, i).CopyTo(stable);
        var length = i;
        while (i < message.Length)
        {
            var end = LineReferenceEnd(message, i);
            if (end < 0)
            {
                stable[length++] = message[i++];
            }
            else
            {
                i = end;
            }
        }

        var result = new string(stable[..length]);
        if (rented is not null)
        {
            System.Buffers.ArrayPool<char>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>Where a line reference starting at <paramref name="i"/> ends, or -1 when none starts there.</summary>
    private static int LineReferenceEnd(string s, int i) => s[i] switch
    {
        ':' when AfterFileExtension(s, i) => ColumnsEnd(s, i + 1),
        'l' when (i == 0 || !IsBoundaryWordChar(s[i - 1])) && string.CompareOrdinal(s, i, "line", 0, 4) == 0 => LinesEnd(s, i + 4),
        _ => -1,
    };

    private static int ColumnsEnd(string s, int i)
    {
        var end = Digits(s, i);
        return end > 0 && end < s.Length && s[end] == ':' && Digits(s, end + 1) is var more and > 0 ? more : end;
    }

    private static int LinesEnd(string s, int i)
    {
        if (i < s.Length && s[i] == 's')
        {
            i++;
        }

        if (i >= s.Length || s[i] != ' ' || Digits(s, i + 1) is not (var end and > 0))
        {
            return -1;
        }

        return end < s.Length && s[end] is '-' or '–' && Digits(s, end + 1) is var more and > 0 ? more : end;
    }

    /// <summary>The end of a run of one or more decimal digits starting at <paramref name="i"/>, or -1.</summary>
    private static int Digits(string s, int i)
    {
        var end = i;
        while (end < s.Length && char.IsDigit(s[end]))
        {
            end++;
        }

        return end > i ? end : -1;
    }

    /// <summary>Whether a '.' and one to eight ASCII letters or digits come just before <paramref name="i"/>.</summary>
    private static bool AfterFileExtension(string s, int i)
    {
        for (var k = 1; k <= 8 && i - k >= 0 && char.IsAsciiLetterOrDigit(s[i - k]); k++)
        {
            if (i - k - 1 >= 0 && s[i - k - 1] == '.')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word character as the regex engine's <c>\b</c> sees it.</summary>
    private static bool IsBoundaryWordChar(char c) =>
        c is '\u200D' or '\u200C' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.UppercaseLetter
            or System.Globalization.UnicodeCategory.LowercaseLetter or System.Globalization.UnicodeCategory.TitlecaseLetter
            or System.Globalization.UnicodeCategory.ModifierLetter or System.Globalization.UnicodeCategory.OtherLetter
            or System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.DecimalDigitNumber or System.Globalization.UnicodeCategory.ConnectorPunctuation;

    /// <summary>
    /// Makes the fingerprints of a report unique, in place: the second and later findings that share one
    /// (the same problem repeated in one unit, such as three identical links changed) get the occurrence
    /// number mixed in. Stable across runs because the report order is deterministic.
    /// </summary>
    public static void MakeUnique(List<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        foreach (var (index, unique) in Repeated(findings))
        {
            findings[index] = unique;
        }
    }

    /// <summary>
    /// What <see cref="MakeUnique"/> changes, without changing it: each finding whose fingerprint an earlier one has,
    /// with its index and the finding with the unique fingerprint, in index order. Only reads the list. This pass was
    /// ~40 ms of one thread after the last page of a site (133,000 findings), the other core idle, and the report's first
    /// byte waits for it (its disk writes then take longer than rendering it). The hashes are read from the findings
    /// on <paramref name="parallelism"/> threads, each a range of them, into one array; then they are counted in order in
    /// one open-addressed table, the slot of each hash a few findings ahead asked of memory before it is needed. Counting
    /// in dictionaries (two or three cache misses per finding, and the record struct's hashing) was most of the pass:
    /// split over two threads by table it was no faster.
    /// </summary>
    internal static unsafe List<(int Index, Finding Unique)> Repeated(IReadOnlyList<Finding> findings, int parallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var count = findings.Count;
        if (count > 1 << 29)
        {
            return Counted(findings); // twice the count would not fit the table's int size
        }

        // In native memory (2 MB for a site): allocated on the collector's heap right after the last page, these
        // arrays were followed by collections in the run's tail that the version without them did not have.
        var hashes = (nint)NativeMemory.Alloc((nuint)count, (nuint)sizeof(FingerprintHash));
        try
        {
            var chunks = (count + HashesPerChunk - 1) / HashesPerChunk;
            var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(parallelism, 1, Math.Max(1, chunks)) };
            var text = 0;
            Parallel.For(0, chunks, options, chunk =>
            {
                var start = chunk * HashesPerChunk;
                var read = new Span<FingerprintHash>((FingerprintHash*)hashes + start, Math.Min(HashesPerChunk, count - start));
                for (var k = 0; k < read.Length; k++)
                {
                    if (!findings[start + k].TryGetFingerprintHash(out read[k]))
                    {
                        Volatile.Write(ref text, 1);
                    }
                }
            });

            // A fingerprint given as other text (a test's, a hand-written one; never a page's): counted in dictionaries.
            return text != 0 ? Counted(findings) : CountedInOrder(findings, (FingerprintHash*)hashes, count);
        }
        finally
        {
            NativeMemory.Free((void*)hashes);
        }
    }

    /// <summary>
    /// The repeated findings of <paramref name="count"/> hashes counted in order: exactly what counting them in
    /// dictionaries gives (each occurrence of a hash after its first is repeated, numbered by its occurrence).
    /// </summary>
    private static unsafe List<(int Index, Finding Unique)> CountedInOrder(IReadOnlyList<Finding> findings, FingerprintHash* hashes, int count)
    {
        // At most half full: short probes. Each slot is 8 bytes (the first finding with the hash, its count), not the
        // 24 of a hash and a count: the table is fresh native memory, and touching the pages of a 12 MB one was more
        // than half the pass (page faults, ~3,000 of them).
        var capacity = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, 2 * count));
        var mask = capacity - 1;
        var slots = (HashCount*)NativeMemory.AllocZeroed((nuint)capacity, (nuint)sizeof(HashCount));
        try
        {
            var repeated = new List<(int, Finding)>();
            for (var i = 0; i < count; i++)
            {
                if (i + SlotsAhead < count && System.Runtime.Intrinsics.X86.Sse.IsSupported)
                {
                    System.Runtime.Intrinsics.X86.Sse.Prefetch0(slots + SlotOf(hashes[i + SlotsAhead], mask));
                }

                var hash = hashes[i];
                var slot = SlotOf(hash, mask);
                while (slots[slot].First != 0 && hashes[slots[slot].First - 1] != hash)
                {
                    slot = (slot + 1) & mask;
                }

                if (slots[slot].First == 0)
                {
                    slots[slot].First = i + 1;
                }

                var occurrence = ++slots[slot].Count;
                if (occurrence > 1)
                {
                    repeated.Add((i, Occurrence(findings[i], occurrence)));
                }
            }

            return repeated;
        }
        finally
        {
            NativeMemory.Free(slots);
        }
    }

    /// <summary>How many findings ahead the slot of a hash is fetched: the processor waits for several at once.</summary>
    private const int SlotsAhead = 16;

    private static int SlotOf(FingerprintHash hash, int mask) => (int)(hash.B ^ (hash.A >> 31)) & mask;

    /// <summary>A hash's slot: the first finding with it (its index plus one; 0 for a free slot) and how many so far have it.</summary>
    private struct HashCount
    {
        public int First;
        public int Count;
    }

    /// <summary>Hashes read by one thread at a time while reading them.</summary>
    private const int HashesPerChunk = 4096;

    /// <summary>The <paramref name="count"/>th finding with <paramref name="f"/>'s fingerprint, with the occurrence mixed into it.</summary>
    private static Finding Occurrence(Finding f, int count) =>
        f with { Fingerprint = Compute(f.Rule, f.Language, f.File, f.Fingerprint, "occurrence " + count.ToString(System.Globalization.CultureInfo.InvariantCulture)) };

    /// <summary>The repeated findings, counted in dictionaries: the findings whose fingerprint is given as text among them.</summary>
    private static List<(int Index, Finding Unique)> Counted(IReadOnlyList<Finding> findings)
    {
        // A fingerprint given as other text can never equal one written as hex digits: the two kinds are counted apart.
        var seen = new Dictionary<FingerprintHash, int>();
        var seenText = new Dictionary<string, int>(StringComparer.Ordinal);
        var repeated = new List<(int, Finding)>();
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            ref var count = ref f.TryGetFingerprintHash(out var hash)
                ? ref CollectionsMarshal.GetValueRefOrAddDefault(seen, hash, out _)
                : ref CollectionsMarshal.GetValueRefOrAddDefault(seenText, f.Fingerprint, out _);
            count++;
            if (count > 1)
            {
                repeated.Add((i, Occurrence(f, count)));
            }
        }

        return repeated;
    }
}
