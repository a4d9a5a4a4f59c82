using Localization.Core.Analysis;
using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Text;

/// <summary>LC304: a title identical to the English that the sentence detector lets pass (Title Case, words shared with English).</summary>
public sealed class UnchangedTitleRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC304", "unchanged-title", RuleCategory.Text, Severity.Warning,
        "A front-matter title, heading, admonition or details title is identical to the English one, in any language, although it is not wholly a name (terms.yml, l10n.yml terms, known product names, code). Info when each of its words is a term or a word of the page's own translated text (it may be legitimately the same: 'Marketing' in French), warning otherwise ('Why Privacy Matters' in German).",
        "Translate the title; when it is legitimately the same (a name), add the name to terms.yml.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        foreach (var pair in context.Page.Matched)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (!UnchangedTitle.IsTitle(target) || context.VerdictOf(target).Untranslated.Count > 0)
            {
                continue; // untranslated-block or untranslated-sentence has it
            }

            var judged = UnchangedTitle.Judge(target, source, context.TargetProfile, context.SourceIndex, context.Terms);
            if (judged == UnchangedTitleVerdict.None)
            {
                continue;
            }

            var what = target.Kind == UnitKind.FrontMatter ? "front-matter title" : target.Kind.DisplayName();
            var why = judged == UnchangedTitleVerdict.Likely
                ? "left in English"
                : "the same as in English, though each of its words is a term or a word of this page's translated text";
            context.Report(Descriptor, target.Start, target.End, $"{what} identical to the English ({context.SourceFile}:{source.Line}): {why}",
                source: source, sourceText: context.SourceExcerpt(source), targetText: context.TargetExcerpt(target),
                severity: judged == UnchangedTitleVerdict.Likely ? null : Severity.Info, target: target);
        }
    }
}
