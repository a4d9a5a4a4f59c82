using System.Collections.Concurrent;
using Localization.Core.Findings;
using Localization.Core.Rules.Links;

namespace Localization.Core.Checking;

/// <summary>
/// Checks links across pages after every pair was checked: relative links to pages that exist only in
/// English (link-target-missing) and #fragments that the translated page no longer has (anchor-broken).
/// Links that are broken in the English page as well are the English page's problem, not reported here.
/// </summary>
internal sealed class ProjectLinkChecker(CheckOptions options, IReadOnlyList<FileResult> results, Func<string, string, PageLinks?> loadPair)
{
    // First result per target: a caller may pass one translation twice (a crowdin.yml maps two sources onto it).
    private readonly Dictionary<string, FileResult> _byTarget = results.Where(r => r.Links is not null).DistinctBy(r => r.Pair.TargetFullPath, StringComparer.Ordinal).ToDictionary(r => r.Pair.TargetFullPath, StringComparer.Ordinal);

    // Pages of this run with no link table (given up after their time limit, or not read): read again for a link into
    // them, a page given up would be parsed anew with no time limit at all; their own findings say what went wrong.
    private readonly HashSet<string> _withoutLinks = results.Where(r => r.Links is null).Select(r => r.Pair.TargetFullPath).ToHashSet(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, PageLinks?> _loaded = new(StringComparer.Ordinal);

    /// <summary>
    /// What one thread of the pass has learnt about paths. Thousands of pages link to the same few hundred
    /// files (the file system is asked once per path), and every language's copy of a page links to the same
    /// files from the same English page (each directory and link resolved once; the paths built for each link
    /// were 12 MB of a whole site's run). Per thread, not shared: both answers are pure, and with dictionaries
    /// shared by the two threads of a 2-core run their adds waited on each other (Monitor.Enter_Slowpath was
    /// 38 of the calling thread's 98 ms in this pass, after the last page of a 31-language site).
    /// </summary>
    private sealed class PathCache
    {
        public Dictionary<string, bool> Exists { get; } = new(StringComparer.Ordinal);

        public Dictionary<(string Directory, string Relative), string?> Resolved { get; } = [];
    }

    /// <summary>The findings of every page, in the order of the pages (each page's in the order it finds them).</summary>
    public List<Finding> Check()
    {
        // On every core: this runs after the last page, when the workers' threads are idle.
        var byPage = new List<Finding>?[results.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount };
        Parallel.For(0, results.Count, parallel, () => new PathCache(), (i, _, paths) =>
        {
            if (results[i].Links is { } links)
            {
                var found = new List<Finding>();
                CheckPage(results[i], links, found, paths);
                byPage[i] = found.Count > 0 ? found : null;
            }

            return paths;
        }, _ => { });

        var findings = new List<Finding>();
        foreach (var page in byPage)
        {
            findings.AddRange(page ?? []);
        }

        return findings;
    }

    private void CheckPage(FileResult result, PageLinks page, List<Finding> findings, PathCache paths)
    {
        var pair = result.Pair;
        var directories = (Target: Path.GetDirectoryName(pair.TargetFullPath) ?? "", Source: Path.GetDirectoryName(pair.SourceFullPath) ?? "");
        foreach (var placed in page.AnchorChanges)
        {
            CheckAnchorChange(pair, directories, page, placed, findings, paths);
        }

        foreach (var link in page.Links)
        {
            var (path, fragment) = LocalLink.Split(link.Url);
            if (path.Length == 0)
            {
                if (fragment.Length > 0 && page.MissingIds.Contains(fragment))
                {
                    findings.Add(Broken(pair, link, fragment, "this page", page.HeadingOf(fragment), pair.Source, page.SourceHeadingOf(fragment)));
                }

                continue;
            }

            if (!LocalLink.IsPagePath(path))
            {
                continue;
            }

            var target = Resolve(directories.Target, path, paths);
            var source = Resolve(directories.Source, path, paths);
            if (target is null || source is null)
            {
                continue;
            }

            if (!Exists(target, paths))
            {
                if (Exists(source, paths))
                {
                    findings.Add(Finding(LinkTargetMissingRule.Descriptor, pair, link,
                        $"{path} does not exist in the '{pair.Language}' translation, so this link falls back to the English page", path + "|" + link.Url));
                }

                continue;
            }

            if (fragment.Length == 0)
            {
                continue;
            }

            var linked = LinksOf(target, source);
            if (linked is null || !linked.MissingIds.Contains(fragment))
            {
                continue;
            }

            findings.Add(Broken(pair, link, fragment, Relative(target), linked.HeadingOf(fragment), Relative(source), linked.SourceHeadingOf(fragment)));
        }
    }

    /// <summary>The link table of the translation <paramref name="target"/>: this run's, or read on demand (a page outside the run, PATH arguments), once.</summary>
    private PageLinks? LinksOf(string target, string source) =>
        _byTarget.TryGetValue(target, out var result) ? result.Links
        : _withoutLinks.Contains(target) ? null
        : _loaded.GetOrAdd(target, t => loadPair(source, t));

    /// <summary>
    /// A link whose #fragment was changed is right when the new fragment is the id of the translated heading
    /// aligned with the English heading of the old one; otherwise it is the link-mismatch the rule deferred.
    /// </summary>
    private void CheckAnchorChange(PairRequest pair, (string Target, string Source) directories, PageLinks page, PlacedAnchorChange placed, List<Finding> findings, PathCache paths)
    {
        var change = placed.Change;
        PageLinks? linked = page;
        var (linkedTarget, linkedSource) = (pair.TargetFullPath, pair.SourceFullPath);
        if (change.Path.Length > 0)
        {
            var path = change.Path.Split('?')[0];
            var target = Resolve(directories.Target, path, paths);
            var source = Resolve(directories.Source, path, paths);
            linked = target is null || source is null || !path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || !Exists(target, paths)
                ? null
                : LinksOf(target, source);
            (linkedTarget, linkedSource) = (target!, source!);
        }

        if (linked is { AllHeadings: false } && !linked.MissingIds.Contains(change.SourceFragment) && linked.SourceHeadingsById.ContainsKey(change.SourceFragment))
        {
            // The page's table kept only the headings of the ids it lacks: read it again for its other headings
            // (once per page, in the rare case of a changed #fragment naming an id the translation has too).
            linked = _loaded.GetOrAdd(linkedTarget, t => loadPair(linkedSource, t)) ?? linked;
        }

        var found = linked?.HeadingOf(change.SourceFragment);
        if (found?.Id is { } id && id == change.TargetFragment)
        {
            return;
        }

        var why = found is not { } heading
            ? ""
            : $": #{change.TargetFragment} is not the translated heading of #{change.SourceFragment}; that is '{heading.Text}' at line {heading.Line}" + (heading.Id is null ? "" : $", #{heading.Id}");
        // The rule's own detail for a changed destination, so the finding keeps its identity either way.
        findings.Add(Finding(Rules.Links.LinkMismatchRule.Descriptor, pair, placed.Link, $"link destination changed from {change.SourceUrl} to {change.TargetUrl}{why}",
            $"changed {change.SourceUrl} {change.TargetUrl}", new SourceReference(pair.Source, change.SourceLine), change.SourceText, change.SourceUnitId));
    }

    private bool Exists(string path, PathCache paths)
    {
        ref var exists = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(paths.Exists, path, out var known);
        if (!known)
        {
            exists = _byTarget.ContainsKey(path) || File.Exists(path);
        }

        return exists;
    }

    private static Finding Broken(PairRequest pair, LocalLink link, string fragment, string where, TranslatedHeading? found, string englishFile, TranslatedHeading? english)
    {
        var fix = found is not { } heading
            ? $"add '{{ #{fragment} }}' to the translated heading that corresponds to the English one"
            : heading.HasExplicitId
                ? $"the translated heading at line {heading.Line} ('{heading.Text}') has another explicit id; use '{{ #{fragment} }}'"
                : $"add '{{ #{fragment} }}' to the translated heading at line {heading.Line}, i.e. '{heading.Text} {{ #{fragment} }}'";
        var message = $"#{fragment} does not exist in {where} (the English page has it): {fix}";
        return english is not { } englishHeading
            ? Finding(AnchorBrokenRule.Descriptor, pair, link, message, fragment + "|" + link.Url)
            : Finding(AnchorBrokenRule.Descriptor, pair, link, message, fragment + "|" + link.Url, new SourceReference(englishFile, englishHeading.Line), englishHeading.Text);
    }

    /// <summary>
    /// A finding on a link: <paramref name="detail"/> is what its fingerprint hashes, <paramref name="source"/> the English
    /// line when it names one (else the English page), <paramref name="unitId"/> the unit the fingerprint names when not
    /// the link's. Made from its parts (see <see cref="Findings.Finding"/>): set one by one, each property copied its body.
    /// </summary>
    private static Finding Finding(Rules.RuleDescriptor rule, PairRequest pair, LocalLink link, string message, string detail, SourceReference? source = null, string? sourceText = null, string? unitId = null)
    {
        var body = new FindingBody(rule.Name, rule.Id, rule.DefaultSeverity, source ?? new SourceReference(pair.Source, 0), message, sourceText, link.Url, link.SourceUnitId, null);
        var fingerprint = FindingFingerprint.Hash(FindingFingerprint.Begin(rule.Name, pair.Language, pair.Target), unitId ?? link.SourceUnitId, detail);
        return new Finding(body, new FindingPlace(pair.Language, pair.Target), link.Line, link.Column, link.EndLine, link.EndColumn, fingerprint);
    }

    private string Relative(string fullPath)
    {
        var root = options.ProjectRoot;
        return root is null ? Path.GetFileName(fullPath) : Path.GetRelativePath(root, fullPath).Replace('\\', '/');
    }

    /// <summary>The linked file's full path, or null when it would leave the project.</summary>
    private string? Resolve(string directory, string relative, PathCache paths)
    {
        ref var resolved = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(paths.Resolved, (directory, relative), out var known);
        if (!known)
        {
            resolved = ResolveIn(directory, relative);
        }

        return resolved;
    }

    private string? ResolveIn(string directory, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(directory, Uri.UnescapeDataString(relative)));
        var root = options.ProjectRoot;
        if (root is not null)
        {
            var prefix = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
            if (!full.StartsWith(prefix, StringComparison.Ordinal))
            {
                return null;
            }
        }

        return full;
    }
}
