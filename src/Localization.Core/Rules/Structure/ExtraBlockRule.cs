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

    public void Check(PageCheckContext context)
    {
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
            context.Report(Descriptor, first.Start, last.End, message,
                targetText: context.Page.Target.Excerpt(first.Start, last.End), detail: string.Join(',', run.Select(u => u.Id)), target: first);
        }
    }

    /// <summary>A block the English moved (moved-block) or removed (removed-block): their finding, not ours.</summary>
    private static bool Elsewhere(PageCheckContext context, TranslationUnit unit) =>
        context.Page.MovedSourceOf(unit) is not null || RemovedBlockRule.IsRemoved(context, unit);
}
