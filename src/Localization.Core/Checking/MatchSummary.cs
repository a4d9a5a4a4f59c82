using Localization.Core.Crowdin;

namespace Localization.Core.Checking;

/// <summary>
/// What the configuration's <c>files</c> groups matched, in words, so that a run that finds nothing to
/// check says why ("0 files matched /docs/**/*.mdx") instead of printing nothing and passing.
/// </summary>
public static class MatchSummary
{
    /// <summary>One clause per group: its source pattern, how many files it matched, and why none of them is checked for <paramref name="languages"/>.</summary>
    public static string Describe(CrowdinConfig config, IReadOnlyList<string> languages, string configDisplay)
    {
        ArgumentNullException.ThrowIfNull(config);
        var clauses = new List<string>();
        foreach (var group in config.Files)
        {
            var single = config with { Files = [group] };
            var matched = ProjectFileMapper.Map(single, ProbeLanguage(group, languages)).Count;
            var clause = $"{matched} {(matched == 1 ? "file" : "files")} matched {group.Source}";
            var excluded = languages.Where(l => MappingSession.IsExcluded(group, l)).ToList();
            if (excluded.Count > 0)
            {
                clause += $" (excluded_target_languages lists {string.Join(", ", excluded)})";
            }
            else if (matched > 0)
            {
                clause += " (none of them Markdown or .env)";
            }

            clauses.Add(clause);
        }

        return $"{configDisplay}: {string.Join("; ", clauses)}";
    }

    /// <summary>"0 files matched /docs/**/*.mdx (crowdin.yml, line 3)" for each group whose source pattern matches nothing.</summary>
    public static IEnumerable<string> EmptyGroups(CrowdinConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var session = new MappingSession(config);
        foreach (var group in config.Files)
        {
            if (session.Sources(group).Count == 0)
            {
                yield return $"0 files matched {group.Source} ({Path.GetFileName(config.ConfigFile)}, line {group.Line})";
            }
        }
    }

    // Source matches do not depend on the language; any code not excluded counts them.
    private static string ProbeLanguage(CrowdinFileGroup group, IReadOnlyList<string> languages) =>
        languages.FirstOrDefault(l => !MappingSession.IsExcluded(group, l)) ?? "zz-probe";
}
