using Localization.Core.Findings;

namespace Localization.Core.Rules.Tool;

/// <summary>LC006: a source page has no translation file (the site falls back to English for it).</summary>
public static class MissingFileRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC006", "missing-file", RuleCategory.Structure, Severity.Warning,
        "A source page has no translation file at the path crowdin.yml gives for this language; readers see the English page.",
        "Translate the page in Crowdin (or create the file); reported once per page and language.");
}
