using Localization.Core.Findings;

namespace Localization.Core.Rules.Links;

/// <summary>LC105: a relative link points to a page that exists in English but not in this translation.</summary>
public static class LinkTargetMissingRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC105", "link-target-missing", RuleCategory.Links, Severity.Warning,
        "A relative link of the translation points to a page that does not exist in the translation tree although it exists in English: the site silently falls back to the English page there.",
        "Translate the linked page, or check the link's path.");
}
