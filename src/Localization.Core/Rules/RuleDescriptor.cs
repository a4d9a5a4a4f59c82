using Localization.Core.Findings;

namespace Localization.Core.Rules;

/// <summary>Rule families, each with its own id range (LC0xx … LC9xx).</summary>
public enum RuleCategory
{
    Structure,
    Links,
    Markup,
    Text,
    Tool,
}

/// <summary>
/// What a rule is, independent of any run: its stable kebab-case name (a public contract), id, default
/// severity and documentation. Rule docs and <c>l10n rules</c> are generated from these.
/// </summary>
/// <param name="Id">Stable id such as LC301.</param>
/// <param name="Name">Stable kebab-case name such as untranslated-sentence.</param>
/// <param name="Category">Family.</param>
/// <param name="DefaultSeverity">Severity unless a finding says otherwise.</param>
/// <param name="Description">One line: what the rule reports.</param>
/// <param name="Help">What to do about it.</param>
public sealed record RuleDescriptor(string Id, string Name, RuleCategory Category, Severity DefaultSeverity, string Description, string Help)
{
    /// <summary>File name of the generated rule page under docs/rules, derived in one place.</summary>
    public string DocFile => $"{Name}.md";
}
