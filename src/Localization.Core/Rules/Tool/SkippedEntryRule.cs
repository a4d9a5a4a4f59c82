using Localization.Core.Findings;

namespace Localization.Core.Rules.Tool;

/// <summary>LC903: an entry of a translated string table that l10n does not read (typed, binary, file reference).</summary>
public sealed class SkippedEntryRule : IRule
{
    public static RuleDescriptor Descriptor { get; } = new(
        "LC903", "skipped-entry", RuleCategory.Tool, Severity.Info,
        "An entry of a .resx file is not a plain string (a typed or binary resource, a serialised object, a file reference): l10n does not check it, and never decodes, deserialises or opens what it names.",
        "Nothing to do when the entry is meant to be binary; translate strings as plain <data> entries without type or mimetype.");

    RuleDescriptor IRule.Descriptor => Descriptor;

    public void Check(PageCheckContext context)
    {
        foreach (var entry in context.Page.Target.StringTable?.Skipped ?? [])
        {
            context.Report(Descriptor, entry.Start, entry.Start + 1, $"'{entry.Key}' is {entry.Reason}; not checked", detail: "skipped " + entry.Key);
        }
    }
}
