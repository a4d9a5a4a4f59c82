using Localization.Core.Findings;

namespace Localization.Core.Rules.Structure;

/// <summary>LC009: a key defined twice in a translated string table.</summary>
public sealed class DuplicateKeyRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC009", "duplicate-key", RuleCategory.Structure, Severity.Error,
        "A key is defined twice in the translated string table: the .resx build fails ('duplicate resource name'), and a .env loader keeps only one of the values.",
        "Keep one definition of the key; l10n checks the first one.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        if (context.Page.Target.StringTable is not { } table)
        {
            return;
        }

        foreach (var duplicate in table.Duplicates)
        {
            var first = table.Entries.First(e => e.Key == duplicate.Key);
            var firstLine = context.Page.Target.Lines.Position(first.Start).Line;
            context.Report(Descriptor, duplicate.Start, duplicate.End, $"key '{duplicate.Key}' is already defined at line {firstLine}",
                targetText: TextExcerpt(duplicate.Value), detail: $"duplicate {duplicate.Key} {duplicate.Value}");
        }
    }

    private static string TextExcerpt(string value) => Units.TextExcerpt.Collapse(value, 200);
}
