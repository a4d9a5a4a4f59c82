using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Rules.Drift;

/// <summary>
/// A fully translated prose unit (paragraph or list item) and its English, measured for content drift: the
/// letters and digits of each (markup, code and URLs left out) and their sentences.
/// </summary>
internal sealed record DriftSample(TranslationUnit Source, TranslationUnit Target, int SourceLength, int TargetLength,
    IReadOnlyList<SentenceRange> SourceSentences, IReadOnlyList<SentenceRange> TargetSentences)
{
    /// <summary>Below this many letters a unit says too little to measure a ratio on.</summary>
    internal const int MinimumLength = 40;

    /// <summary>Fewer measured units than this and the page has no typical ratio.</summary>
    private const int MinimumSamples = 5;

    public double Ratio => (double)TargetLength / SourceLength;

    /// <summary>The measurable units of a page: matched, prose, translated without English left in them (computed once per page for both drift rules).</summary>
    public static List<DriftSample> Of(PageCheckContext context) => context.Shared(Measure);

    /// <summary>The page's samples and their typical ratio; false when the page has too few to learn one.</summary>
    public static bool TryMeasure(PageCheckContext context, out List<DriftSample> samples, out double typical)
    {
        samples = Of(context);
        var ratio = TypicalRatio(samples);
        typical = ratio ?? 0;
        return ratio is not null;
    }

    private static List<DriftSample> Measure(PageCheckContext context)
    {
        var samples = new List<DriftSample>();
        var english = context.SourceIndex.Shared(static index => new EnglishDriftFacts(index.Page));
        var pairs = context.Page.Pairs;
        for (var k = 0; k < pairs.Count; k++)
        {
            if (pairs[k] is not { Source: { } source, Target: { } target }
                || source.Kind is not (UnitKind.Paragraph or UnitKind.ListItem) || target.Kind != source.Kind || !target.IsTranslatable
                || SplitThere(pairs, k))
            {
                continue;
            }

            var verdict = context.VerdictOf(target);
            if (verdict.Untranslated.Count > 0)
            {
                continue;
            }

            var measured = english.Of(source);
            if (measured.Letters < MinimumLength)
            {
                continue;
            }

            // (counted with the page's scripts when the profile read the unit)
            var letters = context.TargetProfile.LettersAndDigitsOf(target);
            samples.Add(new DriftSample(source, target, measured.Letters, letters >= 0 ? letters : Letters(target.Prose.Text),
                measured.Sentences, context.TargetProfile.SentencesOf(target)));
        }

        return samples;
    }

    /// <summary>
    /// A translated block next to a block of the translation that has no English: the translator split the
    /// paragraph (extra-block says so), so this unit holds only part of the translated text.
    /// </summary>
    private static bool SplitThere(IReadOnlyList<Alignment.AlignedPair> pairs, int k) =>
        (k + 1 < pairs.Count && pairs[k + 1] is { Source: null, Target.IsTranslatable: true })
        || (k > 0 && pairs[k - 1] is { Source: null, Target.IsTranslatable: true });

    /// <summary>
    /// True when the translation has as many sentences as the English (two or more) and each is about as short
    /// against its English as the others: a terse translation all through ("中間証明書を取得。"), not a sentence
    /// the English extended, which leaves that one sentence much shorter than the rest.
    /// </summary>
    public bool EvenlyConcise()
    {
        if (SourceSentences.Count < 2 || SourceSentences.Count != TargetSentences.Count)
        {
            return false;
        }

        double lowest = double.MaxValue, highest = 0;
        for (var i = 0; i < SourceSentences.Count; i++)
        {
            var english = Letters(Source.Prose.Text.AsSpan(SourceSentences[i].Start, SourceSentences[i].Length));
            var translated = Letters(Target.Prose.Text.AsSpan(TargetSentences[i].Start, TargetSentences[i].Length));
            if (english == 0)
            {
                return false;
            }

            var ratio = (double)translated / english;
            (lowest, highest) = (Math.Min(lowest, ratio), Math.Max(highest, ratio));
        }

        return lowest >= highest * EvenShare;
    }

    /// <summary>Sentence ratios within this share of each other are even.</summary>
    private const double EvenShare = 0.6;

    /// <summary>The page's own typical translation/source length ratio (the median), or null with too few units.</summary>
    private static double? TypicalRatio(List<DriftSample> samples)
    {
        if (samples.Count < MinimumSamples)
        {
            return null;
        }

        var ratios = new double[samples.Count];
        for (var i = 0; i < ratios.Length; i++)
        {
            ratios[i] = samples[i].Ratio;
        }

        Array.Sort(ratios);
        var mid = ratios.Length / 2;
        return ratios.Length % 2 == 1 ? ratios[mid] : (ratios[mid - 1] + ratios[mid]) / 2;
    }

    /// <summary>
    /// The English sentences the translation seems to lack. A sentence whose links or code the translation
    /// has is there; one whose links or code it lacks is missing. Without such anchors, the sentences past the
    /// English length the translated text accounts for at the page's typical ratio (English usually grows at
    /// the end of a paragraph).
    /// </summary>
    public List<SentenceRange> UncoveredSentences(double typicalRatio, int atLeast)
    {
        var kept = Target.Invariants.Where(Anchors).Select(i => i.Value).ToHashSet(StringComparer.Ordinal);
        var present = new List<SentenceRange>();
        var absent = new List<SentenceRange>();
        var unknown = new List<SentenceRange>();
        foreach (var sentence in SourceSentences)
        {
            var (from, to) = (Source.Prose.SourceStart(sentence.Start), Source.Prose.SourceEnd(Math.Max(sentence.Start, sentence.End - 1)));
            var anchors = Source.Invariants.Where(i => Anchors(i) && i.Start >= from && i.Start < to).ToList();
            (anchors.Count == 0 ? unknown : anchors.Any(a => kept.Contains(a.Value)) ? present : absent).Add(sentence);
        }

        var result = absent;
        if (result.Count < atLeast)
        {
            // The tail of the English beyond what the translated length accounts for.
            var covered = TargetLength / typicalRatio;
            var length = 0.0;
            foreach (var sentence in SourceSentences)
            {
                var letters = Letters(Source.Prose.Text.AsSpan(sentence.Start, sentence.Length));
                if (length + (letters / 2.0) > covered && unknown.Contains(sentence) && !result.Contains(sentence))
                {
                    result.Add(sentence);
                }

                length += letters;
            }

            for (var i = unknown.Count - 1; result.Count < atLeast && i >= 0; i--)
            {
                if (!result.Contains(unknown[i]))
                {
                    result.Add(unknown[i]);
                }
            }
        }

        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static bool Anchors(Invariant invariant) => invariant.Kind is InvariantKind.Link or InvariantKind.Code;

    public string SourceText(SentenceRange sentence) =>
        TextExcerpt.Collapse(Source.Prose.Text.AsSpan(sentence.Start, sentence.Length).ToString().Replace(ProseText.Atom.ToString(), "…", StringComparison.Ordinal).Trim(), 160);

    // Optimised from its first call: a loop over every character of every translated paragraph, which tier-0 code ran
    // for the first seconds of a run (the drift rules' first pass over a 31-language site took five times their steady state).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal static int Letters(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            n += char.IsLetterOrDigit(c) ? 1 : 0;
        }

        return n;
    }
}

