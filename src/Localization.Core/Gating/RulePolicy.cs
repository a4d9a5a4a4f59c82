using Localization.Core.Findings;

namespace Localization.Core.Gating;

/// <summary>
/// The project's own verdict on rules (<c>rules:</c> in l10n.yml): a rule turned off, or every finding of a
/// rule given another severity. Applied by the engine to every finding, so every view and gate sees the same.
/// </summary>
/// <param name="Settings">By rule name: null for off, else the severity its findings get.</param>
public sealed record RulePolicy(IReadOnlyDictionary<string, Severity?> Settings)
{
    public static RulePolicy Default { get; } = new(new Dictionary<string, Severity?>());

    public bool IsDefault => Settings.Count == 0;

    public bool IsDisabled(string rule) => Settings.TryGetValue(rule, out var s) && s is null;

    /// <summary>The finding as the project grades it, or null when its rule is off.</summary>
    public Finding? Apply(Finding finding)
    {
        if (!Settings.TryGetValue(finding.Rule, out var severity))
        {
            return finding;
        }

        return severity is { } s ? (s == finding.Severity ? finding : finding with { Severity = s }) : null;
    }

    public IReadOnlyList<Finding> Apply(IReadOnlyList<Finding> findings)
    {
        if (IsDefault)
        {
            return findings;
        }

        var kept = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            if (Apply(finding) is { } f)
            {
                kept.Add(f);
            }
        }

        return kept;
    }
}
