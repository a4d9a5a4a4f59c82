using Localization.Core.Findings;

namespace Localization.Core.Rules.Drift;

/// <summary>
/// LC311: a translated paragraph or list item much shorter than the page's own typical translation/source
/// length ratio. The ratio is learned per page (so per language too: Korean, German and Japanese each get
/// theirs), which tells a lagging unit from a language that is simply terser.
/// </summary>
public sealed class LengthMismatchRule : IRule
{
    /// <summary>Below this share of the typical ratio a unit is much shorter.</summary>
    private const double Shortfall = 0.5;

    /// <summary>English shorter than this (letters) is too short for a ratio to mean anything.</summary>
    private const int MinimumSourceLength = 100;

    public static RuleDescriptor Descriptor { get; } = new(
        "LC311", "length-mismatch", RuleCategory.Text, Severity.Info,
        "A translated paragraph or list item is much shorter (under half) than this page's translations typically are relative to their English (the ratio is learned per page and language): English text was probably added after the translation, or left out. A translation as concise in each of its sentences as in the others, or a block the translator split in two, is not reported. The message shows the English text that seems to be missing.",
        "Compare the unit with its English and translate what is missing; if the translation is complete and only concise, nothing is to be done.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        if (!DriftSample.TryMeasure(context, out var samples, out var typical))
        {
            return;
        }

        foreach (var s in samples)
        {
            if (s.SourceLength < MinimumSourceLength || s.Ratio >= typical * Shortfall || s.EvenlyConcise())
            {
                continue;
            }

            var missing = s.UncoveredSentences(typical, 1);
            var text = string.Join(" ", missing.Select(s.SourceText));
            var message = $"the translation is {Percent(s.Ratio / typical)} of the length this page's translations typically have for English this long ({context.SourceFile}:{s.Source.Line}); " +
                $"missing, it seems: \"{text}\"";
            context.Report(Descriptor, s.Target.Start, s.Target.End, message, source: s.Source,
                sourceText: context.SourceExcerpt(s.Source), targetText: context.TargetExcerpt(s.Target));
        }
    }

    private static string Percent(double share) => ((int)Math.Round(share * 100)).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
}
