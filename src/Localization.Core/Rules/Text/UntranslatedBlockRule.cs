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
        SharedBlockFindings? blocks = null;
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
            var english = pair.Source ?? first.Source?.Unit;
            blocks ??= context.SourceIndex.Shared(static index => new SharedBlockFindings(index.Page.Units.Count));
            var shared = english is null ? null : blocks.Find(english, verdict, target.Kind, context.SourceFile);
            if (shared is null)
            {
                var isLabel = AllLabels(verdict.Untranslated);
                var (message, detail) = Message(first, isLabel, target.Kind, context);
                var sourceText = english is null ? null : context.SourceExcerpt(english);
                if (english is not null && sourceText is not null && context.SourceIndex.IsSharedVerdict(english, verdict))
                {
                    // The verdict every language shares: so are these parts of its finding.
                    shared = new SharedBlockFindings.Entry(verdict, english, target.Kind, context.SourceFile, message, detail, isLabel ? Severity.Info : Descriptor.DefaultSeverity, sourceText);
                    blocks.Keep(shared);
                }
                else
                {
                    context.Report(Descriptor, target.Start, target.End, message,
                        source: english, sourceText: sourceText, targetText: IsSameText(context, english, target) ? sourceText : context.TargetExcerpt(target),
                        severity: isLabel ? Severity.Info : null, detail: detail, target: target);
                    continue;
                }
            }

            if (IsSameText(context, shared.English, target))
            {
                context.ReportSame(Descriptor, target.Start, target.End, target, shared.English, shared.Message, shared.SourceText, shared.Severity, shared.Detail, ref shared.SameTextBody);
            }
            else
            {
                context.Report(Descriptor, target.Start, target.End, shared.Message,
                    source: shared.English, sourceText: shared.SourceText, targetText: context.TargetExcerpt(target),
                    severity: shared.Severity, detail: shared.Detail, target: target);
            }
        }
    }

    /// <summary>Every untranslated sentence is a label (indexed: a LINQ enumerator per finding was 4 MB of a site's run).</summary>
    private static bool AllLabels(IReadOnlyList<UntranslatedSentence> sentences)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!sentences[i].IsLabel)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The message and its fingerprint detail: the same for every language when the block is its English unchanged
    /// (nearly every finding of a site), so made once per English sentence, block kind and form.
    /// </summary>
    private static (string Message, string? Detail) Message(UntranslatedSentence first, bool isLabel, UnitKind kind, PageCheckContext context)
    {
        if (first is not { Reason: UntranslatedReason.SameAsSource, Source: { } english })
        {
            return (Compose(first, isLabel, kind, context), null);
        }

        var key = new MessageKey(english.Unit.Prose.SourceStart(english.Range.Start), kind, isLabel ? 1 : 0);
        if (context.English.TryGetMessage(context.SourceFile, english.Unit, key, out var text))
        {
            return (text.Message, text.Detail);
        }

        var message = Compose(first, isLabel, kind, context);
        text = context.English.AddMessage(context.SourceFile, english.Unit, key, new FindingText(message, FindingFingerprint.StableDetail(message)));
        return (text.Message, text.Detail);
    }

    private static string Compose(UntranslatedSentence first, bool isLabel, UnitKind kind, PageCheckContext context)
    {
        var why = UntranslatedMessages.Why(first, context);
        var what = kind.DisplayName();
        return isLabel ? $"{what} left in English ({why})" : $"{what} left in English: {why}";
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
