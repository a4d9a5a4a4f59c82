namespace Localization.Core.Crowdin;

/// <summary>
/// Pairs source files with translation files using a <see cref="CrowdinConfig"/>, and finds which
/// languages exist on disk. Everything is computed from the local tree, never from Crowdin.
/// </summary>
public static class ProjectFileMapper
{
    /// <summary>
    /// Every source file matched by every group (after <c>ignore</c>), with its translation path for
    /// <paramref name="language"/>, sorted by <see cref="FilePair.Source"/> (ordinal; group order for
    /// ties). Groups listing the language in <c>excluded_target_languages</c> are skipped, as are pairs
    /// whose translation would be the source itself or would resolve through a link outside the base path.
    /// </summary>
    /// <param name="config">The loaded configuration.</param>
    /// <param name="language">The code as the project's paths use it (see <see cref="PlaceholderExpander"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="language"/> is not <c>^[A-Za-z0-9_-]+$</c>.</exception>
    /// <exception cref="ConfigException">A group's pattern is invalid or a computed translation path escapes the base path.</exception>
    public static IReadOnlyList<FilePair> Map(CrowdinConfig config, string language) => Map(config, language, null);

    /// <summary>
    /// <see cref="Map(CrowdinConfig, string)"/>, where a translation path that two sources (or two groups)
    /// map to is paired once, with the first source; each group's first such collision is added to
    /// <paramref name="collisions"/>. A group that repeats an earlier one is not expanded again.
    /// </summary>
    public static IReadOnlyList<FilePair> Map(CrowdinConfig config, string language, ICollection<MappingCollision>? collisions)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Map(new MappingSession(config), config, language, collisions);
    }

    /// <summary>
    /// <see cref="Map(CrowdinConfig, string, ICollection{MappingCollision}?)"/> in a session shared by every language of a run: the
    /// English sources are listed once, not once per language (31 listings of the same tree, with a path
    /// resolution per file, were most of the planning of a 31-language site).
    /// </summary>
    internal static IReadOnlyList<FilePair> Map(MappingSession session, CrowdinConfig config, string language, ICollection<MappingCollision>? collisions)
    {
        var target = new LanguageTarget(language);
        var pairs = new List<FilePair>();
        var byTranslation = new Dictionary<string, FilePair>(PathGuard.PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase);
        var signatures = new HashSet<string>(StringComparer.Ordinal);
        foreach (var group in config.Files)
        {
            if (MappingSession.IsExcluded(group, target.Code))
            {
                continue;
            }

            var repeated = !signatures.Add(group.Signature());
            var collided = false;

            var ignore = session.Ignore(group, target);
            var languagePattern = TranslationPathBuilder.ForLanguage(group, target);
            foreach (var source in session.Sources(group))
            {
                if (ignore.IsIgnored(source.RelativePath))
                {
                    continue;
                }

                var relative = TranslationPathBuilder.Build(group, source, languagePattern)
                    ?? throw new ConfigException(
                        config.ConfigFile,
                        group.Line,
                        1,
                        $"the translation path computed for '{source.RelativePath}' and language '{target.Code}' is empty or escapes the base path");
                if (string.Equals(relative, source.RelativePath, StringComparison.Ordinal))
                {
                    continue;
                }

                var full = Path.GetFullPath(Path.Join(config.BasePath, relative));
                if (!PathGuard.IsUnder(full, config.BasePath))
                {
                    continue;
                }

                var pair = new FilePair(
                    target.Code,
                    PathGuard.Relative(config.ConfigDirectory, source.FullPath),
                    PathGuard.Relative(config.ConfigDirectory, full),
                    source.FullPath,
                    full,
                    group);
                if (source.Refusal is { } refusal)
                {
                    pair = pair with { Refusal = refusal, RefusedFile = pair.Source };
                }
                else if (!session.Lister.ResolvesInsideRoot(full))
                {
                    pair = pair with
                    {
                        Refusal = PathGuard.RealPath(full) is { } real ? $"is a symbolic link to {real}, outside the project; not read"
                            : IO.FileKind.TypeOf(full) == IO.FileType.NameTooLong ? "path is longer than the system allows; not read" : "is a symbolic link loop; not read",
                        RefusedFile = pair.Translation,
                    };
                }

                if (byTranslation.TryGetValue(full, out var first))
                {
                    if (!collided)
                    {
                        collisions?.Add(new MappingCollision(first, pair));
                        collided = true;
                    }

                    if (repeated && collided)
                    {
                        break; // the rest of a repeated group collides in the same way
                    }

                    continue;
                }

                byTranslation[full] = pair;
                pairs.Add(pair);
            }
        }

        return pairs.OrderBy(p => p.Source, StringComparer.Ordinal).ToArray();
    }

    /// <summary>
    /// Languages that have at least one translation of an existing source file on disk, sorted
    /// ordinally and deduplicated. Each group's translation pattern is turned into a matcher whose
    /// language placeholders capture a value (<c>/i18n/%two_letters_code%/**/%file_name%.%file_extension%</c>
    /// captures the directory names under <c>i18n/</c>); a value found in <c>languages_mapping</c> is
    /// reported as its Crowdin id key. Every candidate is confirmed by building the translation path
    /// forward with <see cref="Map(CrowdinConfig, string)"/>'s rules, so only codes that <see cref="Map(CrowdinConfig, string)"/> would pair are
    /// returned; codes that are not <c>^[A-Za-z0-9_-]+$</c> are ignored.
    /// </summary>
    /// <exception cref="ConfigException">A group's source pattern is invalid.</exception>
    public static IReadOnlyList<string> DiscoverLanguages(CrowdinConfig config) => DiscoverLanguages(config, parallelism: 0);

    /// <summary><see cref="DiscoverLanguages(CrowdinConfig)"/> on at most <paramref name="parallelism"/> threads (<see cref="Checking.CheckOptions.Parallelism"/>: 0 = all cores).</summary>
    public static IReadOnlyList<string> DiscoverLanguages(CrowdinConfig config, int parallelism)
    {
        ArgumentNullException.ThrowIfNull(config);
        var session = new MappingSession(config);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var group in config.Files)
        {
            DiscoverInParallel(session, group, session.Sources(group), found, parallelism);
        }

        return found.ToArray();
    }

    /// <summary>
    /// The languages of a group's sources, looked for on the run's threads, each thread with its own session and its
    /// own set of languages found (starting from those of the groups before): a 31-language site's 125 sources took
    /// 22-31 ms of one thread before the first page. A language is found when one of its translations is confirmed,
    /// which does not depend on which thread confirms it, so the set is the same. A language whose
    /// <c>ignore</c> patterns are invalid throws on every source it appears for and is never found, so the
    /// error thrown is the one of the first such source, as when the sources were looked at one after another.
    /// </summary>
    private static void DiscoverInParallel(MappingSession listed, CrowdinFileGroup group, IReadOnlyList<GlobMatch> sources, SortedSet<string> found, int parallelism)
    {
        var before = found.ToArray();
        var results = new List<SortedSet<string>>();
        MappingParallel.For(
            sources.Count,
            parallelism,
            () => (Session: new MappingSession(listed), Found: new SortedSet<string>(before, StringComparer.Ordinal)),
            (i, local) => DiscoverFrom(local.Session, group, sources[i], local.Found),
            local =>
            {
                lock (results)
                {
                    results.Add(local.Found);
                }
            });

        foreach (var result in results)
        {
            found.UnionWith(result);
        }
    }

    private static void DiscoverFrom(MappingSession session, CrowdinFileGroup group, GlobMatch source, SortedSet<string> found)
    {
        if (source.Refusal is not null)
        {
            return;
        }

        var template = TranslationPathBuilder.Template(group, source);
        var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!segments.Any(TranslationPathBuilder.HasMarker) || segments.Any(s => s is "." or ".."))
        {
            return;
        }

        // A directory whose languages are all found already is not looked into: its files would only confirm them again.
        foreach (var (relative, captures) in session.FindTemplateMatches(segments, captures => LanguageCandidates.FromCaptures(captures, group.LanguagesMapping).All(found.Contains)))
        {
            // Asked again here (the test above saw the directory's captures, these are the file's).
            foreach (var candidate in LanguageCandidates.FromCaptures(captures, group.LanguagesMapping))
            {
                if (!found.Contains(candidate) && session.Confirms(group, source, candidate, relative))
                {
                    found.Add(candidate);
                }
            }
        }
    }
}
