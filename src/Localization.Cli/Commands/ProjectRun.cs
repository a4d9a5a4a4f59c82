using Localization.Core.Checking;
using Localization.Core.Crowdin;

namespace Localization.Cli.Commands;

/// <summary>
/// Project mode shared by the commands that check a whole project (<c>check</c>, <c>status</c>): reads the
/// crowdin.yml, splits LANG and PATH arguments, discovers languages, plans the page pairs, refuses what
/// cannot be checked as asked, and runs the engine.
/// </summary>
internal static class ProjectRun
{
        /// <summary>
    /// The project's configuration, found as git and linters find theirs: in the current directory or the
    /// nearest parent holding <c>crowdin.yml</c>, <c>crowdin.yaml</c> or <c>l10n.yml</c> (a project may be
    /// defined by <c>files:</c> in l10n.yml alone); crowdin.yml first. The path is relative to the current
    /// directory (<c>../../crowdin.yml</c>), so messages name it as the user would; null when none exists.
    /// </summary>
    public static string? FindConfig()
    {
        var current = Directory.GetCurrentDirectory();
        for (var directory = new DirectoryInfo(current); directory is not null; directory = directory.Parent)
        {
            foreach (var name in Core.Configuration.ProjectLoader.ConfigNames)
            {
                var path = Path.Combine(directory.FullName, name);
                if (File.Exists(path))
                {
                    return Path.GetRelativePath(current, path).Replace('\\', '/');
                }
            }
        }

        return null;
    }

    /// <summary>The error when no configuration is found.</summary>
    public static string NoConfig(string? pairModeHint = null) =>
        $"no crowdin.yml (or l10n.yml) in the current directory or any parent directory (use --config FILE{pairModeHint})";

    /// <summary>
    /// Checks the project of <paramref name="configPath"/>. On a usage or configuration error, prints it
    /// and returns null (the caller exits with <see cref="ExitCodes.UsageOrConfigError"/>).
    /// </summary>
    /// <param name="positional">LANG then PATH arguments, as given.</param>
    /// <param name="excludedLanguages">Languages to leave out when none is given.</param>
    public static CheckResult? Check(CliConsole console, string configPath, IReadOnlyList<string> positional, IReadOnlyList<string> excludedLanguages, CheckOptions engine, bool quiet = false)
    {
        if (Prepare(console, configPath, positional, excludedLanguages, engine, quiet) is not { } project)
        {
            return null;
        }

        using var progress = project.ShowProgress ? TerminalProgress.ForConsole() : null;
        try
        {
            return new CheckEngine(project.Engine with { Progress = progress }).Run(project.Plan.Pairs, project.Plan.SkippedSourceFiles, project.Plan.Problems);
        }
        catch (Exception e) when (InternalErrors.Tag(e, Display(configPath)))
        {
            throw;
        }
    }

    /// <summary>
    /// Reads the project's configuration and plans its pairs (see <see cref="Check"/>); null after printing
    /// the error when it cannot be checked as asked.
    /// </summary>
    public static PreparedProject? Prepare(CliConsole console, string configPath, IReadOnlyList<string> positional, IReadOnlyList<string> excludedLanguages, CheckOptions engine, bool quiet = false)
    {
        // Planning is one thread: the other core compiles the page check meanwhile (JIT builds only).
        JitWarmUp.Start();
        try
        {
            return PrepareOrFail(console, configPath, positional, excludedLanguages, engine, quiet);
        }
        catch (Exception e) when (InternalErrors.Tag(e, configPath))
        {
            throw;
        }
    }

