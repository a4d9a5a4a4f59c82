using System.Numerics;

namespace Localization.Core.Text;

/// <summary>
/// Two bits per word hash (<see cref="WordSet.Hash"/>) in about sixteen bits per word: a hash that was never added is
/// nearly always told by two reads of a small array (about one in seventy gets through), one that was always gets
/// through. Put before a set whose answer is mostly no, the set is asked only for what may be in it.
/// </summary>
public sealed class TwoBitFilter
{
    private readonly ulong[] _bits;
    private readonly int _shift;

    /// <param name="count">How many hashes will be added.</param>
    public TwoBitFilter(int count)
    {
        var bits = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(64, count * 16));
        _bits = new ulong[bits >> 6];
        _shift = 32 - BitOperations.Log2((uint)bits);
    }

    public void Add(int hash)
    {
        var (a, b) = Bits(hash);
        _bits[a >> 6] |= 1UL << a;
        _bits[b >> 6] |= 1UL << b;
    }

    /// <summary>False when <paramref name="hash"/> was surely never added.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(int hash)
    {
        var (a, b) = Bits(hash);
        return (_bits[a >> 6] & (1UL << a)) != 0 && (_bits[b >> 6] & (1UL << b)) != 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private (int A, int B) Bits(int hash) =>
        ((int)(((uint)hash * 0x9E3779B1u) >> _shift), (int)(((uint)hash * 0x85EBCA77u) >> _shift));
}
