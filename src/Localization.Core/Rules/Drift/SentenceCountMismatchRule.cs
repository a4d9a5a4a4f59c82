using Localization.Core.Findings;

namespace Localization.Core.Rules.Drift;

/// <summary>
/// LC310: a translated paragraph or list item with fewer sentences than its English and shorter than the
/// page's translations typically are: the English grew after the translation. Both conditions, so that a
/// translator who joined two sentences into one is not told so.
/// </summary>
public sealed class SentenceCountMismatchRule : IRule
{
    /// <summary>Shorter than this share of the page's typical ratio counts as shorter.</summary>
    private const double Shortfall = 0.8;

    public static RuleDescriptor Descriptor { get; } = new(
        "LC310", "sentence-count-mismatch", RuleCategory.Text, Severity.Info,
        "A translated paragraph or list item has fewer sentences than its English and is shorter than this page's translations typically are: the English probably grew after it was translated (a block the translator split in two is not reported; 'etc.' before a capital ends a sentence). The message names the English sentences that seem to be missing.",
        "Compare the unit with its English and translate the sentences the English added (l10n diff shows what changed when the project has git history); if the translation only joined sentences, nothing is missing.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        if (!DriftSample.TryMeasure(context, out var samples, out var typical))
        {
            return;
        }

        foreach (var s in samples)
        {
            var (english, translated) = (s.SourceSentences.Count, s.TargetSentences.Count);
            if (english < 2 || translated >= english || s.Ratio >= typical * Shortfall)
            {
                continue;
            }

            var missing = s.UncoveredSentences(typical, english - translated);
            var names = string.Join(" ", missing.Select(m => $"\"{s.SourceText(m)}\""));
            var message = $"the translation has {translated} sentence{(translated == 1 ? "" : "s")} where the English ({context.SourceFile}:{s.Source.Line}) has {english}; " +
                $"missing, it seems: {names}";
            context.Report(Descriptor, s.Target.Start, s.Target.End, message, source: s.Source,
                sourceText: context.SourceExcerpt(s.Source), targetText: context.TargetExcerpt(s.Target),
                detail: $"{english}/{translated}");
        }
    }
}
