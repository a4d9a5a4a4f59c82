using Localization.Core.Findings;

namespace Localization.Core.Rules.Tool;

/// <summary>LC902: an inline suppression comment that suppresses nothing.</summary>
public static class UnusedSuppressionRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC902", "unused-suppression", RuleCategory.Tool, Severity.Info,
        "An '<!-- l10n-disable-next-line RULE -->' or '<!-- l10n-disable RULE -->' comment in a translated page suppresses no finding (the problem was fixed, or the rule name is misspelt), or names a rule that does not exist.",
        "Delete the comment, or correct the rule name ('l10n rules' lists them).");
}
