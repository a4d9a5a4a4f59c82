using System.Text.RegularExpressions;

namespace Localization.Core.Crowdin;

/// <summary>
/// Per-call state for <see cref="ProjectFileMapper"/>: one directory lister (so each directory is
/// listed once), source matches per group and ignore matchers per group and language.
/// </summary>
internal sealed class MappingSession
{
    private readonly CrowdinConfig _config;

    // By pattern: groups that repeat a source pattern (even thousands of them) share one listing.
    private readonly Dictionary<string, IReadOnlyList<GlobMatch>> _sources = new(StringComparer.Ordinal);

    // The listings of the session this one was started from, read only (null for a first session).
    private readonly Dictionary<string, IReadOnlyList<GlobMatch>>? _sharedSources;
    private readonly Dictionary<(CrowdinFileGroup, string), IgnoreMatcher> _ignores = [];
    private readonly Dictionary<string, Regex> _segmentRegexes = new(StringComparer.Ordinal);

    /// <summary>Starts a session; refuses a base path outside the config directory (hand-built or <c>Parse</c>d configs are not checked on load).</summary>
    public MappingSession(CrowdinConfig config)
    {
        _config = config;
        if (!PathGuard.BaseStaysInConfigDirectory(config))
        {
            throw new ConfigException(config.ConfigFile, 1, 1, $"base_path '{config.BasePath}' must stay inside the directory containing the configuration file");
        }

        Lister = new DirectoryLister(config.BasePath);
    }

    /// <summary>
    /// A session for another thread that reads the sources <paramref name="parent"/> has listed (no longer changed:
    /// the parent is not used while this session is) and shares its directory listings with the parent's other
    /// sessions: each planning thread listed the English sources again, the listing that <see cref="ListSources"/>
    /// is there to do once, and each listed the translations' directories its own sources looked into.
    /// </summary>
    public MappingSession(MappingSession parent)
    {
        _config = parent._config;
        _sharedSources = parent._sources;
        Lister = new DirectoryLister(parent.Lister);
    }

    public DirectoryLister Lister { get; }

    /// <summary>
    /// Lists the sources of <paramref name="groups"/> for the sessions started from this one. A group whose listing
    /// fails is left to each session that needs it, which raises the error where it did (in its language's place).
    /// </summary>
    public void ListSources(IEnumerable<CrowdinFileGroup> groups)
    {
        foreach (var group in groups)
        {
            try
            {
                Sources(group);
            }
            catch (Exception)
            {
                // Raised again by the session that needs the group.
            }
        }
    }

    /// <summary>True if the group's <c>excluded_target_languages</c> lists <paramref name="code"/> (case-insensitive).</summary>
    public static bool IsExcluded(CrowdinFileGroup group, string code) =>
        group.ExcludedTargetLanguages.Contains(code, StringComparer.OrdinalIgnoreCase);

    /// <summary>Source files of a group, sorted, before <c>ignore</c> is applied.</summary>
    public IReadOnlyList<GlobMatch> Sources(CrowdinFileGroup group)
    {
        if (_sharedSources is not null && _sharedSources.TryGetValue(group.Source, out var shared))
        {
            return shared;
        }

        if (!_sources.TryGetValue(group.Source, out var matches))
        {
            if (!CrowdinGlob.TryParse(group.Source, out var glob, out var error))
            {
                throw new ConfigException(_config.ConfigFile, group.Line, 1, $"'source' {error}");
            }

            matches = glob.Enumerate(Lister, _config.IgnoreHiddenFiles);
            _sources[group.Source] = matches;
        }

        return matches;
    }

    /// <summary>The group's ignore patterns with language placeholders expanded for <paramref name="language"/>.</summary>
    public IgnoreMatcher Ignore(CrowdinFileGroup group, LanguageTarget language)
    {
        if (group.Ignore.Count == 0)
        {
            return IgnoreMatcher.None;
        }

        if (!_ignores.TryGetValue((group, language.Code), out var matcher))
        {
            var expanded = group.Ignore.Select(p => PlaceholderExpander.ExpandLanguage(p, language, group.LanguagesMapping));
            if (!IgnoreMatcher.TryCreate(expanded, out matcher, out var error))
            {
                throw new ConfigException(_config.ConfigFile, group.Line, 1, $"'ignore' pattern {error}");
            }

            _ignores[(group, language.Code)] = matcher;
        }

        return matcher;
    }

