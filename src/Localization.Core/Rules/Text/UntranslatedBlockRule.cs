using Localization.Core.Analysis;
using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Text;

/// <summary>LC301: a whole translated block is still the English text.</summary>
public sealed class UntranslatedBlockRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC301", "untranslated-block", RuleCategory.Text, Severity.Warning,
        "A block of the translation (paragraph, list item, heading, title, table cell, front-matter value) is still entirely in English.",
        "Translate the block. Names, code, URLs and numbers never count as English; short UI labels and alt texts left in English are reported as info.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        // Unmatched translated blocks too: an English block the aligner could not pair is still English.
        foreach (var pair in context.Page.Pairs)
        {
            if (pair.Target is not { } target)
            {
                continue;
            }

            var verdict = context.VerdictOf(target);
            if (!verdict.IsFullyUntranslated)
            {
                continue;
            }

            var first = verdict.Untranslated[0];
            var isLabel = verdict.Untranslated.All(u => u.IsLabel);
            var why = UntranslatedMessages.Why(first, context);
            var what = target.Kind.DisplayName();
            var message = isLabel ? $"{what} left in English ({why})" : $"{what} left in English: {why}";
            var english = pair.Source ?? first.Source?.Unit;
            var sourceText = english is null ? null : context.SourceExcerpt(english);
            context.Report(Descriptor, target.Start, target.End, message,
                source: english, sourceText: sourceText, targetText: IsSameText(context, english, target) ? sourceText : context.TargetExcerpt(target),
                severity: isLabel ? Severity.Info : null, target: target);
        }
    }

    /// <summary>The block is its English character for character: one excerpt serves both.</summary>
    private static bool IsSameText(PageCheckContext context, TranslationUnit? english, TranslationUnit target) =>
        english is not null && english.Kind != UnitKind.StringEntry && target.Kind != UnitKind.StringEntry
        && context.Page.Source.Text.AsSpan(english.Start, english.End - english.Start).SequenceEqual(context.Page.Target.Text.AsSpan(target.Start, target.End - target.Start));
}

/// <summary>The explanations users of other tools ask for: why a sentence counts as untranslated.</summary>
internal static class UntranslatedMessages
{
    public static string Why(UntranslatedSentence sentence, PageCheckContext context) => sentence.Reason switch
    {
        UntranslatedReason.SameAsSource when sentence.Source is { } s =>
            $"it is the English of {context.SourceFile}:{LineOf(s, context)} unchanged",
        UntranslatedReason.SourceWording when sentence.Source is { } s =>
            $"it repeats the wording of the English at {context.SourceFile}:{LineOf(s, context)} ({sentence.SharedWords} of its {sentence.Words} words are the English words, beyond names and code)",
        UntranslatedReason.SourceWording =>
            $"{sentence.SharedWords} of its {sentence.Words} words are words of the English page {context.SourceFile}, beyond names and code",
        _ => $"Latin-script English in a page written in {context.TargetProfile.MainScript} script",
    };

    private static int LineOf(SourceSentence sentence, PageCheckContext context) =>
        context.Page.Source.Lines.Position(sentence.Unit.Prose.SourceStart(sentence.Range.Start)).Line;
}
