namespace Localization.Core.Alignment;

/// <summary>
/// The anchor keys of an English sequence of units sorted once (by key, then by occurrence), for the aligner to
/// walk beside each translation's sorted keys: the English page's flow is aligned with every language, and sorting
/// its keys again with each translation's was half the sorting of the aligner's anchors.
/// </summary>
internal sealed class SourceAnchors
{
    private SourceAnchors(ulong[] keys, int[] codes, int[] keyStarts, bool[] unique, long[] textKeys, int[] textUnits, UnitFacts[] units)
    {
        Keys = keys;
        Codes = codes;
        _keyStarts = keyStarts;
        _unique = unique;
        _textKeys = textKeys;
        _textUnits = textUnits;
        _units = units;
    }

    // For the in-order pass (PageAligner.TryInOrder), made with the keys once per English sequence: each unit's first
    // code, whether each code's key occurs once in the sequence, the units with words by their text key (sorted), and
    // what a translated unit holding its English unit's own features needs of it, so that it is not looked up.
    private readonly int[] _keyStarts;
    private readonly bool[] _unique;
    private readonly long[] _textKeys;
    private readonly int[] _textUnits;
    private readonly UnitFacts[] _units;

    [Flags]
    private enum UnitFacts : byte
    {
        None = 0,

        /// <summary>One of the unit's anchor keys occurs nowhere else in the sequence.</summary>
        UniqueKey = 1,

        /// <summary>The unit has words, and no other unit of the sequence has its text key.</summary>
        UniqueText = 2,
    }

    /// <summary>Every anchor key of the sequence, ascending.</summary>
    public ulong[] Keys { get; }

    /// <summary>Each key's occurrence: its place among the sequence's keys in unit and key order, ascending among equal keys.</summary>
    public int[] Codes { get; }

    public int Count => Keys.Length;

    /// <summary>True when the <paramref name="position"/>-th anchor key of unit <paramref name="unit"/> occurs nowhere else in the sequence.</summary>
    public bool IsUnique(int unit, int position) => _unique[_keyStarts[unit] + position];

    /// <summary>True when one of unit <paramref name="unit"/>'s anchor keys occurs nowhere else in the sequence.</summary>
    public bool HasUniqueKey(int unit) => (_units[unit] & UnitFacts.UniqueKey) != 0;

    /// <summary>True when unit <paramref name="unit"/> has words and no other unit of the sequence has its text key: no other can have its text.</summary>
    public bool HasUniqueText(int unit) => (_units[unit] & UnitFacts.UniqueText) != 0;

    /// <summary>True when some unit of the sequence has <paramref name="key"/> among its anchor keys.</summary>
    public bool Contains(ulong key) => Array.BinarySearch(Keys, key) >= 0;

    /// <summary>
    /// The units of the sequence with words whose <see cref="UnitFeatures.TextKey"/> is <paramref name="textKey"/>: the only
    /// ones whose text a unit with that key can have (see <see cref="UnitFeatures.SameText"/>).
    /// </summary>
    public ReadOnlySpan<int> UnitsWithTextKey(long textKey)
    {
        var first = Array.BinarySearch(_textKeys, textKey);
        if (first < 0)
        {
            return [];
        }

        var end = first + 1;
        while (first > 0 && _textKeys[first - 1] == textKey)
        {
            first--;
        }

        while (end < _textKeys.Length && _textKeys[end] == textKey)
        {
            end++;
        }

        return _textUnits.AsSpan(first, end - first);
    }

    public static SourceAnchors Of(UnitFeatures[] units)
    {
        var count = 0;
        var texts = 0;
        foreach (var u in units)
        {
            count += u.AnchorKeys.Length;
            texts += u.NormalizedLength > 0 ? 1 : 0;
        }

        var keys = new ulong[count];
        var codes = new int[count];
        var keyStarts = new int[units.Length];
        var textKeys = new long[texts];
        var textUnits = new int[texts];
        var q = 0;
        texts = 0;
        for (var k = 0; k < units.Length; k++)
        {
            var u = units[k];
            keyStarts[k] = q;
            foreach (var key in u.AnchorKeys)
            {
                (keys[q], codes[q]) = (key, q);
                q++;
            }

            if (u.NormalizedLength > 0)
            {
                (textKeys[texts], textUnits[texts]) = (UnitFeatures.TextKey(u.Class, u.FoldedLetters), k);
                texts++;
            }
        }

        SortRuns(keys, codes, count);
        var unique = new bool[count];
        for (var g = 0; g < count;)
        {
            var end = g + 1;
            while (end < count && keys[end] == keys[g])
            {
                end++;
            }

            unique[codes[g]] = end - g == 1;
            g = end;
        }

        Array.Sort(textKeys, textUnits);
        var facts = new UnitFacts[units.Length];
        for (var k = 0; k < units.Length; k++)
        {
            for (var p = 0; p < units[k].AnchorKeys.Length; p++)
            {
                if (unique[keyStarts[k] + p])
                {
                    facts[k] |= UnitFacts.UniqueKey;
                }
            }
        }

        for (var g = 0; g < textKeys.Length;)
        {
            var end = g + 1;
            while (end < textKeys.Length && textKeys[end] == textKeys[g])
            {
                end++;
            }

            if (end - g == 1)
            {
                facts[textUnits[g]] |= UnitFacts.UniqueText;
            }

            g = end;
        }

        return new SourceAnchors(keys, codes, keyStarts, unique, textKeys, textUnits, facts);
    }

    /// <summary>Sorts the first <paramref name="count"/> keys with their codes, and the codes of each run of equal keys ascending.</summary>
    public static void SortRuns(ulong[] keys, int[] codes, int count)
    {
        Array.Sort(keys, codes, 0, count);
        for (var g = 0; g < count;)
        {
            var end = g + 1;
            while (end < count && keys[end] == keys[g])
            {
                end++;
            }

            if (end - g > 1)
            {
                Array.Sort(codes, g, end - g);
            }

            g = end;
        }
    }
}

/// <summary>An English page's units as the aligner reads them, made once per English page and shared by every language.</summary>
/// <param name="Flow">The units in the page's flow.</param>
/// <param name="FloatingGroups">
/// Footnote and abbreviation definitions and string entries, by the group they pair in, with their features and
/// anchor keys, made once like the flow's (they were made again for every translation).
/// </param>
/// <param name="FlowFeatures">The flow's features.</param>
/// <param name="FlowAnchors">The flow's anchor keys, sorted.</param>
/// <param name="FlowSelfScores">Each flow unit's similarity with itself.</param>
internal sealed record EnglishSequences(
    List<Units.TranslationUnit> Flow,
    List<FloatingGroup> FloatingGroups,
    UnitFeatures[] FlowFeatures,
    SourceAnchors FlowAnchors,
    double[] FlowSelfScores);

/// <summary>The English floating units of one group (a footnote's, the abbreviations, a string entry's), in page order.</summary>
/// <param name="Key">The group.</param>
/// <param name="Units">Its units.</param>
/// <param name="Features">Their features.</param>
/// <param name="Anchors">Their sorted anchor keys.</param>
/// <param name="SelfScores">Each unit's similarity with itself.</param>
internal sealed record FloatingGroup(string Key, List<Units.TranslationUnit> Units, UnitFeatures[] Features, SourceAnchors Anchors, double[] SelfScores);
