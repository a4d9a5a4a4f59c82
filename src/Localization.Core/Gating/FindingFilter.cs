using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Rules;

namespace Localization.Core.Gating;

/// <summary>
/// Which findings a run shows and gates on: only some rules (<c>--rule</c>), all but some (<c>--disable</c>),
/// at or above a severity (<c>--severity</c>). One filter for every view (check, export, report), so the
/// same options mean the same findings everywhere.
/// </summary>
/// <param name="OnlyRules">Rule names to keep (empty: every rule).</param>
/// <param name="DisabledRules">Rule names to drop.</param>
/// <param name="MinimumSeverity">Lowest severity kept.</param>
public sealed record FindingFilter(IReadOnlySet<string> OnlyRules, IReadOnlySet<string> DisabledRules, Severity MinimumSeverity)
{
    public static FindingFilter All { get; } = new(new HashSet<string>(), new HashSet<string>(), Severity.Info);

    public bool IsEmpty => OnlyRules.Count == 0 && DisabledRules.Count == 0 && MinimumSeverity == Severity.Info;

    /// <summary>
    /// A filter from rule names or ids as users type them (<c>link-mismatch</c>, <c>LC101</c>, comma lists).
    /// </summary>
    /// <exception cref="ArgumentException">An unknown rule, with the known names.</exception>
    public static FindingFilter Create(IEnumerable<string> only, IEnumerable<string> disabled, Severity minimum) =>
        new(RuleNames(only), RuleNames(disabled), minimum);

    /// <summary>Rule names (canonical kebab-case) from names or ids; an unknown one is an error naming the known ones.</summary>
    /// <exception cref="ArgumentException">An unknown rule.</exception>
    public static HashSet<string> RuleNames(IEnumerable<string> given)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in given.SelectMany(g => g.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var rule = RuleRegistry.Find(name) ?? throw new ArgumentException($"unknown rule '{name}' (known: {string.Join(", ", RuleRegistry.All.Select(r => r.Name))})");
            names.Add(rule.Name);
        }

        return names;
    }

    public bool Matches(Finding finding) =>
        finding.Severity >= MinimumSeverity
        && (OnlyRules.Count == 0 || OnlyRules.Contains(finding.Rule))
        && !DisabledRules.Contains(finding.Rule);

    /// <summary>The result with only the findings this filter keeps (in the run's findings and each file's).</summary>
    public CheckResult Apply(CheckResult result) => IsEmpty ? result : result.Where(Matches);
}
