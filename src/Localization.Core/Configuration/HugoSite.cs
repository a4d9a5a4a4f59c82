using Localization.Core.Crowdin;
using Localization.Core.Markdown;
using Localization.Core.Rules.Links;
using Localization.Core.Text;
using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Localization.Core.Configuration;

/// <summary>
/// What l10n reads of a Hugo site's configuration (<c>hugo.toml</c>, <c>hugo.yaml</c>, <c>config.toml</c>, …): its
/// <c>baseURL</c>, its languages' content directories and how Goldmark makes heading ids. Every other setting is
/// left alone (the file is read, never run).
/// </summary>
/// <param name="File">The configuration file read (its name).</param>
/// <param name="SiteUrl">Its <c>baseURL</c> (<c>https://kubernetes.io/</c>), or null when it is not an http(s) address: where the English site is published.</param>
/// <param name="ContentDirs">Language → its <c>contentDir</c> (<c>ko</c> → <c>content/ko</c>).</param>
/// <param name="SlugStyle">Goldmark's <c>autoHeadingIDType</c> (<c>github</c>, the default, is <see cref="SlugStyle.Hugo"/>).</param>
public sealed record HugoSite(string File, Uri? SiteUrl, IReadOnlyDictionary<string, string> ContentDirs, SlugStyle SlugStyle)
{
    private static readonly string[] ConfigNames = ["hugo.toml", "hugo.yaml", "hugo.yml", "config.toml", "config.yaml", "config.yml"];

    /// <summary>
    /// The names that make a directory a project by themselves (Hugo's own since 0.110; <c>config.toml</c> is too
    /// common a name to mean a Hugo site in a search up the directory tree).
    /// </summary>
    public static IReadOnlyList<string> ProjectNames { get; } = ["hugo.toml", "hugo.yaml"];

    /// <summary>The default content language (<c>defaultContentLanguage</c>, Hugo's default <c>en</c>).</summary>
    public string DefaultLanguage { get; init; } = "en";

