using Localization.Core.Crowdin;

namespace Localization.Core.Configuration;

/// <summary>
/// Loads a project from its configuration file: a crowdin.yml (with the l10n.yml next to it), or an l10n.yml
/// whose <c>files:</c> declares the pages of a project that has no crowdin.yml.
/// </summary>
public static class ProjectLoader
{
    /// <summary>The configuration files looked for in a project directory, in this order.</summary>
    public static IReadOnlyList<string> ConfigNames { get; } = ["crowdin.yml", "crowdin.yaml", ProjectSettings.FileName, .. HugoSite.ProjectNames];

    /// <summary>The configuration file in <paramref name="directory"/>, or null when there is none.</summary>
    /// <remarks>An l10n.yml alone is the configuration only with <c>files:</c>; <see cref="Load"/> says so when it has none.</remarks>
    public static string? Find(string directory)
    {
        foreach (var name in ConfigNames)
        {
            var path = Path.Combine(directory, name);
            if (File.Exists(path))
            {
                return path;
            }
        }

        return null;
    }

    /// <summary>Reads the project of <paramref name="configPath"/> (a crowdin.yml, or an l10n.yml with <c>files:</c>).</summary>
    /// <exception cref="ConfigException">Either file is unreadable or invalid, or both declare the files.</exception>
    public static LoadedProject Load(string configPath)
    {
        ArgumentNullException.ThrowIfNull(configPath);
        if (IsSettingsFile(configPath))
        {
            if (!File.Exists(configPath))
            {
                throw new ConfigException(configPath, 1, 1, "the configuration file does not exist");
            }

            var directory = Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? ".";
            var own = ProjectSettings.Load(directory);
            if (own.Files is not { } groups)
            {
                throw new ConfigException(configPath, 1, 1, "declares no 'files:' (the source and translation patterns, as in crowdin.yml), and no crowdin.yml is given");
            }

            var mapping = new CrowdinConfig(Path.GetFullPath(configPath), directory, PreserveHierarchy: false, groups.Select(LanguageAsWritten).ToArray());
            return WithSite(mapping, own, directory);
        }

        if (HugoSite.ProjectNames.Contains(Path.GetFileName(configPath), StringComparer.OrdinalIgnoreCase))
        {
            return LoadHugo(configPath);
        }

        var config = CrowdinConfigLoader.Load(configPath);
        var settings = ProjectSettings.Load(config.ConfigDirectory);
        if (settings.FilesAt is { } at)
        {
            throw new ConfigException(ProjectSettings.FileName, at.Line, at.Column, $"'files' is declared both here and in {Path.GetFileName(configPath)}: keep one");
        }

        return WithSite(config, settings, config.ConfigDirectory);
    }

    /// <summary>
    /// A Hugo site with no crowdin.yml: its pages are <c>files:</c> of an l10n.yml next to it if it has them, else
    /// the content directories its languages declare (<c>content/en</c> → <c>content/%language%</c>).
    /// </summary>
    private static LoadedProject LoadHugo(string configPath)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? ".";
        var own = ProjectSettings.Load(directory);
        var name = Path.GetFileName(configPath);
        var groups = own.Files
            ?? (HugoSite.Load(directory) is { } site && site.File == name ? site.ContentGroups() : null)
            ?? throw new ConfigException(name, 1, 1, "its languages declare no content directories that l10n can pair (contentDir = \"content/en\" for the default language and content/<code> for the others): declare the pages with 'files:' in l10n.yml");
        var mapping = new CrowdinConfig(Path.GetFullPath(configPath), directory, PreserveHierarchy: false, groups.Select(LanguageAsWritten).ToArray());
        return WithSite(mapping, own, directory);
    }

    /// <summary>
    /// The project with its site: its mkdocs.yml, else its Hugo configuration (Hugo's Markdown and heading ids, and
    /// Hugo's language prefix as the localised links and linkTitle among the translated front-matter keys when
    /// l10n.yml declares none), with the project's verbatim
    /// patterns and translatable shortcode parameters added to its Markdown model.
    /// </summary>
    private static LoadedProject WithSite(CrowdinConfig config, ProjectSettings settings, string directory)
    {
        var site = MkDocsSettings.Load(directory, settings.MkDocsFile);
        var hugo = site.File is null && settings.MkDocsFile is null ? HugoSite.Load(directory) : null;
        if (hugo is not null)
        {
            site = new MkDocsSettings(HugoSite.Dialect, hugo.SlugStyle, null) { SiteUrl = hugo.SiteUrl };
            if (settings.LocalizedLinks.Rules.Count == 0)
            {
                settings = settings with { LocalizedLinks = hugo.DefaultLocalizedLinks };
            }

            if (settings.FrontMatterKeys is null)
            {
                settings = settings with { FrontMatterKeys = HugoSite.FrontMatterKeys };
            }
        }

        var dialect = site.Dialect;
        if (settings.VerbatimPatterns.Count > 0)
        {
            dialect = dialect with { VerbatimPatterns = settings.VerbatimPatterns };
        }

        if (settings.TranslatableShortcodeParameters.Count > 0)
        {
            dialect = dialect with { Shortcodes = dialect.Shortcodes.With(settings.TranslatableShortcodeParameters) };
        }

        return new LoadedProject(config, settings, ReferenceEquals(dialect, site.Dialect) ? site : site with { Dialect = dialect }) { Hugo = hugo };
    }

    /// <summary>
    /// In l10n.yml, <c>%language%</c> is the code as the paths spell it (<c>ko</c>, <c>pt-BR</c>), not Crowdin's
    /// language name (<c>Korean</c>): a site translated by hand names its directories by code. A group that
    /// maps <c>language</c> itself keeps Crowdin's meaning.
    /// </summary>
    private static CrowdinFileGroup LanguageAsWritten(CrowdinFileGroup group)
    {
        if (group.LanguagesMapping.ContainsKey("language"))
        {
            return group;
        }

        static string AsCode(string pattern) => pattern.Replace("%language%", "%two_letters_code%", StringComparison.Ordinal);
        return group with { Translation = AsCode(group.Translation), Ignore = group.Ignore.Select(AsCode).ToArray() };
    }

    private static bool IsSettingsFile(string path) =>
        Path.GetFileName(path).Equals(ProjectSettings.FileName, StringComparison.OrdinalIgnoreCase);
}

/// <summary>A project's file mapping, its l10n settings and what its mkdocs.yml (or Hugo configuration) says.</summary>
public sealed record LoadedProject(CrowdinConfig Config, ProjectSettings Settings, MkDocsSettings Site)
{
    /// <summary>
    /// Where the English site is published: l10n.yml's <c>site_url:</c>, else mkdocs.yml's <c>site_url</c> or the
    /// Hugo site's <c>baseURL</c>; null when none says.
    /// </summary>
    public Uri? SiteUrl => Settings.SiteUrl ?? Site.SiteUrl;

    /// <summary>The Hugo site's configuration, when the project is one.</summary>
    public HugoSite? Hugo { get; init; }
}
