using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>
/// LC331: a block of the translation whose English was removed: a paragraph or list item whose links and code
/// the English page has nowhere. The translation then says what the English
/// no longer says (a tool no longer recommended), so the page is outdated, where an extra block that only
/// splits a paragraph is a matter of form (extra-block).
/// </summary>
public sealed class RemovedBlockRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC331", "removed-block", RuleCategory.Structure, Severity.Warning,
        "A paragraph, list item or table cell of the translation has no English any more: it has no counterpart, and its links and code appear nowhere in the English page. The English removed it after the translation was made (a tool no longer recommended, a step dropped), so the translation says what the English no longer says.",
        "Remove the block from the translation, as the English did (compare with the English page, or run l10n diff when the project has git history).");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        foreach (var pair in context.Page.Pairs)
        {
            if (pair is { Source: null, Target: { } target } && IsRemoved(context, target))
            {
                context.Report(Descriptor, target.Start, target.End,
                    $"{target.Kind.DisplayName()} has no counterpart in the English, and its links and code are nowhere in it ({context.SourceFile}): the English removed it, it seems",
                    targetText: context.TargetExcerpt(target), detail: "removed", target: target);
            }
        }
    }

    /// <summary>An unmatched translated block that is left over from an older English (not one the English moved).</summary>
    internal static bool IsRemoved(PageCheckContext context, TranslationUnit target)
    {
        if (!target.IsTranslatable || context.Page.MovedSourceOf(target) is not null)
        {
            return false;
        }

        // Without links or code an unmatched block may as well be the translator's (a paragraph split in two,
        // a dash made a list item): extra-block's finding.
        var anchors = target.Invariants.Where(i => i.Kind is InvariantKind.Link or InvariantKind.Code).ToList();
        if (anchors.Count == 0 || target.Kind is not (UnitKind.Paragraph or UnitKind.ListItem or UnitKind.TableCell))
        {
            return false;
        }

        var english = context.Shared(EnglishAnchors.Of).Values;
        return anchors.All(a => !english.Contains(a.Value) && !(a.Kind == InvariantKind.Link && IsLocalizedEnglishLink(context, english, a.Value)));
    }

    /// <summary>A link the localised-link rules make of an English one (Hugo's <c>/ko/docs/x/</c> for <c>/docs/x/</c>) is still the English's.</summary>
    private static bool IsLocalizedEnglishLink(PageCheckContext context, HashSet<string> english, string link) =>
        context.LocalizedLinks.Rules.Count > 0 && english.Any(e => context.LocalizedLinks.Accepts(e, link, context.Language));

    /// <summary>The links and inline code of the whole English page, computed once per page.</summary>
    private sealed record EnglishAnchors(HashSet<string> Values)
    {
        public static EnglishAnchors Of(PageCheckContext context) => new(context.Page.Source.Units
            .SelectMany(u => u.Invariants).Where(i => i.Kind is InvariantKind.Link or InvariantKind.Code)
            .Select(i => i.Value).ToHashSet(StringComparer.Ordinal));
    }
}