    /// <summary>True if <paramref name="candidate"/> really maps <paramref name="source"/> to <paramref name="translation"/>.</summary>
    public bool Confirms(CrowdinFileGroup group, GlobMatch source, string candidate, string translation)
    {
        if (!LanguageCatalog.IsValidCode(candidate) || IsExcluded(group, candidate))
        {
            return false;
        }

        var target = new LanguageTarget(candidate);
        if (Ignore(group, target).IsIgnored(source.RelativePath))
        {
            return false;
        }

        var built = TranslationPathBuilder.Build(group, source, target);
        return built is not null
            && string.Equals(built, translation, StringComparison.Ordinal)
            && !string.Equals(built, source.RelativePath, StringComparison.Ordinal);
    }

    /// <summary>
    /// Existing files matching a translation template: literal segments are looked up, segments with
    /// language markers are matched against directory listings and their values captured.
    /// </summary>
    /// <param name="segments">The template's segments.</param>
    /// <param name="settled">
    /// Given the captures of a directory matched by the template's last segment with markers (every capture its
    /// files will have), true when none of its matches can tell the caller anything new: the directory is not looked
    /// into. Looking for a site's languages listed every translated directory of every language (site31: 387
    /// directories, 4,400 entries, an lstat each) when the first page found in each language's directory confirms it.
    /// </param>
    public IEnumerable<(string Relative, IReadOnlyList<(string Placeholder, string Value)> Captures)> FindTemplateMatches(string[] segments, Func<IReadOnlyList<(string Placeholder, string Value)>, bool>? settled = null)
    {
        var lastMarker = Array.FindLastIndex(segments, TranslationPathBuilder.HasMarker);
        var pending = new Stack<(string Full, string Relative, int Index, IReadOnlyList<(string, string)> Captures)>();
        pending.Push((Lister.Root, string.Empty, 0, []));
        while (pending.Count > 0)
        {
            var (full, relative, index, captures) = pending.Pop();
            var segment = segments[index];
            var isLast = index == segments.Length - 1;
            if (!TranslationPathBuilder.HasMarker(segment))
            {
                var entry = Lister.Find(full, segment);
                if (entry is null || entry.IsDirectory == isLast || entry.Refusal is not null)
                {
                    continue;
                }

                if (isLast)
                {
                    yield return (Join(relative, entry.Name), captures);
                }
                else
                {
                    pending.Push((entry.FullPath, Join(relative, entry.Name), index + 1, captures));
                }

                continue;
            }

            var regex = SegmentRegex(segment);
            foreach (var entry in Lister.List(full))
            {
                if (entry.IsDirectory == isLast || entry.Refusal is not null || (_config.IgnoreHiddenFiles && CrowdinGlob.IsHidden(entry.Name)))
                {
                    continue;
                }

                var match = regex.Match(entry.Name);
                if (!match.Success)
                {
                    continue;
                }

                var next = captures.Concat(TranslationPathBuilder.Captures(regex, match)).ToArray();
                if (isLast)
                {
                    yield return (Join(relative, entry.Name), next);
                }
                else if (index == lastMarker && settled is not null && settled(next))
                {
                    continue;
                }
                else
                {
                    pending.Push((entry.FullPath, Join(relative, entry.Name), index + 1, next));
                }
            }
        }
    }

    private Regex SegmentRegex(string segment)
    {
        if (!_segmentRegexes.TryGetValue(segment, out var regex))
        {
            regex = TranslationPathBuilder.SegmentRegex(segment);
            _segmentRegexes[segment] = regex;
        }

        return regex;
    }

    private static string Join(string relative, string name) => relative.Length == 0 ? name : relative + "/" + name;
}
