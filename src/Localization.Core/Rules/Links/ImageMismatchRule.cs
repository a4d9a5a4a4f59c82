using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Links;

/// <summary>LC102: an image of the English is missing, extra or shows another file in the translation.</summary>
public sealed class ImageMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC102", "image-mismatch", RuleCategory.Links, Severity.Error,
        "An image of the English block is missing from its translation, has another source, or became a link because the '!' before '[' was dropped.",
        "Keep '![alt](source)' with the same source; translate only the alt text.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        if (!context.Page.EitherHas(InvariantKind.Image))
        {
            return; // no image on either page: every pair has the same images (none)
        }

        foreach (var pair in context.Page.MarkupPairs)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (InvariantDiff.Same(source, target, InvariantKind.Image))
            {
                continue;
            }

            var (missing, extra) = InvariantDiff.Compare(source, target, InvariantKind.Image);
            if (missing.Count == 0 && extra.Count == 0)
            {
                continue;
            }

            var damaged = SyntaxDamage.FindLinks(context.Page.Target.Text, target.Start, target.End);
            var changed = 0;
            foreach (var m in missing)
            {
                var sourceText = context.Page.Source.Excerpt(m.Start, m.Start + m.Length);
                var asLink = target.Invariants.FirstOrDefault(i => i.Kind == InvariantKind.Link && i.Value == m.Value);
                var damage = damaged.FirstOrDefault(d => d.Destination == m.Value);
                if (asLink.Length > 0)
                {
                    context.Report(Descriptor, asLink.Start, asLink.Start + asLink.Length,
                        $"image {m.Value} became a link: the '!' before '[' was dropped",
                        source: source, sourceText: sourceText, targetText: context.Page.Target.Excerpt(asLink.Start, asLink.Start + asLink.Length), detail: "bang " + m.Value, target: target);
                }
                else if (damage is not null)
                {
                    context.Report(Descriptor, damage.Start, damage.End,
                        $"image {m.Value} is broken: {damage.What}",
                        source: source, sourceText: sourceText, targetText: context.Page.Target.Excerpt(damage.Start, damage.End), detail: "damaged " + m.Value, target: target);
                }
                else if (changed < extra.Count)
                {
                    var e = extra[changed++];
                    context.Report(Descriptor, e.Start, e.Start + e.Length,
                        $"image source changed from {m.Value} to {e.Value}",
                        source: source, sourceText: sourceText, targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length), detail: $"changed {m.Value} {e.Value}", target: target);
                }
                else
                {
                    context.Report(Descriptor, target.Start, target.End, $"image {m.Value} is missing from the translation",
                        source: source, sourceText: sourceText, targetText: context.TargetExcerpt(target), detail: "missing " + m.Value, target: target);
                }
            }

            foreach (var e in extra.Skip(changed))
            {
                context.Report(Descriptor, e.Start, e.Start + e.Length, $"image {e.Value} is not in the English block",
                    source: source, sourceText: context.SourceExcerpt(source), targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length), detail: "extra " + e.Value, target: target);
            }
        }
    }
}