    private static PreparedProject? PrepareOrFail(CliConsole console, string configPath, IReadOnlyList<string> positional, IReadOnlyList<string> excludedLanguages, CheckOptions engine, bool quiet)
    {
        if (!File.Exists(configPath))
        {
            console.Fail(Directory.Exists(configPath) ? $"{configPath}: is a directory; --config takes the crowdin.yml file" : $"{configPath}: no such file (--config)");
            return null;
        }

        CrowdinConfig config;
        Core.Configuration.ProjectSettings settings;
        Core.Configuration.MkDocsSettings site;
        Uri? siteUrl;
        try
        {
            var loaded = Core.Configuration.ProjectLoader.Load(configPath);
            (config, settings, site, siteUrl) = (loaded.Config, loaded.Settings, loaded.Site, loaded.SiteUrl);
        }
        catch (ConfigException e)
        {
            console.Fail(e.Message);
            return null;
        }

        try
        {
            var learned = Core.Terms.TermsFile.Load(Path.Combine(config.ConfigDirectory, settings.TermsFile), settings.TermsFile, config.ConfigDirectory);
            engine = engine with { Terms = engine.Terms.Union(new Core.Terms.TermSet(settings.Terms.Concat(learned))) };
        }
        catch (ConfigException e)
        {
            console.Fail(e.Message);
            return null;
        }

        engine = engine with { RulePolicy = settings.Rules, LocalizedLinks = settings.LocalizedLinks, SiteUrl = siteUrl };
        if (settings.FrontMatterKeys is { } keys && ReferenceEquals(engine.Reader, Core.Units.PageReaderOptions.Default))
        {
            engine = engine with { Reader = new Core.Units.PageReaderOptions(keys.ToHashSet(StringComparer.Ordinal)) };
        }

        // Duplicates are merged (`check ko ko`, a file named twice or matched by two globs).
        var languages = new List<string>();
        var paths = new List<string>();
        foreach (var token in positional)
        {
            if (token.Length == 0)
            {
                // A shell variable left empty ("$LANGS"): no path to resolve.
                console.Fail("'' is neither a language nor a path");
                return null;
            }

            if (PathGlob.IsPattern(token))
            {
                var matches = PathGlob.Expand(token);
                if (matches.Count == 0)
                {
                    console.Fail($"{token}: the pattern matches no file");
                    return null;
                }

                paths.AddRange(matches.Where(m => !paths.Contains(m)));
            }
            else if (LanguageCatalog.IsValidCode(token) && !File.Exists(token) && !Directory.Exists(token) && !token.Contains('.', StringComparison.Ordinal))
            {
                if (!languages.Contains(token, StringComparer.Ordinal))
                {
                    languages.Add(token);
                }
            }
            else if (Path.GetFullPath(token) is var full && !paths.Contains(full))
            {
                paths.Add(full);
            }
        }

        try
        {
            if (languages.Count == 0)
            {
                var candidates = settings.Languages ?? ProjectFileMapper.DiscoverLanguages(config, engine.Parallelism);
                languages.AddRange(candidates.Distinct(StringComparer.Ordinal).Where(l => !excludedLanguages.Contains(l, StringComparer.OrdinalIgnoreCase) && !settings.ExcludeLanguages.Contains(l, StringComparer.OrdinalIgnoreCase)));
                if (languages.Count == 0)
                {
                    console.Fail($"{Display(configPath)}: no translations found on disk for any language");
                    return null;
                }
            }

            var plan = ProjectPlanner.Plan(config, languages, paths, engine.Parallelism);
            foreach (var language in languages)
            {
                var expected = plan.Pairs.Where(p => p.Language == language).ToList();
                if (paths.Count == 0 && expected.Count > 0 && !expected.Any(p => File.Exists(p.TargetFullPath)))
                {
                    console.Fail($"no translation for language '{language}' exists (expected, for example, {expected[0].Target}); the languages found on disk are: {string.Join(", ", ProjectFileMapper.DiscoverLanguages(config, engine.Parallelism).DefaultIfEmpty("none"))}");
                    return null;
                }
            }

            foreach (var missing in plan.UnmatchedPaths)
            {
                console.Fail(File.Exists(missing) || Directory.Exists(missing)
                    ? $"{Display(missing)}: not a translated file of this project for {string.Join(", ", languages)}"
                    : $"{Display(missing)}: no such file, and not where this project keeps a translation for {string.Join(", ", languages)}");
                return null;
            }

            if (plan.Pairs.Count == 0)
            {
                console.Fail($"nothing to check for {string.Join(", ", languages)}: {MatchSummary.Describe(config, languages, Display(configPath))}");
                return null;
            }

            if (!quiet)
            {
                foreach (var empty in MatchSummary.EmptyGroups(config))
                {
                    console.Error.WriteLine($"l10n: note: {empty}");
                }
            }

            // Progress only when the console is the real one: tests capture output and want none.
            var showProgress = !quiet && ReferenceEquals(console.Error, Console.Error) && plan.Pairs.Count > 20;
            var project = engine with { ProjectRoot = config.BasePath, SlugStyle = site.SlugStyle, Reader = engine.Reader with { Dialect = site.Dialect } };
            return new PreparedProject(plan, project, languages, config.ConfigDirectory, showProgress);
        }
        catch (ConfigException e)
        {
            console.Fail(e.Message);
            return null;
        }
    }

