using Localization.Core.Findings;
using Localization.Core.Units;

namespace Localization.Core.Rules.Structure;

/// <summary>LC007: a key of the English string table (.env, .resx) is not in the translation.</summary>
public sealed class MissingKeyRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC007", "missing-key", RuleCategory.Structure, Severity.Error,
        "A key of the English string table (.resx, .env) is not in the translation, so the program shows the English text or nothing.",
        "Add the key with its translation (in Crowdin, or in the file), at the place the English has it.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        var page = context.Page;
        if (!page.SourceKinds.Has(UnitKind.StringEntry))
        {
            return; // not a string table: no key to miss
        }

        var source = page.Source.Units;
        for (var i = 0; i < source.Count; i++)
        {
            var unit = source[i];
            if (unit.Kind != UnitKind.StringEntry || page.TargetOf(unit) is not null)
            {
                continue;
            }

            var at = InsertionPoint(context, i);
            context.Report(Descriptor, at, at, $"key '{unit.Key}' of the English ({context.SourceFile}:{unit.Line}) is missing",
                source: unit, sourceText: context.SourceExcerpt(unit), detail: "key " + unit.Key);
        }
    }

    /// <summary>Where the key belongs: before the next English key the translation has, else after the previous one.</summary>
    private static int InsertionPoint(PageCheckContext context, int index)
    {
        var source = context.Page.Source.Units;
        for (var k = index + 1; k < source.Count; k++)
        {
            if (context.Page.TargetOf(source[k]) is { } next)
            {
                return next.Start;
            }
        }

        for (var k = index - 1; k >= 0; k--)
        {
            if (context.Page.TargetOf(source[k]) is { } previous)
            {
                return previous.End;
            }
        }

        return 0;
    }
}
