using Localization.Core.Crowdin;

namespace Localization.Core.Checking;

/// <summary>The page pairs a project run will check, and what it leaves out.</summary>
/// <param name="Pairs">Pairs to check, sorted by language and source path.</param>
/// <param name="SkippedSourceFiles">Source files of formats l10n does not check (images, YAML, …).</param>
/// <param name="UnmatchedPaths">PATH arguments that name no translated file of the project.</param>
public sealed record ProjectPlan(IReadOnlyList<PairRequest> Pairs, int SkippedSourceFiles, IReadOnlyList<string> UnmatchedPaths)
{
    /// <summary>Problems of the configuration found while planning (two sources mapped to one translation), reported with the findings.</summary>
    public IReadOnlyList<Findings.Finding> Problems { get; init; } = [];
}

/// <summary>Turns a crowdin.yml, languages and optional paths into the page pairs to check.</summary>
public static class ProjectPlanner
{
    /// <summary>File extensions checked as Markdown (snippet includes such as abbreviations.en.txt are Markdown too).</summary>
    public static readonly IReadOnlySet<string> MarkdownExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".mdown", ".mkd", ".txt" };

    /// <summary>File extensions checked as key/value string tables.</summary>
    public static readonly IReadOnlySet<string> StringTableExtensions = StringTables.StringTableReader.Extensions;

    /// <param name="config">The loaded crowdin.yml.</param>
    /// <param name="languages">Language codes as the project's paths use them.</param>
    /// <param name="paths">Absolute paths of translated files or directories to limit the run to; empty for all.</param>
    /// <param name="parallelism">The run's degree of parallelism (<see cref="CheckOptions.Parallelism"/>: 0 = all cores).</param>
    public static ProjectPlan Plan(CrowdinConfig config, IReadOnlyList<string> languages, IReadOnlyList<string> paths, int parallelism = 0)
    {
        // Each language is mapped on its own, on the run's threads: planning a 31-language site took 31-36 ms of one
        // thread before the first page, the other core idle. The English sources are listed once, here, and read by
        // every thread's session. The languages' results are joined in their order, so the plan is the same, and the
        // error of the first failing language is the one thrown, as when they were mapped one after another.
        var planned = new LanguagePlan?[languages.Count];
        if (languages.Count > 0)
        {
            var listed = new MappingSession(config);
            listed.ListSources(config.Files.Where(g => languages.Any(l => !MappingSession.IsExcluded(g, l))));
            MappingParallel.For(
                languages.Count,
                parallelism,
                () => new MappingSession(listed),
                (i, session) => planned[i] = PlanLanguage(session, config, languages[i], paths),
                _ => { });
        }

        var pairs = new List<PairRequest>();
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        var used = new bool[paths.Count];
        var collisions = new List<MappingCollision>();
        for (var i = 0; i < languages.Count; i++)
        {
            var language = planned[i]!;
            pairs.AddRange(language.Pairs);
            skipped.UnionWith(language.Skipped);
            collisions.AddRange(language.Collisions);
            for (var p = 0; p < used.Length; p++)
            {
                used[p] |= language.Used[p];
            }
        }

        var unmatched = paths.Where((_, i) => !used[i]).ToList();
        return new ProjectPlan(pairs, paths.Count > 0 ? 0 : skipped.Count, unmatched) { Problems = CollisionFindings(config, collisions) };
    }

    /// <summary>One language's part of a plan.</summary>
    private sealed record LanguagePlan(List<PairRequest> Pairs, List<string> Skipped, bool[] Used, List<MappingCollision> Collisions);

    private static LanguagePlan PlanLanguage(MappingSession session, CrowdinConfig config, string language, IReadOnlyList<string> paths)
    {
        var plan = new LanguagePlan([], [], new bool[paths.Count], []);
        foreach (var pair in ProjectFileMapper.Map(session, config, language, plan.Collisions))
        {
            var extension = Path.GetExtension(pair.SourceFullPath);
            if (!MarkdownExtensions.Contains(extension) && !StringTableExtensions.Contains(extension))
            {
                plan.Skipped.Add(pair.Source);
                continue;
            }

            if (paths.Count > 0)
            {
                var hit = false;
                for (var i = 0; i < paths.Count; i++)
                {
                    if (IsUnder(pair.TranslationFullPath, paths[i]) || IsUnder(pair.SourceFullPath, paths[i]) && paths[i] == pair.SourceFullPath)
                    {
                        plan.Used[i] = true;
                        hit = true;
                    }
                }

                if (!hit)
                {
                    continue;
                }
            }

            plan.Pairs.Add(new PairRequest(pair.Language, pair.Source, pair.Translation, pair.SourceFullPath, pair.TranslationFullPath) { Refusal = pair.Refusal, RefusedFile = pair.RefusedFile });
        }

        return plan;
    }

    /// <summary>One finding per group that maps a source onto a translation path already taken (not one per language).</summary>
    private static List<Findings.Finding> CollisionFindings(CrowdinConfig config, List<MappingCollision> collisions)
    {
        var file = PathGuard.Relative(config.ConfigDirectory, Path.GetFullPath(config.ConfigFile));
        var findings = new List<Findings.Finding>();
        var seen = new HashSet<(int, int, string, string)>();
        foreach (var (kept, dropped) in collisions)
        {
            var group = dropped.Group;
            if (!seen.Add((group.Line, group.Column, kept.Source, dropped.Source)))
            {
                continue;
            }

            var where = ReferenceEquals(kept.Group, group) ? "the same group" : $"the group at line {kept.Group.Line}";
            var message = $"two sources map to one translation file: {dropped.Source} (this group) and {kept.Source} ({where}) both become {dropped.Translation}; "
                + $"it is checked once, against {kept.Source}";
            var rule = Rules.Tool.InvalidFileRule.Descriptor;
            findings.Add(new Findings.Finding
            {
                Rule = rule.Name,
                RuleId = rule.Id,
                Severity = rule.DefaultSeverity,
                Language = dropped.Language,
                File = file,
                Line = group.Line,
                Column = group.Column,
                EndLine = group.Line,
                EndColumn = group.Column,
                Message = message,
                Fingerprint = Findings.FindingFingerprint.Compute(rule.Name, dropped.Language, file, null, message),
            });
        }

        return findings;
    }

    private static bool IsUnder(string file, string path)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (string.Equals(file, path, comparison))
        {
            return true;
        }

        var prefix = path.EndsWith(Path.DirectorySeparatorChar) ? path : path + Path.DirectorySeparatorChar;
        return file.StartsWith(prefix, comparison);
    }
}
