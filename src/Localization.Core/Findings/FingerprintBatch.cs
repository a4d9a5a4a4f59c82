using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Localization.Core.Findings;

/// <summary>
/// The fingerprints of a page's findings hashed three at a time. Each hash is a chain of multiplications, one per
/// character, each waiting for the one before: one finding at a time the processor's multipliers idled most of
/// the time (<c>FindingFingerprint.Mix</c> was 3.1% of the all-English site's Native AOT check, 230,000 findings,
/// and 1.4% of the 31-language site's). Three independent chains advanced in lockstep keep them busy. The hashes are
/// exactly <see cref="FindingFingerprint.Hash"/>'s: a fingerprint never changes with how it was computed.
/// </summary>
internal sealed class FingerprintBatch
{
    private const ulong Prime = 1099511628211UL;
    private const int Lanes = 3;

    private readonly Pending[] _waiting = new Pending[Lanes];
    private int _count;

    /// <summary>Findings waiting for their fingerprint (fewer than three: each third one hashes them).</summary>
    public int Count => _count;

    /// <summary>
    /// A finding whose fingerprint is <see cref="FindingFingerprint.Hash"/>(<paramref name="prefix"/>, <paramref name="unitId"/>,
    /// <paramref name="detail"/>): set when two more are added, or by <see cref="Complete"/>. Three at a time, not a list of
    /// the page's findings hashed at its end: that list (40 bytes a finding, copied as it grew) would be allocated for
    /// every page of a site again.
    /// </summary>
    public void Add(Finding finding, FindingFingerprint.Prefix prefix, string? unitId, string detail)
    {
        _waiting[_count++] = new Pending(finding, prefix, unitId ?? "", detail);
        if (_count == Lanes)
        {
            Complete();
        }
    }

    /// <summary>Gives every finding added its fingerprint.</summary>
    public void Complete()
    {
        Span<FingerprintHash> hashes = stackalloc FingerprintHash[Lanes];
        Hash(_waiting.AsSpan(0, _count), hashes[.._count]);
        for (var i = 0; i < _count; i++)
        {
            _waiting[i].Finding.SetFingerprintHash(hashes[i]);
            _waiting[i] = default;
        }

        _count = 0;
    }

    /// <summary>The hashes of <paramref name="items"/>, three chains at a time while three are left, then one by one.</summary>
    internal static void Hash(ReadOnlySpan<Pending> items, Span<FingerprintHash> hashes)
    {
        var i = 0;
        for (; i + Lanes <= items.Length; i += Lanes)
        {
            Hash3(items.Slice(i, Lanes), hashes.Slice(i, Lanes));
        }

        for (; i < items.Length; i++)
        {
            hashes[i] = FindingFingerprint.Hash(items[i].Prefix, items[i].UnitId, items[i].Detail);
        }
    }

    /// <summary>
    /// Three hashes: each chain is its unit id, an end mark, its detail and an end mark (see FindingFingerprint.Mix);
    /// the three advance together over as many characters as the shortest part left has, then each part that ended
    /// gets its end mark and the chain goes on with its next part. Three, not four: four chains' twelve values did
    /// not fit the processor's registers, and one chain's state went through memory on every character (on the
    /// all-English site four chains took 56 samples, three 51; one at a time 67-71).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Hash3(ReadOnlySpan<Pending> items, Span<FingerprintHash> hashes)
    {
        var (a0, b0, a1, b1, a2, b2) = (items[0].Prefix.A, items[0].Prefix.B, items[1].Prefix.A, items[1].Prefix.B, items[2].Prefix.A, items[2].Prefix.B);
        // Each chain's part being hashed (0: the unit id, 1: the detail, 2: done) and what is left of it.
        int p0 = 0, p1 = 0, p2 = 0;
        var s0 = items[0].UnitId.AsSpan();
        var s1 = items[1].UnitId.AsSpan();
        var s2 = items[2].UnitId.AsSpan();
        while (true)
        {
            // A finished chain goes on over a part of another one's text: its hash was taken when it finished.
            var n = int.MaxValue;
            var live = ReadOnlySpan<char>.Empty;
            if (p0 < 2) { n = Math.Min(n, s0.Length); live = s0; }
            if (p1 < 2) { n = Math.Min(n, s1.Length); live = s1; }
            if (p2 < 2) { n = Math.Min(n, s2.Length); live = s2; }
            if (n == int.MaxValue)
            {
                break;
            }

            Mix3(ref MemoryMarshal.GetReference(p0 < 2 ? s0 : live), ref MemoryMarshal.GetReference(p1 < 2 ? s1 : live), ref MemoryMarshal.GetReference(p2 < 2 ? s2 : live), n,
                ref a0, ref b0, ref a1, ref b1, ref a2, ref b2);
            Advance(items[0], ref p0, ref s0, n, ref a0, ref b0, ref hashes[0]);
            Advance(items[1], ref p1, ref s1, n, ref a1, ref b1, ref hashes[1]);
            Advance(items[2], ref p2, ref s2, n, ref a2, ref b2, ref hashes[2]);
        }
    }

    /// <summary><paramref name="n"/> characters of each of three texts into three chains, the state in locals (registers) throughout.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Mix3(ref char c0, ref char c1, ref char c2, int n, ref ulong ra0, ref ulong rb0, ref ulong ra1, ref ulong rb1, ref ulong ra2, ref ulong rb2)
    {
        var (a0, b0, a1, b1, a2, b2) = (ra0, rb0, ra1, rb1, ra2, rb2);
        for (var k = 0; k < n; k++)
        {
            ulong d0 = Unsafe.Add(ref c0, k), d1 = Unsafe.Add(ref c1, k), d2 = Unsafe.Add(ref c2, k);
            a0 = (a0 ^ d0) * Prime;
            b0 = (b0 ^ d0) * Prime;
            a1 = (a1 ^ d1) * Prime;
            b1 = (b1 ^ d1) * Prime;
            a2 = (a2 ^ d2) * Prime;
            b2 = (b2 ^ d2) * Prime;
            b0 ^= b0 >> 29;
            b1 ^= b1 >> 29;
            b2 ^= b2 >> 29;
        }

        (ra0, rb0, ra1, rb1, ra2, rb2) = (a0, b0, a1, b1, a2, b2);
    }

    /// <summary>
    /// After <paramref name="n"/> characters of a chain: once its part is all hashed, the part's end mark and the
    /// next part, or the chain's hash after its last part.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Advance(in Pending item, ref int part, ref ReadOnlySpan<char> left, int n, ref ulong a, ref ulong b, ref FingerprintHash hash)
    {
        if (part == 2)
        {
            return;
        }

        left = left[n..];
        if (!left.IsEmpty)
        {
            return;
        }

        a = (a ^ 0x1f) * Prime;
        b = (b ^ 0x1f) * Prime;
        part++;
        if (part == 1)
        {
            left = item.Detail.AsSpan();
        }
        else
        {
            hash = new FingerprintHash(a, b);
        }
    }

    /// <summary>A finding and what its fingerprint hashes.</summary>
    internal readonly record struct Pending(Finding Finding, FindingFingerprint.Prefix Prefix, string UnitId, string Detail);
}