/// <summary>
/// The English side of the drift samples (letters and sentences of a unit), measured once per English unit and
/// shared by every language: it was measured again for each of a site's 31 languages. Pages are checked on
/// several threads at once: a unit measured twice gives the same facts, the first published is kept.
/// </summary>
internal sealed class EnglishDriftFacts(PageModel page)
{
    private readonly EnglishUnitMeasure?[] _units = new EnglishUnitMeasure?[page.Units.Count];

    public EnglishUnitMeasure Of(TranslationUnit unit)
    {
        if (unit.Index >= _units.Length || !ReferenceEquals(page.Units[unit.Index], unit))
        {
            return Measure(unit);
        }

        return Volatile.Read(ref _units[unit.Index]) ?? (Interlocked.CompareExchange(ref _units[unit.Index], Measure(unit), null) ?? _units[unit.Index]!);
    }

    private static EnglishUnitMeasure Measure(TranslationUnit unit)
    {
        var letters = DriftSample.Letters(unit.Prose.Text);
        return new(letters, letters < DriftSample.MinimumLength ? [] : SentenceSegmenter.Split(unit.Prose)); // too short to be a sample: no sentences needed
    }
}

/// <summary>Letters and digits of an English unit (markup, code and URLs left out) and its sentences.</summary>
internal sealed record EnglishUnitMeasure(int Letters, IReadOnlyList<SentenceRange> Sentences);
