using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Text;

/// <summary>LC302: a translated block still contains English sentences next to translated ones.</summary>
public sealed class UntranslatedSentenceRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC302", "untranslated-sentence", RuleCategory.Text, Severity.Warning,
        "A block mixes translated sentences with sentences left in English; the finding points at the English sentence.",
        "Translate the English sentence at the reported column; the rest of the block is already translated.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <summary>A sentence that opens with a link or emphasis starts at its '[' or '**', not at the first letter.</summary>
    private static int OpeningMarkupStart(string text, int start, int unitStart)
    {
        while (start > unitStart && text[start - 1] is '[' or '*' or '_' or '~' or '=' or '`' or '"' or '“' or '(')
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// The fingerprint detail: the excerpt collapsed to 80 characters. An excerpt is collapsed already (single spaces,
    /// none at either end), so one shorter than 80 is its own collapse: collapsing it again made a copy of nearly every
    /// such finding's text (both collapses were half of this rule's own time beside its verdicts, AOT profile of site31).
    /// </summary>
    internal static string Detail(string excerpt) => excerpt.Length < DetailLength ? excerpt : TextExcerpt.Collapse(excerpt, DetailLength);

    private const int DetailLength = 80;

    public void Check(PageCheckContext context)
    {
        foreach (var pair in context.Page.Pairs)
        {
            if (pair.Target is not { } target)
            {
                continue;
            }

            var verdict = context.VerdictOf(target);
            if (!verdict.IsPartlyUntranslated)
            {
                continue;
            }

            foreach (var sentence in verdict.Untranslated)
            {
                var start = OpeningMarkupStart(context.Page.Target.Text, target.Prose.SourceStart(sentence.Range.Start), target.Start);
                var end = target.Prose.SourceEnd(sentence.Range.End - 1);
                var text = context.Page.Target.Excerpt(start, end);
                var sourceText = sentence.Source is { } s
                    ? context.Page.Source.Excerpt(s.Unit.Prose.SourceStart(s.Range.Start), s.Unit.Prose.SourceEnd(s.Range.End - 1))
                    : pair.Source is { } aligned ? context.SourceExcerpt(aligned) : null;
                context.Report(Descriptor, start, end,
                    $"sentence left in English: {UntranslatedMessages.Why(sentence, context)}",
                    source: sentence.Source?.Unit ?? pair.Source, sourceText: sourceText, targetText: text,
                    severity: sentence.IsLabel ? Severity.Info : null, detail: Detail(text), target: target,
                    sourceOffset: sentence.Source is { } so ? so.Unit.Prose.SourceStart(so.Range.Start) : null);
            }
        }
    }
}
