using System.Collections.Concurrent;
using Localization.Core.Alignment;
using Localization.Core.Analysis;
using Localization.Core.Buffers;
using Localization.Core.Findings;
using Localization.Core.IO;
using Localization.Core.Rules;
using Localization.Core.Rules.Tool;
using Localization.Core.StringTables;
using Localization.Core.Terms;
using Localization.Core.Units;

namespace Localization.Core.Checking;

/// <summary>
/// Checks page pairs: reads and parses each English page once per run (shared by every language),
/// aligns each translation with it, runs every rule, and returns the findings in a deterministic order
/// whatever the scheduling. A file that cannot be read or parsed becomes an invalid-file finding and
/// the run goes on.
/// </summary>
public sealed class CheckEngine(CheckOptions options)
{
    // Engine-wide, not per Run, safely: no caller runs one engine twice (each CLI command makes one for its run; tests reuse one only for CheckPair calls on files that do not change).
    private readonly ConcurrentDictionary<string, Lazy<SourceEntry>> _sources = new(StringComparer.Ordinal);
    // Weak keys: pages checked as text (CheckTexts, an editor's buffers) must not pile up in a long-lived engine.
    private readonly Func<SourcePageIndex, EnglishLinks> _englishLinksOf = index => EnglishLinks.Of(index.Page, options.SlugStyle);
    private readonly ConcurrentDictionary<CheckedContent, Lazy<FileResult>> _checked = new();

    public CheckResult Run(IReadOnlyList<PairRequest> pairs, int skippedSourceFiles = 0, IReadOnlyList<Finding>? extraFindings = null)
    {
        var parallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount;
        // 0 running, 1 finished (its page may be handed to the sink), 2 given up: a job abandoned after its
        // time limit must never reach the sink later, when the view has been written and closed.
        var states = new int[pairs.Count];
        var uniqueSizes = UniqueSizes(pairs, parallelism);
        // Each page's findings sorted by its own worker (see FindingRuns.SortRun), with the findings they sort:
        // a page given up after its time limit has other findings, and is sorted after the run instead.
        var sortedRuns = new SortedPage?[pairs.Count];
        var schedule = EnglishPageSchedule.Of(pairs, parallelism);
        var inOrder = BoundedRunner.Run(
            pairs.Count,
            parallelism,
            options.FileTimeout,
            (k, cancellation) =>
            {
                var i = schedule.Order[k];
                try
                {
                    var result = CheckPairOrReport(pairs[i], uniqueSizes[i], ref states[i], cancellation);
                    Volatile.Write(ref sortedRuns[i], new SortedPage(result.Findings, FindingRuns.SortRun(result.Findings)));
                    // The page's freshness while its findings are in the cache, not by the report after the last page (see FileResult).
                    _ = result.Freshness;
                    return result;
                }
                finally
                {
                    if (schedule.Done(i))
                    {
                        // Every translation of this English page is checked: nothing of the run reads it again
                        // (the cross-page link pass reads a page again only in rare cases, and then parses it anew).
                        _sources.TryRemove(pairs[i].SourceFullPath, out _);
                    }
                }
            },
            k => Interlocked.CompareExchange(ref states[schedule.Order[k]], 2, 0) != 1,
            k => TimedOut(pairs[schedule.Order[k]]),
            done => options.Progress?.Report((done, pairs.Count)));

        var files = schedule.InPairOrder(inOrder);
        var loose = new List<Finding>(options.RulePolicy.Apply(extraFindings ?? []));
        if (options.CheckCrossPageLinks)
        {
            loose.AddRange(options.RulePolicy.Apply(new ProjectLinkChecker(options, files, LinksOfFiles).Check()));
        }

        var presorted = new FindingRuns.SortedRun?[files.Count];
        for (var i = 0; i < files.Count; i++)
        {
            presorted[i] = Volatile.Read(ref sortedRuns[i]) is { } run && ReferenceEquals(run.Of, files[i].Findings) ? run.Run : null;
        }

        var findings = FindingRuns.Sort(files.ConvertAll(f => f.Findings), loose, parallelism, presorted);
        (files, findings) = Gating.InlineSuppressions.Apply(files, findings, options.RulePolicy);

        // The severities the report's summary counts, counted beside the pass that makes the fingerprints unique
        // (both only read the list; a unique fingerprint never changes a finding's severity).
        List<(int Index, Finding Unique)>? repeated = null;
        int[]? counts = null;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            () => repeated = FindingFingerprint.Repeated(findings, parallelism),
            () => counts = CheckResult.CountBySeverity(findings));
        foreach (var (index, unique) in repeated!)
        {
            findings[index] = unique;
        }

