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
    public static ProjectPlan Plan(CrowdinConfig config, IReadOnlyList<string> languages, IReadOnlyList<string> paths)
    {
        var pairs = new List<PairRequest>();
        var skipped = new HashSet<string>(StringComparer.Ordinal);
        var used = new bool[paths.Count];
        var collisions = new List<MappingCollision>();
        MappingSession? session = null;
        foreach (var language in languages)
        {
            session ??= new MappingSession(config);
            foreach (var pair in ProjectFileMapper.Map(session, config, language, collisions))
            {
                var extension = Path.GetExtension(pair.SourceFullPath);
                if (!MarkdownExtensions.Contains(extension) && !StringTableExtensions.Contains(extension))
                {
                    skipped.Add(pair.Source);
                    continue;
                }

                if (paths.Count > 0)
                {
                    var hit = false;
                    for (var i = 0; i < paths.Count; i++)
                    {
                        if (IsUnder(pair.TranslationFullPath, paths[i]) || IsUnder(pair.SourceFullPath, paths[i]) && paths[i] == pair.SourceFullPath)
                        {
                            used[i] = true;
                            hit = true;
                        }
                    }

                    if (!hit)
                    {
                        continue;
                    }
                }

                pairs.Add(new PairRequest(pair.Language, pair.Source, pair.Translation, pair.SourceFullPath, pair.TranslationFullPath) { Refusal = pair.Refusal, RefusedFile = pair.RefusedFile });
            }
        }

        var unmatched = paths.Where((_, i) => !used[i]).ToList();
        return new ProjectPlan(pairs, paths.Count > 0 ? 0 : skipped.Count, unmatched) { Problems = CollisionFindings(config, collisions) };
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
