namespace Localization.Core.Units;

/// <summary>
/// The ids of a page's units, made when one is first asked for: a check needs the ids of the few units with
/// findings, and making every unit's id up front (its path key, a hash of its text, a dictionary of repeats) was
/// 57 MB and a tenth of reading the pages of a 31-language check. Made once for the whole page, because a
/// repeated id's number counts the repeats before it; two threads may make them at once, and both keep the first.
/// </summary>
/// <remarks>
/// It also holds the page's line map, which places its units when their line or column is asked (see
/// <see cref="TranslationUnit.Line"/>): every unit already holds its page's ids, so the map costs it no field.
/// </remarks>
internal sealed class UnitIds(IReadOnlyList<TranslationUnit> units, Markdown.LineMap lines)
{
    /// <summary>The page's line map.</summary>
    public Markdown.LineMap Lines => lines;

    /// <summary>The text hashes of an English page's units asked by its translations' units (0: not made yet).</summary>
    private uint[]? _hashes;

    /// <summary>
    /// <paramref name="unit"/>'s <see cref="TranslationUnit.OwnTextHash"/>, made once for the translations that take its
    /// reading (a race makes the same value twice; a text whose hash is 0 is hashed each time).
    /// </summary>
    public uint SharedTextHash(TranslationUnit unit)
    {
        var hashes = Volatile.Read(ref _hashes) ?? Interlocked.CompareExchange(ref _hashes, new uint[units.Count], null) ?? _hashes!;
        var index = unit.Index;
        if ((uint)index >= (uint)hashes.Length || !ReferenceEquals(units[index], unit))
        {
            return unit.OwnTextHash;
        }

        var hash = hashes[index];
        if (hash == 0)
        {
            hashes[index] = hash = unit.OwnTextHash;
        }

        return hash;
    }

    private string[]? _ids;

    // An English page's ids are asked by the workers checking its languages at once: the first array published is
    // every thread's, so that the findings of all languages hold the same id strings (and share one body).
    public string Of(int index) => (Volatile.Read(ref _ids) ?? Interlocked.CompareExchange(ref _ids, Make(units), null) ?? _ids!)[index];

    /// <summary>
    /// The id <see cref="Of"/> gives, made for this unit alone while the page's ids are not made: a translated page's
    /// extra blocks are most often the only units of it whose ids are asked, and making every id of the page for them
    /// (a string per unit and a dictionary) was most of extra-block's 0.5-1% of a 31-language check (AOT, perf). Its repeat
    /// number counts the units before it with the same path key, kind code and text hash, the three parts of a base id
    /// (a kind code has no '/' and the hash is 8 hex digits, so equal base ids are equal parts and the reverse).
    /// </summary>
    /// <remarks>
    /// Each call walks the units before this one, comparing their text hashes, each read once per page however many ids
    /// are made alone (a race reads one twice, and a hash of 0 is read each time, as <see cref="SharedTextHash"/> does).
    /// </remarks>
    public string Alone(int index)
    {
        if (Volatile.Read(ref _ids) is { } made)
        {
            return made[index];
        }

        var hashes = Volatile.Read(ref _aloneHashes) ?? Interlocked.CompareExchange(ref _aloneHashes, new uint[units.Count], null) ?? _aloneHashes!;
        var unit = units[index];
        var code = PageReader.KindCode(unit.Kind);
        var hash = HashOf(index);
        var n = 1;
        for (var k = 0; k < index; k++)
        {
            var other = units[k];
            if (string.Equals(PageReader.KindCode(other.Kind), code, StringComparison.Ordinal)
                && (ReferenceEquals(other.Path, unit.Path) || string.Equals(other.Path.Key, unit.Path.Key, StringComparison.Ordinal))
                && HashOf(k) == hash)
            {
                n++;
            }
        }

        return Numbered(BaseId(unit, hash), n);

        uint HashOf(int k)
        {
            var h = hashes[k];
            if (h == 0)
            {
                hashes[k] = h = units[k].TextHash;
            }

            return h;
        }
    }

    /// <summary>The units' <see cref="TranslationUnit.TextHash"/> as <see cref="Alone"/> read them (0: not read yet).</summary>
    private uint[]? _aloneHashes;

    private static string[] Make(IReadOnlyList<TranslationUnit> units)
    {
        var ids = new string[units.Count];
        var seen = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var k = 0; k < units.Count; k++)
        {
            var baseId = BaseId(units[k], units[k].TextHash);
            var n = seen.TryGetValue(baseId, out var count) ? count + 1 : 1;
            seen[baseId] = n;
            ids[k] = Numbered(baseId, n);
        }

        return ids;
    }

    private static string BaseId(TranslationUnit u, uint textHash) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{u.Path.Key}/{PageReader.KindCode(u.Kind)}-{textHash:x8}");

    private static string Numbered(string baseId, int n) => n == 1 ? baseId : $"{baseId}~{n}";
}
