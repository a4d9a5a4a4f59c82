using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>
/// LC330: a block the English moved since the translation (two swapped paragraphs): reported once, as info,
/// instead of a missing and an extra block. Nothing is lost, so the page stays up to date.
/// </summary>
public sealed class MovedBlockRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC330", "moved-block", RuleCategory.Structure, Severity.Info,
        "A block of the translation is at another place than its English: the English moved it (two paragraphs swapped, a list item reordered) after the translation was made. It is recognised by its links, code and numbers (or its text), so it is reported once here instead of as a missing and an extra block.",
        "Move the block to where the English has it, so the page follows the English order.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        var pairs = context.Page.Pairs;
        foreach (var move in context.Page.Moved)
        {
            var (source, target) = (move.Source!, move.Target!);
            var at = -1;
            for (var k = 0; k < pairs.Count && at < 0; k++)
            {
                at = ReferenceEquals(pairs[k].Source, source) ? k : -1;
            }

            // Where the English order puts it: the place a missing block would be inserted.
            var hint = at < 0 ? "" : context.Page.PlaceMissing(source, source, at).HintFor(1).Replace("insert it", "move it", StringComparison.Ordinal);
            context.Report(Descriptor, target.Start, target.End,
                $"{target.Kind.DisplayName()} moved: the English has it at {context.SourceFile}:{source.Line}, in another place than here{(hint.Length > 0 ? "; " + hint : "")}",
                source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: "moved", target: target);
        }
    }
}