    /// <summary>
    /// The pages of the site as a file group: the default language's <c>contentDir</c> is the source and every
    /// other language's is the same path with its code (<c>content/en</c>, <c>content/ko</c>); null when the
    /// languages declare no such directories.
    /// </summary>
    public IReadOnlyList<CrowdinFileGroup>? ContentGroups()
    {
        if (!ContentDirs.TryGetValue(DefaultLanguage, out var source))
        {
            return null;
        }

        source = source.Replace('\\', '/').TrimEnd('/');
        if (!source.EndsWith("/" + DefaultLanguage, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var prefix = source[..^DefaultLanguage.Length];
        var others = ContentDirs.Where(d => d.Key != DefaultLanguage).ToList();
        if (others.Count == 0 || others.Any(d => !d.Value.Replace('\\', '/').TrimEnd('/').Equals(prefix + d.Key, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return [new CrowdinFileGroup(source + "/**/*.md", prefix + "%language%/**/%original_file_name%", [], null, [],
            new Dictionary<string, IReadOnlyDictionary<string, string>>(), [], 1)];
    }

    /// <summary>
    /// The Markdown of a Hugo site: Goldmark with footnotes and heading attributes (<c>{#id}</c>) and Hugo's
    /// shortcodes; none of MkDocs' extensions (<c>!!!</c>, <c>===</c>, <c>--8&lt;--</c>, <c>*[abbr]:</c> are text there).
    /// </summary>
    public static MarkdownDialect Dialect { get; } = new()
    {
        Admonitions = false,
        Details = false,
        ContentTabs = false,
        Abbreviations = false,
        Snippets = false,
        MarkdownInHtml = false,
        Blocks = null,
    };

    /// <summary>The front-matter keys a Hugo site translates: those of every site, and <c>linkTitle</c> (the menu title).</summary>
    public static IReadOnlyList<string> FrontMatterKeys { get; } = ["title", "description", "linkTitle"];

    /// <summary>
    /// Hugo puts every language but the default under <c>/{lang}/</c>, so a root-relative link (<c>/docs/x/</c>) of
    /// the English is <c>/ko/docs/x/</c> in Korean, and so is its absolute form under <c>baseURL</c>: the localised
    /// links a Hugo site has when l10n.yml declares none. A link made absolute under <c>baseURL</c> on one side
    /// and root-relative on the other is the same page.
    /// </summary>
    public LocalizedLinkRules DefaultLocalizedLinks
    {
        get
        {
            var rules = new List<LocalizedLinkRule> { new("/", "/{lang}/", new Dictionary<string, string>(), $"{File} (Hugo's language prefix)") };
            if (SiteUrl?.AbsoluteUri is { } url)
            {
                // The same page written absolute on one side and root-relative on the other is the same link.
                var root = url.EndsWith('/') ? url : url + "/";
                var none = new Dictionary<string, string>();
                rules.Add(new(root, root + "{lang}/", none, $"{File} baseURL"));
                rules.Add(new(root, "/{lang}/", none, $"{File} baseURL"));
                rules.Add(new("/", root + "{lang}/", none, $"{File} baseURL"));
            }

            return new LocalizedLinkRules(rules);
        }
    }

    /// <summary>
    /// A Hugo page checked without its site (pair mode, no hugo.toml at hand): known by its TOML front matter or
    /// its shortcodes, it is read with Hugo's Markdown and ids and Hugo's language prefix, without a baseURL.
    /// </summary>
    public static HugoSite? FromPage(string text) =>
        text.StartsWith("+++", StringComparison.Ordinal) || text.Contains("{{<", StringComparison.Ordinal) || text.Contains("{{%", StringComparison.Ordinal)
            ? new HugoSite("the page's Hugo shortcodes", null, new Dictionary<string, string>(), SlugStyle.Hugo)
            : null;

    /// <summary>The Hugo configuration of <paramref name="directory"/>, or null when it has none.</summary>
    /// <exception cref="ConfigException">The file is unreadable or not valid TOML/YAML, with its line and column.</exception>
    public static HugoSite? Load(string directory)
    {
        var path = ConfigNames.Select(n => Path.Combine(directory, n)).FirstOrDefault(System.IO.File.Exists);
        if (path is null)
        {
            return null;
        }

        var name = Path.GetFileName(path);
        ConfigFileGuard.Check(path, directory, name);
        var file = IO.TextFileReader.Read(path, CrowdinConfigLoader.MaxConfigBytes);
        if (!file.Ok)
        {
            throw new ConfigException(name, file.ErrorLine, 1, file.Error!);
        }

        if (!name.StartsWith("config.", StringComparison.Ordinal))
        {
            return Parse(name, Read(file.Text!, name));
        }

        // config.toml and config.yaml are Hugo's older names, and common names for anything else: they are a Hugo
        // site's only when they read as one and set baseURL; otherwise they are none of l10n's business.
        try
        {
            var values = Read(file.Text!, name);
            return values.ContainsKey("baseurl") ? Parse(name, values) : null;
        }
        catch (ConfigException)
        {
            return null;
        }
    }

    /// <summary>The site from its settings flattened to dotted keys (<c>languages.ko.contentDir</c>); Hugo's keys are case-insensitive.</summary>
    internal static HugoSite Parse(string name, IReadOnlyDictionary<string, string> values)
    {
        var contentDirs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            var parts = key.Split('.');
            if (parts.Length == 3 && parts[0] == "languages" && parts[2] == "contentdir")
            {
                contentDirs[parts[1]] = value;
            }
        }

        var slugs = values.GetValueOrDefault("markup.goldmark.parser.autoheadingidtype") is { } type && !type.Equals("github", StringComparison.OrdinalIgnoreCase)
            ? SlugStyle.PythonMarkdown // github-ascii and blackfriday: ASCII ids, which Python-Markdown's slugs approximate
            : SlugStyle.Hugo;
        return new HugoSite(name, SiteAddress.Parse(values.GetValueOrDefault("baseurl")), contentDirs, slugs) { DefaultLanguage = values.GetValueOrDefault("defaultcontentlanguage") ?? "en" };
    }

    private static Dictionary<string, string> Read(string text, string name) =>
        name.EndsWith(".toml", StringComparison.Ordinal) ? ReadToml(text, name) : ReadYaml(text, name);

    private static Dictionary<string, string> ReadToml(string text, string name)
    {
        if (Units.TomlFrontMatterReader.TooDeepAt(text) is { } deep)
        {
            var (line, column) = new Markdown.LineMap(text).Position(deep);
            throw new ConfigException(name, line, column, $"nests deeper than {Units.TomlFrontMatterReader.MaxDepth} levels");
        }

        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(text, name, false);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            throw new ConfigException(name, 1, 1, $"invalid TOML ({e.Message})");
        }

        if (document.HasErrors)
        {
            var error = document.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
            throw new ConfigException(name, error.Span.Start.Line + 1, error.Span.Start.Column + 1, error.Message);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string prefix, IEnumerable<KeyValueSyntax> pairs)
        {
            foreach (var pair in pairs)
            {
                if (pair.Key is not null && pair.Value is StringValueSyntax { Value: { } value })
                {
                    values[(prefix + pair.Key.ToString().Trim().Replace("\"", "", StringComparison.Ordinal)).ToLowerInvariant()] = value;
                }
            }
        }

        Add("", document.KeyValues);
        foreach (var table in document.Tables)
        {
            if (table.Name is not null)
            {
                Add(table.Name.ToString().Trim().Replace("\"", "", StringComparison.Ordinal) + ".", table.Items.OfType<KeyValueSyntax>());
            }
        }

        return values;
    }

    private static Dictionary<string, string> ReadYaml(string text, string name)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        void Walk(string prefix, YamlNode? node, int depth)
        {
            if (node is YamlScalarNode scalar && prefix.Length > 0)
            {
                values[prefix.ToLowerInvariant()] = scalar.Value;
            }
            else if (node is YamlMappingNode mapping && depth < 8)
            {
                foreach (var (key, value) in mapping.EffectiveEntries())
                {
                    Walk(prefix.Length == 0 ? key.Value : $"{prefix}.{key.Value}", value, depth + 1);
                }
            }
        }

        Walk("", YamlTreeReader.Read(text, name), 0);
        return values;
    }
}
