using System.Text.RegularExpressions;
using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Links;

/// <summary>LC103: footnote references or definitions differ between the English and the translation.</summary>
public sealed partial class FootnoteMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC103", "footnote-mismatch", RuleCategory.Links, Severity.Error,
        "A footnote reference [^label] of the English block is missing or extra in its translation, or a footnote definition '[^label]: …' is missing or extra on the page.",
        "Keep every [^label] reference where the sentence it belongs to is, and keep every definition with the same label.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    [GeneratedRegex(@"[\[［]\s*[\^＾]\s*(?<label>[^\]］\s]+)\s*[\]］]", RegexOptions.CultureInvariant)]
    private static partial Regex LooseReference();

    public void Check(PageCheckContext context)
    {
        // No footnote reference on either page: every pair has the same references (none); the definitions follow.
        if (context.Page.EitherHas(InvariantKind.FootnoteReference))
        {
            CheckReferences(context);
        }

        if (context.Page.Source.FootnoteDefinitions.Count == 0 && context.Page.Target.FootnoteDefinitions.Count == 0)
        {
            return; // no definition on either page: none missing, none extra
        }

        var sourceLabels = context.Page.Source.FootnoteDefinitions.Select(d => d.Label).ToHashSet(StringComparer.Ordinal);
        var targetLabels = context.Page.Target.FootnoteDefinitions.Select(d => d.Label).ToHashSet(StringComparer.Ordinal);
        var endOfPage = context.Page.Target.Text.AsSpan().TrimEnd().Length;
        foreach (var d in context.Page.Source.FootnoteDefinitions.Where(d => !targetLabels.Contains(d.Label)))
        {
            var at = context.Page.Target.FootnoteDefinitions.Count > 0 ? context.Page.Target.FootnoteDefinitions.Max(x => x.Start) : endOfPage;
            context.Report(Descriptor, at, at, $"footnote definition [^{d.Label}] of the English is missing from the translation",
                sourceOffset: d.Start, sourceText: context.Page.Source.Excerpt(d.Start, d.Start + 120), detail: "definition " + d.Label);
        }

        foreach (var d in context.Page.Target.FootnoteDefinitions.Where(d => !sourceLabels.Contains(d.Label)))
        {
            context.Report(Descriptor, d.Start, d.Start + d.Label.Length + 4, $"footnote definition [^{d.Label}] is not in the English",
                targetText: context.Page.Target.Excerpt(d.Start, d.Start + 120), detail: "extra definition " + d.Label);
        }
    }

    /// <summary>The footnote references of each matched pair.</summary>
    private static void CheckReferences(PageCheckContext context)
    {
        var definedInTarget = context.Page.Target.FootnoteDefinitions.Select(d => d.Label).ToHashSet(StringComparer.Ordinal);
        foreach (var pair in context.Page.MarkupPairs)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (InvariantDiff.Same(source, target, InvariantKind.FootnoteReference))
            {
                continue;
            }

            var (missing, extra) = InvariantDiff.Compare(source, target, InvariantKind.FootnoteReference);
            var raw = missing.Count > 0 ? context.Page.Target.Text[target.Start..target.End] : "";
            foreach (var m in missing)
            {
                var literal = raw.IndexOf($"[^{m.Value}]", StringComparison.Ordinal);
                if (literal >= 0 && !definedInTarget.Contains(m.Value))
                {
                    var at = target.Start + literal;
                    context.Report(Descriptor, at, at + m.Value.Length + 3,
                        $"footnote reference [^{m.Value}] has no definition in the translation, so it renders as text",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: "undefined " + m.Value, target: target);
                    continue;
                }

                var loose = LooseReference().Matches(raw).FirstOrDefault(x => x.Groups["label"].Value == m.Value && x.Value != $"[^{m.Value}]");
                if (loose is not null)
                {
                    var at = target.Start + loose.Index;
                    context.Report(Descriptor, at, at + loose.Length,
                        $"footnote reference [^{m.Value}] is damaged ('{loose.Value}'), so it renders as text",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: loose.Value, detail: "damaged " + m.Value, target: target);
                }
                else
                {
                    context.Report(Descriptor, target.Start, target.End, $"footnote reference [^{m.Value}] is missing from the translation",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: "missing " + m.Value, target: target);
                }
            }

            foreach (var e in extra)
            {
                context.Report(Descriptor, e.Start, e.Start + e.Length, $"footnote reference [^{e.Value}] is not in the English block",
                    source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), detail: "extra " + e.Value, target: target);
            }
        }
    }
}
