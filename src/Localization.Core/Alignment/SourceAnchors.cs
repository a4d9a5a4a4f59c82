namespace Localization.Core.Alignment;

/// <summary>
/// The anchor keys of an English sequence of units sorted once (by key, then by occurrence), for the aligner to
/// walk beside each translation's sorted keys: the English page's flow is aligned with every language, and sorting
/// its keys again with each translation's was half the sorting of the aligner's anchors.
/// </summary>
internal sealed class SourceAnchors
{
    private SourceAnchors(ulong[] keys, int[] codes)
    {
        Keys = keys;
        Codes = codes;
    }

    /// <summary>Every anchor key of the sequence, ascending.</summary>
    public ulong[] Keys { get; }

    /// <summary>Each key's occurrence: its place among the sequence's keys in unit and key order, ascending among equal keys.</summary>
    public int[] Codes { get; }

    public int Count => Keys.Length;

    public static SourceAnchors Of(UnitFeatures[] units)
    {
        var count = 0;
        foreach (var u in units)
        {
            count += u.AnchorKeys.Length;
        }

        var keys = new ulong[count];
        var codes = new int[count];
        var q = 0;
        foreach (var u in units)
        {
            foreach (var key in u.AnchorKeys)
            {
                (keys[q], codes[q]) = (key, q);
                q++;
            }
        }

        SortRuns(keys, codes, count);
        return new SourceAnchors(keys, codes);
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
