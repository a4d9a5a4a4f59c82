using Localization.Core.Findings;

namespace Localization.Core.Rules.Links;

/// <summary>LC104: a link's #fragment names no heading id of the translated page it points to.</summary>
public static class AnchorBrokenRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC104", "anchor-broken", RuleCategory.Links, Severity.Error,
        "A link 'page.md#fragment' (or '#fragment') points at an id that the translated page does not have, although the English page has it: the heading was translated and MkDocs' slugify gave it another id (with the default slugify, a heading in Hangul or Han gets '_1', '_2', …).",
        "Add the English id to the translated heading, e.g. '## 보안, 프라이버시 { #security-and-privacy }'; the message names the heading.");
}
