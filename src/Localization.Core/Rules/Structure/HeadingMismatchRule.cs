using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>LC003: a translated heading has another level, or lost or changed its explicit id.</summary>
public sealed class HeadingMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC003", "heading-mismatch", RuleCategory.Structure, Severity.Warning,
        "A translated heading has a different level than the English heading, or its explicit '{ #id }' was dropped or changed (links to that anchor then break).",
        "Use the same number of '#' as the English and keep '{ #id }' exactly.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        if (!context.Page.SourceKinds.Has(UnitKind.Heading) || !context.Page.TargetKinds.Has(UnitKind.Heading))
        {
            return; // a pair of headings needs a heading on both pages
        }

        foreach (var pair in context.Page.MatchedPairs)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (source.Kind != UnitKind.Heading || target.Kind != UnitKind.Heading)
            {
                continue;
            }

            if (source.HeadingLevel != target.HeadingLevel)
            {
                context.Report(Descriptor, target.Start, target.End,
                    $"heading level {target.HeadingLevel} ({new string('#', target.HeadingLevel)}) should be {source.HeadingLevel} ({new string('#', source.HeadingLevel)}) as in the English",
                    source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: "level", target: target);
            }

            if (source.ExplicitId is { } id && target.ExplicitId != id)
            {
                context.Report(Descriptor, target.Start, target.End,
                    target.ExplicitId is null
                        ? $"heading lost its explicit id '{{ #{id} }}': links to #{id} break in this language"
                        : $"heading id '#{target.ExplicitId}' should be '#{id}' as in the English: links to #{id} break",
                    source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: "id " + id, target: target);
            }
        }
    }
}
