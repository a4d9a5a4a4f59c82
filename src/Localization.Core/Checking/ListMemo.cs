namespace Localization.Core.Checking;

/// <summary>
/// A value derived from one list that a record holds, kept beside the record's value: worked out once where it is
/// cheap (a page's findings on its own worker, still in the cache) instead of again in the run's serial tail. It is
/// only ever given back for the very list object it was derived from, and only the first list's value is kept: a
/// record's copy (<c>with</c>) shares its memo, so a copy with another list (a filter's, a suppression's) derives its
/// own each time, as before, rather than replacing the original's value or keeping the copy's list alive through it.
/// Every memo equals every other: a record holding one compares, hashes and prints as it did without it.
/// </summary>
/// <typeparam name="TValue">The derived value; never changed once made.</typeparam>
internal sealed class ListMemo<TValue>
    where TValue : class
{
    private Entry? _entry;

    /// <summary>The value derived from <paramref name="of"/>, derived by <paramref name="derive"/> unless it is known for that list.</summary>
    public TValue Get<TList>(TList of, Func<TList, TValue> derive)
        where TList : class
    {
        var known = Volatile.Read(ref _entry);
        if (known is not null && ReferenceEquals(known.Of, of))
        {
            return known.Value;
        }

        var value = derive(of);
        if (known is null)
        {
            Interlocked.CompareExchange(ref _entry, new Entry(of, value), null);
        }

        return value;
    }

    /// <summary>Gives <paramref name="value"/> as the value derived from <paramref name="of"/> (it must be what deriving it gives), unless one is known.</summary>
    public void Set(object of, TValue value) => Interlocked.CompareExchange(ref _entry, new Entry(of, value), null);

    public override bool Equals(object? obj) => obj is ListMemo<TValue>;

    public override int GetHashCode() => 0;

    private sealed record Entry(object Of, TValue Value);
}
