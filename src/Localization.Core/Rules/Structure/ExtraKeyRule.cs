using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>LC008: a key of the translated string table that the English does not have.</summary>
public sealed class ExtraKeyRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC008", "extra-key", RuleCategory.Structure, Severity.Warning,
        "A key of the translated string table (.resx, .env) is not in the English: misspelt, or left over after the English removed or renamed it.",
        "Remove the key, or rename it to the English key it translates.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        if (!context.Page.TargetKinds.Has(UnitKind.StringEntry))
        {
            return; // not a string table: no extra key
        }

        foreach (var unit in context.Page.Target.Units)
        {
            if (unit.Kind == UnitKind.StringEntry && context.Page.SourceOf(unit) is null)
            {
                context.Report(Descriptor, unit.Start, unit.End, $"key '{unit.Key}' is not in the English ({context.SourceFile})",
                    targetText: context.TargetExcerpt(unit), detail: "key " + unit.Key, target: unit);
            }
        }
    }
}
