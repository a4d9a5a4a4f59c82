namespace Localization.Core.Checking;

/// <summary>
/// A value derived from one list that a record holds, kept beside the record's value: worked out once where it is
/// cheap (a page's findings on its own worker, still in the cache) instead of again in the run's serial tail. It is
/// only ever given back for the very list object it was derived from, so a record's copy with another list (a
/// filter's, a suppression's) derives its own. Every memo equals every other: a record holding one compares, hashes
/// and prints as it did without it.
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
        if (Volatile.Read(ref _entry) is { } known && ReferenceEquals(known.Of, of))
        {
            return known.Value;
        }

        var value = derive(of);
        Volatile.Write(ref _entry, new Entry(of, value));
        return value;
    }

    /// <summary>Gives <paramref name="value"/> as the value derived from <paramref name="of"/> (it must be what deriving it gives).</summary>
    public void Set(object of, TValue value) => Volatile.Write(ref _entry, new Entry(of, value));

    public override bool Equals(object? obj) => obj is ListMemo<TValue>;

    public override int GetHashCode() => 0;

    private sealed record Entry(object Of, TValue Value);
}
