using Localization.Core.Findings;

namespace Localization.Core.Rules.Tool;

/// <summary>LC901: a file that cannot be read or parsed; the run goes on with the other files.</summary>
public static class InvalidFileRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC901", "invalid-file", RuleCategory.Tool, Severity.Error,
        "A source or translated file could not be read or parsed (unreadable, not UTF-8, too large, nested deeper than the parser allows, or crashing a rule). The file is skipped and the run goes on.",
        "Fix the file at the reported place; the message says what the reader refused.");
}