    /// <summary>
    /// Pair mode needs no configuration, but an <c>l10n.yml</c> in the current directory still gives its rule
    /// settings and localised-link rules; null after printing the error when it is malformed.
    /// </summary>
    public static CheckOptions? PairModeSettings(CliConsole console, CheckOptions engine, string? sourcePath = null)
    {
        try
        {
            var settings = Core.Configuration.ProjectSettings.Load(Directory.GetCurrentDirectory());
            engine = engine with { RulePolicy = settings.Rules, LocalizedLinks = settings.LocalizedLinks, SiteUrl = settings.SiteUrl, Terms = engine.Terms.Union(new Core.Terms.TermSet(settings.Terms)) };
            var hugo = Core.Configuration.HugoSite.Load(Directory.GetCurrentDirectory()) ?? HugoPage(sourcePath);
            if (hugo is not null)
            {
                var reader = ReferenceEquals(engine.Reader, Core.Units.PageReaderOptions.Default) && settings.FrontMatterKeys is null
                    ? new Core.Units.PageReaderOptions(Core.Configuration.HugoSite.FrontMatterKeys.ToHashSet(StringComparer.Ordinal))
                    : engine.Reader;
                engine = engine with { SlugStyle = hugo.SlugStyle, Reader = reader with { Dialect = Core.Configuration.HugoSite.Dialect }, LocalizedLinks = settings.LocalizedLinks.Rules.Count > 0 ? settings.LocalizedLinks : hugo.DefaultLocalizedLinks, SiteUrl = settings.SiteUrl ?? hugo.SiteUrl };
            }

            return settings.TranslatableShortcodeParameters.Count == 0 ? engine
                : engine with { Reader = engine.Reader with { Dialect = engine.Reader.Dialect with { Shortcodes = engine.Reader.Dialect.Shortcodes.With(settings.TranslatableShortcodeParameters) } } };
        }
        catch (ConfigException e)
        {
            console.Fail(e.Message);
            return null;
        }
    }

    /// <summary>The English page of pair mode, when it is a Hugo page (read here only to know; the engine reads it again).</summary>
    private static Core.Configuration.HugoSite? HugoPage(string? sourcePath)
    {
        if (sourcePath is null or "-" || !File.Exists(sourcePath))
        {
            return null;
        }

        var file = Core.IO.TextFileReader.Read(sourcePath);
        return file.Ok && file.Text is { } text && !File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "mkdocs.yml")) ? Core.Configuration.HugoSite.FromPage(text) : null;
    }

    /// <summary>
    /// Text reports name files relative to where the user stands: null (paths as the project writes them)
    /// when the current directory is the project's, else a map from project-relative paths to
    /// current-directory-relative ones (<c>../../docs/x.md</c> from inside <c>i18n/ko</c>).
    /// </summary>
    public static Func<string, string>? DisplayFromProject(string? projectDirectory)
    {
        var current = Directory.GetCurrentDirectory();
        if (projectDirectory is null || Path.GetFullPath(projectDirectory).TrimEnd(Path.DirectorySeparatorChar) == current.TrimEnd(Path.DirectorySeparatorChar))
        {
            return null;
        }

        return path => Path.GetRelativePath(current, Path.Combine(projectDirectory, path)).Replace('\\', '/');
    }

    /// <summary>A path as reports show it: relative to the current directory when under it, with '/'.</summary>
    public static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.GetFullPath(path));
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}

/// <summary>A project ready to run: its pairs, the engine options for it, and the languages asked for.</summary>
internal sealed record PreparedProject(ProjectPlan Plan, CheckOptions Engine, IReadOnlyList<string> Languages, string ConfigDirectory, bool ShowProgress);