        var languages = pairs.Select(p => p.Language).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        Comparison<FileResult> byFile = (a, b) => string.CompareOrdinal(a.Pair.Language, b.Pair.Language) is var byLanguage and not 0 ? byLanguage : string.CompareOrdinal(a.Pair.Target, b.Pair.Target);
        if (!StrictlyAscending(files, byFile))
        {
            files.Sort(byFile);
        }

        var checkResult = new CheckResult(files, findings, languages, skippedSourceFiles);
        checkResult.KnowCounts(findings, counts!);
        return checkResult;
    }

    /// <summary>
    /// Whether the files are already in order with no two alike: the plan's order (language, English path) nearly
    /// always is the report's, and sorting a site's 3,900 files took 30 ms after its last page; with no ties the
    /// sorted order is the only one, so skipping the sort changes nothing.
    /// </summary>
    private static bool StrictlyAscending(List<FileResult> files, Comparison<FileResult> order)
    {
        for (var i = 1; i < files.Count; i++)
        {
            if (order(files[i - 1], files[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Learns the project's do-not-translate terms from the translations of <paramref name="pairs"/>
    /// (see <see cref="TermLearner"/>); pairs that cannot be read or aligned teach nothing.
    /// </summary>
    public IReadOnlyList<LearnedTerm> LearnTerms(IReadOnlyList<PairRequest> pairs, TermLearnerOptions? learnerOptions = null)
    {
        var learner = new TermLearner(learnerOptions);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism > 0 ? options.Parallelism : Environment.ProcessorCount };
        var done = 0;
        Parallel.For(0, pairs.Count, parallel, i =>
        {
            var pair = pairs[i];
            var source = _sources.GetOrAdd(pair.SourceFullPath, path => new Lazy<SourceEntry>(() => LoadSource(path, pair.Source))).Value;
            if (source.Page is not null && File.Exists(pair.TargetFullPath) && Load(pair.TargetFullPath, pair.Target) is { Page: { } target })
            {
                try
                {
                    var aligned = PageAligner.Align(source.Page, target);
                    learner.Observe(pair.Language, new PageCheckContext(aligned, pair.Language, pair.Source, pair.Target, source.Index!, options.Reader, [], options.Terms));
                }
                catch (Exception e) when (!options.ThrowOnRuleError && e is not OutOfMemoryException)
                {
                    // A page the checker reports as invalid-file; it has nothing to teach.
                }
            }

            options.Progress?.Report((Interlocked.Increment(ref done), pairs.Count));
        });

        return learner.Terms();
    }

    /// <summary>Checks one pair; never throws for bad input.</summary>
    public FileResult CheckPair(PairRequest pair) => CheckPair(pair, null, -1, CancellationToken.None);

    /// <summary>
    /// For each pair, the size its translation had when the run began if no other translation of the same English
    /// page had that size, else -1. Files of different sizes are never identical, so the identical-file cache hashes
    /// only translations that share their size with another (none on a site of distinct translations: SHA-256 of
    /// every file was 2% of a 31-language run). A file whose size changed since is hashed like any other, so
    /// sharing a result still rests on the hash alone.
    /// </summary>
    private static long[] UniqueSizes(IReadOnlyList<PairRequest> pairs, int parallelism)
    {
        var sizes = new long[pairs.Count];
        Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism }, i =>
        {
            try
            {
                sizes[i] = TargetSize(pairs[i].TargetFullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                sizes[i] = -1; // read (and reported) by its job
            }
        });

        var counts = new Dictionary<(string Source, long Size), int>();
        for (var i = 0; i < pairs.Count; i++)
        {
            if (sizes[i] >= 0)
            {
                System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, (pairs[i].SourceFullPath, sizes[i]), out _)++;
            }
        }

        for (var i = 0; i < pairs.Count; i++)
        {
            if (sizes[i] >= 0 && counts[(pairs[i].SourceFullPath, sizes[i])] > 1)
            {
                sizes[i] = -1;
            }
        }

        return sizes;
    }

    /// <summary>
    /// A translation's size for <see cref="UniqueSizes"/>, -1 when it has none to compare. On Linux one statx call, as
    /// the file read itself asks (FileKind): a FileInfo per translation made its full path again and 1.65 lstat calls
    /// (site31: 25,733 stat calls, now 23,213; its CPU samples moved less than the noise). A link to a file has its
    /// target's size, the size of what is read (FileInfo gave the link's own length), and a special file or a link to
    /// nowhere has none: only whether the identical-file cache hashes a file depends on it, never a finding
    /// (RegularFileSizeTests).
    /// </summary>
    private static long TargetSize(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            return FileKind.RegularFileSize(path);
        }

        var file = new FileInfo(path);
        return file.Exists ? file.Length : -1;
    }

    private FileResult CheckPair(PairRequest pair, PageCapture? capture, long uniqueSize, CancellationToken cancellation)
    {
        var findings = new List<Finding>();
        if (pair.Refusal is { } refusal)
        {
            var file = pair.RefusedFile ?? pair.Target;
            findings.Add(FileProblem(InvalidFileRule.Descriptor, pair.Language, file, $"{file} {refusal}", 0));
            return new FileResult(pair, FileStats.Empty, findings);
        }

        var source = _sources.GetOrAdd(pair.SourceFullPath, path => new Lazy<SourceEntry>(() => LoadSource(path, pair.Source, cancellation))).Value;
        if (source.Page is null)
        {
            findings.Add(FileProblem(InvalidFileRule.Descriptor, pair.Language, pair.Source, source.Error!, source.ErrorLine));
            return new FileResult(pair, FileStats.Empty, findings);
        }

        // Read first, so the file system is asked once whether the translation exists (File.Exists, then the
        // reader's own questions, were three calls per file); a path no file can have is missing, as File.Exists said.
        using var raw = pair.TargetFullPath.Contains('\0', StringComparison.Ordinal) ? null : TextFileReader.ReadBytes(pair.TargetFullPath, options.MaxFileBytes);
        if (raw is null or { NotFound: true })
        {
            findings.Add(FileProblem(MissingFileRule.Descriptor, pair.Language, pair.Target,
                $"no translation of {pair.Source} for '{pair.Language}' (expected at {pair.Target}); readers see the English page", 0, new SourceReference(pair.Source, 0)));
            return new FileResult(pair, AllMissing(source.Page), findings);
        }

        if (raw.Error is { } error)
        {
            return Check(pair, source, new SourceEntry(null, null, error, 0), findings, capture, cancellation);
        }

        if (capture is not null)
        {
            // A view of every page needs each pair's own aligned units: no sharing between identical files.
            return Check(pair, source, Decode(raw, pair.Target, source.Page, cancellation), findings, capture, cancellation);
        }

        if (raw.Bytes.Length == uniqueSize)
        {
            // No other translation of this English page has its size: it is a copy of none, and none of it.
            return Check(pair, source, Decode(raw, pair.Target, source.Page, cancellation), findings, null, cancellation);
        }

        // Identical translation files of one English page (a page not yet translated, exported as the same
        // copy for every language; a language seeded from another) are checked once: findings never depend
        // on the language code, only their language, path and fingerprint do. SHA-256 of the bytes, so no
        // crafted file can pass for another one.
        var key = CheckedContent.Of(pair.SourceFullPath, raw.Bytes);
        var bytes = raw;
        var first = _checked.GetOrAdd(key, _ => new Lazy<FileResult>(() => Check(pair, source, Decode(bytes, pair.Target, source.Page, cancellation), findings, null, cancellation))).Value;
        return ReferenceEquals(first.Pair, pair) ? first : ForCopy(first, pair);
    }

    /// <summary>
    /// The stats of a translation that could not be read or checked: it has no coverage, so every English
    /// unit counts as missing (as for a missing file), never as a page with nothing to translate.
    /// </summary>
    private static FileStats AllMissing(PageModel source)
    {
        var units = source.Units.Count(u => u.IsTranslatable);
        return FileStats.Empty with { Units = units, Missing = units };
    }

    private SourceEntry Decode(RawFile raw, string display, PageModel english, CancellationToken cancellation)
    {
        var file = TextFileReader.Decode(raw.Bytes);
        return file.Ok ? Parse(file.Text!, display, asEnglish: false, english, cancellation) : new SourceEntry(null, null, file.Error, file.ErrorLine);
    }

    /// <summary>A defect of the checker on one file is that file's invalid-file finding, not the end of the run.</summary>
    /// <remarks>
    /// <paramref name="state"/>: 0 running, 1 finished (claimed here before the page goes to the sink), 2 given
    /// up by the runner; whoever moves it from 0 first decides, so a page given up never reaches the sink.
    /// </remarks>
    private FileResult CheckPairOrReport(PairRequest pair, long uniqueSize, ref int state, CancellationToken cancellation)
    {
        var capture = options.PageSink is null ? null : new PageCapture();
        FileResult result;
        try
        {
            result = CheckPair(pair, capture, uniqueSize, cancellation);
        }
        catch (OperationCanceledException)
        {
            // Given up after its time limit (or its English page was, in another pair's job): the runner
            // reports the time-out; nothing of this page goes anywhere.
            Interlocked.CompareExchange(ref state, 2, 0);
            return TimedOut(pair);
        }
        catch (Exception e) when (!options.ThrowOnRuleError && e is not OutOfMemoryException)
        {
            result = new FileResult(pair, FileStats.Empty,
            [
                FileProblem(InvalidFileRule.Descriptor, pair.Language, pair.Target, $"l10n failed on this file ({e.GetType().Name}: {e.Message}); please report it", 0),
            ]);
            capture = capture is null ? null : new PageCapture();
        }

        if (!options.RulePolicy.IsDefault)
        {
            result = result with { Findings = options.RulePolicy.Apply(result.Findings) };
        }

        if (Interlocked.CompareExchange(ref state, 1, 0) == 0)
        {
            options.PageSink?.Accept(new CheckedPage(result, capture!.Page, capture.Context));
        }

        return result;
    }

    /// <summary>Where <see cref="Check"/> leaves the aligned page of a pair for the page sink.</summary>
    private sealed class PageCapture
    {
        public AlignedPage? Page { get; set; }

        public PageCheckContext? Context { get; set; }
    }

    private FileResult TimedOut(PairRequest pair) => new(pair, FileStats.Empty,
    [
        FileProblem(InvalidFileRule.Descriptor, pair.Language, pair.Target,
            $"checking this file took longer than {options.FileTimeout.TotalSeconds:0.###} s (--file-timeout); it was given up and the run went on", 0),
    ]);

    private static FileResult ForCopy(FileResult first, PairRequest pair)
    {
        var findings = new Finding[first.Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = first.Findings[i].ForCopy(pair.Language, first.Pair.Target, pair.Target);
        }

        return new FileResult(pair, first.Stats, findings) { Links = first.Links, Suppressions = first.Suppressions };
    }

    /// <summary>Checks a pair given as text (for tests, editors and tools that hold the pages in memory); the page sink gets it too.</summary>
    public FileResult CheckTexts(PairRequest pair, string sourceText, string targetText)
    {
        var source = Parse(sourceText, pair.Source);
        if (source.Page is not null)
        {
            source = source with { Index = new SourcePageIndex(source.Page) };
        }

        var findings = new List<Finding>();
        if (source.Page is null)
        {
            findings.Add(FileProblem(InvalidFileRule.Descriptor, pair.Language, pair.Source, source.Error!, source.ErrorLine));
            return new FileResult(pair, FileStats.Empty, findings);
        }

        var capture = options.PageSink is null ? null : new PageCapture();
        var result = Check(pair, source, Parse(targetText, pair.Target), findings, capture, CancellationToken.None);
        options.PageSink?.Accept(new CheckedPage(result, capture!.Page, capture.Context));
        return result;
    }

    private FileResult Check(PairRequest pair, SourceEntry source, SourceEntry target, List<Finding> findings, PageCapture? capture, CancellationToken cancellation)
    {
        if (target.Page is null)
        {
            findings.Add(FileProblem(InvalidFileRule.Descriptor, pair.Language, pair.Target, target.Error!, target.ErrorLine));
            return new FileResult(pair, AllMissing(source.Page!), findings);
        }

        AlignedPage aligned;
        try
        {
            aligned = PageAligner.AlignCancellable(source.Page!, target.Page, cancellation);
        }
        catch (Exception e) when (!options.ThrowOnRuleError && e is not (OutOfMemoryException or OperationCanceledException))
        {
            findings.Add(FileProblem(InvalidFileRule.Descriptor, pair.Language, pair.Target, $"alignment failed: {e.Message}", 0));
            return new FileResult(pair, AllMissing(source.Page!), findings);
        }

        var context = new PageCheckContext(aligned, pair.Language, pair.Source, pair.Target, source.Index!, options.Reader, findings, options.Terms)
        {
            LocalizedLinks = options.LocalizedLinks,
            SiteUrl = options.SiteUrl,
            DeferAnchorChanges = options.CheckCrossPageLinks,
            Cancellation = cancellation,
        };
        foreach (var rule in RuleRegistry.PageRules)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                rule.Check(context);
            }
            catch (Exception e) when (!options.ThrowOnRuleError && e is not (OutOfMemoryException or OperationCanceledException))
            {
                findings.Add(FileProblem(InvalidFileRule.Descriptor, pair.Language, pair.Target, $"rule {rule.Descriptor.Name} failed on this file: {e.GetType().Name}: {e.Message}", 0));
            }
        }

        foreach (var problem in target.Page.StringTable?.Problems ?? [])
        {
            var line = target.Page.Lines.Position(problem.Start).Line;
            findings.Add(FileProblem(InvalidFileRule.Descriptor, pair.Language, pair.Target, $"{problem.Message}; it was not read, the other entries were checked", line));
        }

        context.Complete();
        if (capture is not null)
        {
            capture.Page = aligned;
            capture.Context = context;
        }

        return new FileResult(pair, Statistics(context), findings)
        {
            Links = options.CheckCrossPageLinks ? LinksOf(aligned, allHeadings: false, source.Index!) with { AnchorChanges = Placed(aligned, context.AnchorChanges) } : null,
            Suppressions = pair.Target.EndsWith(".env", StringComparison.OrdinalIgnoreCase) ? [] : Gating.InlineSuppressions.Parse(aligned.Target.Text, aligned.Target.Lines, aligned.Target.Units),
        };
    }

    /// <summary>Anchors and links of a pair that was not part of the run (null when a side cannot be read).</summary>
    private PageLinks? LinksOfFiles(string sourceFullPath, string targetFullPath)
    {
        var source = _sources.GetOrAdd(sourceFullPath, path => new Lazy<SourceEntry>(() => LoadSource(path, path))).Value;
        var target = Load(targetFullPath, targetFullPath);
        if (source.Page is null || target.Page is null)
        {
            return null;
        }

        try
        {
            return LinksOf(PageAligner.Align(source.Page, target.Page), allHeadings: true, source.Index!);
        }
        catch (Exception e) when (!options.ThrowOnRuleError && e is not OutOfMemoryException)
        {
            return null;
        }
    }

    /// <param name="aligned">The pair.</param>
    /// <param name="allHeadings">
    /// Keep every translated heading; else only those of the English ids the translation lacks, the only ones an
    /// anchor-broken finding names (the others were 4 MB of a 31-language run's link tables, held to its end for
    /// the rare changed #fragment that names one: the pass reads that page again, see <see cref="PageLinks.AllHeadings"/>).
    /// </param>
    /// <param name="index">The English page's index (of <c>aligned.Source</c>), which keeps what the page's link tables share.</param>
    private PageLinks LinksOf(AlignedPage aligned, bool allHeadings, SourcePageIndex index)
    {
        // The English page's anchors, headings and units' anchor parts are the same for every language: made once per
        // page and kept with its index (two weak-table lookups, each with a closure, were a sixth of this method on a
        // 31-language site).
        var english = index.Shared(_englishLinksOf);

        var sourceAnchors = english.Anchors;
        var targetAnchors = PageAnchors.Of(aligned.Target, options.SlugStyle, english.Parts);
        HashSet<string>? missing = null;
        foreach (var id in english.Ids)
        {
            if (!targetAnchors.Ids.Contains(id))
            {
                (missing ??= new HashSet<string>(StringComparer.Ordinal)).Add(id);
            }
        }

        var missingIds = missing ?? PageLinks.NoIds;
        // Gathered in a pooled array and copied out at their count: a list per page, grown link by link and then
        // copied, was 2.8 MB of a 31-language check.
        var links = new PooledBuffer<LocalLink>();
        var targetUnits = aligned.Target.Units;
        for (var u = 0; u < targetUnits.Count; u++)
        {
            var unit = targetUnits[u];
            if (!unit.Has(Units.InvariantKind.Link))
            {
                continue;
            }

            var invariants = unit.HeldInvariants(out var shift);
            foreach (var invariant in invariants)
            {
                if (invariant.Kind == Units.InvariantKind.Link && !invariant.Value.Contains("://", StringComparison.Ordinal) && !invariant.Value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)
                    && ChecksLink(invariant.Value, missingIds))
                {
                    var start = invariant.Start + shift;
                    var (line, column) = aligned.Target.Lines.Position(start);
                    var (endLine, endColumn) = aligned.Target.Lines.Position(start + invariant.Length);
                    links.Append(new LocalLink(invariant.Value, line, column, endLine, endColumn, aligned.SourceOf(unit)?.Id));
                }
            }
        }

        var kept = links.ToArray();
        links.Dispose();

        Dictionary<string, TranslatedHeading>? headings = null;
        var dropped = false;
        foreach (var pair in aligned.MatchedPairs)
        {
            if (pair.Source!.Kind == Units.UnitKind.Heading && pair.Target!.Kind == Units.UnitKind.Heading && sourceAnchors.HeadingIds.TryGetValue(pair.Source.Index, out var id))
            {
                if (!allHeadings && !missingIds.Contains(id))
                {
                    dropped = true;
                    continue;
                }

                (headings ??= new Dictionary<string, TranslatedHeading>(StringComparer.Ordinal)).TryAdd(id, new TranslatedHeading(pair.Target.Line, aligned.Target.Excerpt(pair.Target.Start, pair.Target.End, 120), pair.Target.ExplicitId is not null, targetAnchors.HeadingIds.GetValueOrDefault(pair.Target.Index)));
            }
        }

        return new PageLinks(missingIds, kept, (IReadOnlyDictionary<string, TranslatedHeading>?)headings ?? PageLinks.NoHeadings) { SourceHeadingsById = english.Headings, AllHeadings = !dropped };
    }

    /// <summary>
    /// Whether the cross-page link pass would look at a link: a link to a page outside the project's Markdown, to
    /// a directory or by a site-absolute path is never checked there, and a link to this page's own #fragment
    /// only when the fragment is one of the English ids the translation lacks (7 of 8 links of a 31-language site
    /// were kept for nothing).
    /// </summary>
    private static bool ChecksLink(string url, IReadOnlySet<string> missingIds)
    {
        // The path read in place (LocalLink.Split's strings were 1 MB of a 31-language check); the fragment made only
        // for a link to this page.
        var path = LocalLink.PathOf(url);
        return path.Length == 0 ? LocalLink.FragmentOf(url) is { Length: > 0 } fragment && missingIds.Contains(fragment) : LocalLink.IsPagePath(path);
    }

    internal static Dictionary<string, TranslatedHeading> EnglishHeadings(PageModel page, PageAnchors anchors)
    {
        var headings = new Dictionary<string, TranslatedHeading>(StringComparer.Ordinal);
        foreach (var unit in page.Units)
        {
            if (unit.Kind == Units.UnitKind.Heading && anchors.HeadingIds.TryGetValue(unit.Index, out var id))
            {
                headings.TryAdd(id, new TranslatedHeading(unit.Line, page.Excerpt(unit.Start, unit.End, 120), unit.ExplicitId is not null));
            }
        }

        return headings;
    }

    private static PlacedAnchorChange[] Placed(AlignedPage aligned, List<Rules.Links.AnchorChange> changes) =>
        changes.Count == 0 ? [] : changes.Select(c =>
        {
            var (line, column) = aligned.Target.Lines.Position(c.Start);
            var (endLine, endColumn) = aligned.Target.Lines.Position(c.End);
            return new PlacedAnchorChange(c, new LocalLink(c.TargetUrl, line, column, endLine, endColumn, c.SourceUnitId));
        }).ToArray();

    private static FileStats Statistics(PageCheckContext context)
    {
        int units = 0, translated = 0, partial = 0, untranslated = 0, missing = 0, extra = 0;
        var pairs = context.Page.Pairs;
        for (var k = 0; k < pairs.Count; k++)
        {
            var pair = pairs[k]; // by index: a foreach over the interface boxed an enumerator per page
            if (pair.Source is { IsTranslatable: true })
            {
                units++;
                if ((pair.Target ?? context.Page.MovedTargetOf(pair.Source)) is not { } target)
                {
                    missing++;
                    continue;
                }

                var verdict = context.VerdictOf(target);
                if (verdict.IsFullyUntranslated)
                {
                    untranslated++;
                }
                else if (verdict.IsPartlyUntranslated)
                {
                    partial++;
                }
                else
                {
                    translated++;
                }
            }
            else if (pair.Source is null && pair.Target is { IsTranslatable: true } && context.Page.MovedSourceOf(pair.Target) is null)
            {
                extra++;
            }
        }

        return new FileStats(units, translated, partial, untranslated, missing, extra);
    }

    private SourceEntry LoadSource(string fullPath, string display, CancellationToken cancellation = default)
    {
        var entry = Load(fullPath, display, asEnglish: true, cancellation);
        return entry.Page is null ? entry : entry with { Index = new SourcePageIndex(entry.Page) };
    }

    private SourceEntry Load(string fullPath, string display, CancellationToken cancellation = default) => Load(fullPath, display, asEnglish: false, cancellation);

    private SourceEntry Load(string fullPath, string display, bool asEnglish, CancellationToken cancellation)
    {
        var file = TextFileReader.Read(fullPath, options.MaxFileBytes);
        if (!file.Ok)
        {
            return new SourceEntry(null, null, file.Error, file.ErrorLine);
        }

        return Parse(file.Text!, display, asEnglish, null, cancellation);
    }

    private SourceEntry Parse(string text, string display, CancellationToken cancellation = default) => Parse(text, display, asEnglish: false, null, cancellation);

    /// <summary>Reads a page; <paramref name="asEnglish"/>: an English page, whose blocks are recorded so that the blocks of <paramref name="english"/>'s translations can take their reading (see <see cref="SourceBlocks"/>).</summary>
    private SourceEntry Parse(string text, string display, bool asEnglish, PageModel? english, CancellationToken cancellation)
    {
        try
        {
            var page = StringTableReader.IsStringTable(display)
                ? StringTableReader.Read(display, text)
                : PageReader.ReadCancellable(display, text, options.Reader, null, asEnglish, english, cancellation);
            return new SourceEntry(page, null, null, 0);
        }
        catch (StringTableFormatException e)
        {
            return new SourceEntry(null, null, e.Message, e.Line);
        }
        catch (PageRefusedException e)
        {
            return new SourceEntry(null, null, $"Markdown could not be parsed: {e.Message}", e.Line);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            return new SourceEntry(null, null, $"Markdown could not be parsed: {e.Message}", 0);
        }
    }

    private static Finding FileProblem(RuleDescriptor rule, string language, string file, string message, int line, SourceReference? source = null) => new(
        new FindingBody(rule.Name, rule.Id, rule.DefaultSeverity, source, message, null, null, null, null),
        new FindingPlace(language, file),
        line,
        line > 0 ? 1 : 0,
        line,
        line > 0 ? 1 : 0,
        FindingFingerprint.HashForMessage(FindingFingerprint.Begin(rule.Name, language, file), null, message));

    private sealed record SourceEntry(PageModel? Page, SourcePageIndex? Index, string? Error, int ErrorLine);

    /// <summary>A page's findings as its worker sorted them, and the list they were sorted from.</summary>
    private sealed record SortedPage(IReadOnlyList<Finding> Of, FindingRuns.SortedRun Run);

    /// <summary>A translation's content (SHA-256 of its bytes) and the English page it translates.</summary>
    private readonly record struct CheckedContent(string SourceFullPath, UInt128 High, UInt128 Low)
    {
        public static CheckedContent Of(string sourceFullPath, ReadOnlySpan<byte> bytes)
        {
            Span<byte> digest = stackalloc byte[32];
            System.Security.Cryptography.SHA256.HashData(bytes, digest);
            return new CheckedContent(
                sourceFullPath,
                System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest),
                System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(digest[16..]));
        }
    }
}

/// <summary>The report order: language, file, line, column, rule.</summary>
public sealed class FindingOrder : IComparer<Finding>
{
    public static readonly FindingOrder Instance = new();

    public int Compare(Finding? x, Finding? y)
    {
        if (x is null || y is null)
        {
            return x is null ? (y is null ? 0 : -1) : 1;
        }

        var c = string.CompareOrdinal(x.Language, y.Language);
        if (c == 0)
        {
            c = string.CompareOrdinal(x.File, y.File);
        }

        if (c == 0)
        {
            c = x.Line.CompareTo(y.Line);
        }

        if (c == 0)
        {
            c = x.Column.CompareTo(y.Column);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Rule, y.Rule);
        }

        return c == 0 ? string.CompareOrdinal(x.Message, y.Message) : c;
    }
}
