using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>LC002: blocks of the translation with no counterpart in the English page.</summary>
public sealed class ExtraBlockRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC002", "extra-block", RuleCategory.Structure, Severity.Warning,
        "Blocks of the translation have no counterpart in the English page: added by the translator, split from another block, or left over from an older English version.",
        "Remove the block, or merge it back into the block it was split from, so the page follows the English.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    /// <summary>
    /// How many of a page's extra blocks have their ids made unit by unit (<see cref="TranslationUnit.IdAlone"/>, each
    /// a walk over the units before it) rather than the page's ids all at once. The 31-language site's pages have one
    /// or two runs of extra blocks, of 1, 2, 4 or 30 blocks.
    /// </summary>
    private const int IdsAlone = 32;

    public void Check(PageCheckContext context)
    {
        var aloneLeft = IdsAlone;
        var pairs = context.Page.Pairs;
        for (var k = 0; k < pairs.Count; k++)
        {
            if (pairs[k] is not { Source: null, Target: { } first } || first.Kind == UnitKind.StringEntry) // extra-key's finding
            {
                continue;
            }

            if (Elsewhere(context, first))
            {
                continue;
            }

            var run = new List<TranslationUnit> { first };
            while (k + 1 < pairs.Count && pairs[k + 1] is { Source: null, Target: { Kind: not UnitKind.StringEntry } next } && !Elsewhere(context, next))
            {
                run.Add(next);
                k++;
            }

            if (run.Count == 1 && first.Kind == UnitKind.AdmonitionTitle)
            {
                // A title the English admonition leaves out: MkDocs shows the type's English name ("Note") there,
                // so translators name it in their language ('/// note | 참고'). Nothing is lost or added.
                continue;
            }

            var last = run[^1];
            var message = run.Count == 1
                ? $"{first.Kind.DisplayName()} has no counterpart in the English ({context.SourceFile})"
                : $"{run.Count} blocks have no counterpart in the English ({context.SourceFile})";
            // Only the reported units' ids: asking one unit's Id makes every id of the translated page.
            var alone = run.Count <= aloneLeft;
            aloneLeft -= alone ? run.Count : 0;
            var ids = new string[run.Count];
            for (var i = 0; i < ids.Length; i++)
            {
                ids[i] = alone ? run[i].IdAlone : run[i].Id;
            }

            context.Report(Descriptor, first.Start, last.End, message,
                targetText: context.Page.Target.Excerpt(first.Start, last.End), detail: string.Join(',', ids), target: first, unitId: ids[0]);
        }
    }

    /// <summary>A block the English moved (moved-block) or removed (removed-block): their finding, not ours.</summary>
    private static bool Elsewhere(PageCheckContext context, TranslationUnit unit) =>
        context.Page.MovedSourceOf(unit) is not null || RemovedBlockRule.IsRemoved(context, unit);
}
