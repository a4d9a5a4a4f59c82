using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Text;

/// <summary>LC304: a string translated as nothing while the English has text.</summary>
public sealed class EmptyTranslationRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC305", "empty-translation", RuleCategory.Text, Severity.Warning,
        "A string of the translated table (.resx, .env) is empty while the English has text: the program shows nothing there (an empty value does not fall back to the English).",
        "Translate the string, or delete the key so the program falls back to the English.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        foreach (var pair in context.Page.Matched)
        {
            var (source, target) = (pair.Source!, pair.Target!);
            if (source.Kind == UnitKind.StringEntry && source.Prose.Text.Trim().Length > 0 && target.Prose.Text.Trim().Length == 0)
            {
                context.Report(Descriptor, target.Start, target.End, $"'{target.Key}' is empty; the English has text",
                    source: source, sourceText: context.SourceExcerpt(source), target: target);
            }
        }
    }
}
