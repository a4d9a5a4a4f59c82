using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Markup;

/// <summary>LC201: inline code or a code block differs between the English and the translation.</summary>
public sealed class CodeMismatchRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC201", "code-mismatch", RuleCategory.Markup, Severity.Error,
        "Inline code (`…`) of the English block is changed in its translation (an error), missing from it (a warning: translators sometimes write a keyword out in words) or added by it (info: a term wrapped in code for clarity), or a code block's content or language differs (a warning; info when only its comments differ — '#', '//', '/* */', '<!-- -->' or '--' by the fence's language — or only the labels of a Mermaid diagram, since translators translate comments and labels on purpose).",
        "Copy inline code and code blocks exactly; translate only the prose around them.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        var page = context.Page;
        if (!page.EitherHas(InvariantKind.Code) && !(page.SourceKinds.Has(UnitKind.CodeBlock) && page.TargetKinds.Has(UnitKind.CodeBlock)))
        {
            return; // no inline code on either page and no code block on both: nothing to compare
        }

        foreach (var pair in context.Page.MarkupPairs)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (source.Kind == UnitKind.CodeBlock && target.Kind == UnitKind.CodeBlock)
            {
                if (source.Key == target.Key && Normalize(source.Verbatim) != Normalize(target.Verbatim)
                    && CodeComments.OnlyCommentsDiffer(source.Key, source.Verbatim ?? "", target.Verbatim ?? ""))
                {
                    context.Report(Descriptor, target.Start, target.End,
                        $"code block differs from the English only in its comments (translated comments are fine): {VerbatimDiff.Describe(source.Verbatim ?? "", target.Verbatim ?? "")}",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), severity: Severity.Info, detail: "comments", target: target);
                }
                else if (source.Key == target.Key && Normalize(source.Verbatim) != Normalize(target.Verbatim)
                    && DiagramLabels.OnlyLabelsDiffer(source.Key, source.Verbatim ?? "", target.Verbatim ?? ""))
                {
                    context.Report(Descriptor, target.Start, target.End,
                        $"diagram differs from the English only in its labels (translated labels are fine): {VerbatimDiff.Describe(source.Verbatim ?? "", target.Verbatim ?? "")}",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), severity: Severity.Info, detail: "labels", target: target);
                }
                else if (Normalize(source.Verbatim) != Normalize(target.Verbatim) || source.Key != target.Key)
                {
                    context.Report(Descriptor, target.Start, target.End,
                        source.Key != target.Key ? $"code block language '{target.Key}' should be '{source.Key}' as in the English" : $"code block differs from the English: {DescribeCode(source, target)}",
                        source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target), severity: Severity.Warning, detail: "block", target: target);
                }

                continue;
            }

            if (InvariantDiff.Same(source, target, InvariantKind.Code))
            {
                continue;
            }

            var (missing, extra) = InvariantDiff.Compare(source, target, InvariantKind.Code);

            var changed = Math.Min(missing.Count, extra.Count);
            for (var k = 0; k < changed; k++)
            {
                var (m, e) = (missing[k], extra[k]);
                context.Report(Descriptor, e.Start, e.Start + e.Length, $"inline code `{e.Value}` should be `{m.Value}` as in the English",
                    source: source, sourceText: context.Page.Source.Excerpt(m.Start, m.Start + m.Length), targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length), detail: $"changed {m.Value} {e.Value}", target: target);
            }

            foreach (var m in missing.Skip(changed))
            {
                context.Report(Descriptor, target.Start, target.End, $"inline code `{m.Value}` is missing from the translation",
                    source: source, sourceText: context.Page.Source.Excerpt(m.Start, m.Start + m.Length), targetText: context.TargetExcerpt(target), severity: Severity.Warning, detail: "missing " + m.Value, target: target);
            }

            foreach (var e in extra.Skip(changed))
            {
                context.Report(Descriptor, e.Start, e.Start + e.Length, $"inline code `{e.Value}` is not in the English block",
                    source: source, sourceText: context.SourceExcerpt(source), targetText: context.Page.Target.Excerpt(e.Start, e.Start + e.Length), severity: Severity.Info, detail: "extra " + e.Value, target: target);
            }
        }
    }

    /// <summary>Where the code differs; with translated comments too, where the code itself does (a changed command must not hide behind a comment).</summary>
    private static string DescribeCode(TranslationUnit source, TranslationUnit target)
    {
        var (english, translated) = (source.Verbatim ?? "", target.Verbatim ?? "");
        if (DiagramLabels.WithoutLabels(source.Key, english) is { } diagram && DiagramLabels.WithoutLabels(source.Key, translated) is { } translatedDiagram)
        {
            return $"{VerbatimDiff.Describe(diagram, translatedDiagram)}, besides its labels";
        }

        if (CodeComments.WithoutComments(source.Key, english) is { } code && CodeComments.WithoutComments(source.Key, translated) is { } translatedCode
            && (code != Normalize(english) || translatedCode != Normalize(translated)))
        {
            return $"{VerbatimDiff.Describe(code, translatedCode)}, besides its comments";
        }

        return VerbatimDiff.Describe(english, translated);
    }

    private static string Normalize(string? code) => (code ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
}
