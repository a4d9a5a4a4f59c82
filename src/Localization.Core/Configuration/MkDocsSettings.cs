using Localization.Core.Crowdin;
using Localization.Core.Markdown;
using Localization.Core.Markdown.Extensions.Blocks;
using Localization.Core.Text;

namespace Localization.Core.Configuration;

/// <summary>What l10n reads of a site's mkdocs.yml: its Markdown extensions and how the toc makes heading ids.</summary>
/// <param name="Dialect">The Markdown model its pages are read with.</param>
/// <param name="SlugStyle">How heading ids are made (toc <c>slugify</c>).</param>
/// <param name="File">The mkdocs.yml read, or null when there is none (every extension on, Python-Markdown's slugs).</param>
public sealed record MkDocsSettings(MarkdownDialect Dialect, SlugStyle SlugStyle, string? File)
{
    /// <summary>How many files an INHERIT chain may go through: deeper is a loop in practice.</summary>
    private const int MaxInheritDepth = 4;

    private static readonly string[] ConfigNames = ["mkdocs.yml", "mkdocs.yaml", "mkdocs.common.yml", "mkdocs.en.yml"];

    public static MkDocsSettings None { get; } = new(MarkdownDialect.Default, SlugStyle.PythonMarkdown, null);

    /// <summary>Its <c>site_url</c>, where the site is published; null when absent or not an http(s) address.</summary>
    public Uri? SiteUrl { get; init; }

    /// <summary>
    /// Reads <paramref name="configured"/> (l10n.yml's <c>mkdocs:</c>, relative to <paramref name="directory"/>),
    /// else the first mkdocs.yml of <paramref name="directory"/>; <see cref="None"/> when there is none.
    /// </summary>
    /// <exception cref="ConfigException">The file is unreadable or not YAML (with its line and column), or anchors/aliases are used.</exception>
    public static MkDocsSettings Load(string directory, string? configured = null) => Load(directory, configured, 0);

    private static MkDocsSettings Load(string directory, string? configured, int depth)
    {
        var path = configured is not null ? Path.Combine(directory, configured) : ConfigNames.Select(n => Path.Combine(directory, n)).FirstOrDefault(System.IO.File.Exists);
        if (path is null)
        {
            return None;
        }

        var name = configured ?? Path.GetFileName(path);
        if (!System.IO.File.Exists(path))
        {
            throw new ConfigException(ProjectSettings.FileName, 1, 1, $"mkdocs: '{configured}' does not exist");
        }

        // A pull request may make the site's configuration a link to /etc/shadow: checked as crowdin.yml is.
        ConfigFileGuard.Check(path, directory, name);
        var file = IO.TextFileReader.Read(path, CrowdinConfigLoader.MaxConfigBytes);
        if (!file.Ok)
        {
            throw new ConfigException(name, file.ErrorLine, 1, file.Error!);
        }

        var text = file.Text!;
        if (InheritOf(text) is { } inherited)
        {
            // A language's mkdocs.yml that only says INHERIT: ../en/mkdocs.yml: the extensions are the parent's.
            // One that cannot be followed is an error, as in MkDocs: read alone, the file would turn every extension
            // off and every admonition of the site would be reported.
            var parent = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, inherited.Value));
            var why = !PathGuard.IsUnder(parent, Path.GetFullPath(directory)) ? "is outside the project; not read"
                : !System.IO.File.Exists(parent) ? "does not exist"
                : depth >= MaxInheritDepth ? $"is more than {MaxInheritDepth} files deep (do the files inherit from each other?)"
                : null;
            if (why is not null)
            {
                throw new ConfigException(name, inherited.Line, 1, $"INHERIT: '{ConfigText.Quote(inherited.Value)}' {why}");
            }

            return Load(directory, Path.GetRelativePath(directory, parent), depth + 1);
        }

        return Parse(text, name);
    }

    /// <summary>The INHERIT target of a file that lists no extensions itself, with its 1-based line; else null.</summary>
    private static (string Value, int Line)? InheritOf(string text)
    {
        if (text.Contains("markdown_extensions", StringComparison.Ordinal))
        {
            return null;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("INHERIT:", StringComparison.Ordinal))
            {
                return lines[i]["INHERIT:".Length..].TrimEnd('\r').Trim().Trim('"', '\'') is { Length: > 0 } value ? (value, i + 1) : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Reads mkdocs.yml text. Tags such as <c>!!python/name:…</c> and <c>!ENV</c> are opaque values (the file is
    /// never executed); only <c>markdown_extensions</c> is read.
    /// </summary>
    public static MkDocsSettings Parse(string text, string file)
    {
        var root = YamlTreeReader.Read(text, file);
        var dialect = new MarkdownDialect
        {
            Admonitions = false, Details = false, ContentTabs = false, Footnotes = false, Abbreviations = false,
            Attributes = false, Snippets = false, MarkdownInHtml = false, Blocks = null,
        };

        // The slug function is a !!python/object/apply tag, which the tree keeps no trace of: look for its name.
        var slugs = text.Contains("pymdownx.slugs.slugify", StringComparison.Ordinal) ? SlugStyle.PymdownxUnicodeLower : SlugStyle.PythonMarkdown;
        var siteUrl = root is YamlMappingNode withUrl && withUrl.TryGet("site_url", out _, out var url) && url is YamlScalarNode { IsNull: false } u ? SiteAddress.Parse(u.Value) : null;
        if (root is not YamlMappingNode top || !top.TryGet("markdown_extensions", out _, out var extensions))
        {
            return new MkDocsSettings(dialect, slugs, file) { SiteUrl = siteUrl };
        }

        // MkDocs takes a list of names or one-key mappings, or one mapping of names to options.
        IEnumerable<(string Name, YamlMappingNode? Options)> entries = extensions switch
        {
            YamlSequenceNode list => list.Items.Select(item => item switch
            {
                YamlScalarNode scalar => (scalar.Value, (YamlMappingNode?)null),
                YamlMappingNode { Entries.Count: 1 } single => (single.Entries[0].Key.Value, single.Entries[0].Value as YamlMappingNode),
                _ => ("", null),
            }),
            YamlMappingNode mapping => mapping.Entries.Select(e => (e.Key.Value, e.Value as YamlMappingNode)),
            _ => [],
        };

        var admonitionTypes = new HashSet<string>(StringComparer.Ordinal);
        var detailsTypes = new HashSet<string>(StringComparer.Ordinal);
        bool blocks = false, tab = false, html = false;
        foreach (var (name, options) in entries)
        {
            switch (name)
            {
                case "admonition":
                    dialect = dialect with { Admonitions = true };
                    break;
                case "pymdownx.details":
                    dialect = dialect with { Details = true };
                    break;
                case "pymdownx.tabbed":
                    dialect = dialect with { ContentTabs = true };
                    break;
                case "footnotes":
                    dialect = dialect with { Footnotes = true };
                    break;
                case "abbr":
                    dialect = dialect with { Abbreviations = true };
                    break;
                case "attr_list":
                    dialect = dialect with { Attributes = true };
                    break;
                case "md_in_html":
                    dialect = dialect with { MarkdownInHtml = true };
                    break;
                case "pymdownx.snippets":
                    dialect = dialect with { Snippets = true, SnippetBasePaths = Values(options, "base_path"), SnippetCheckPaths = Flag(options, "check_paths") };
                    break;
                case "toc":
                    dialect = dialect with { Permalinks = options is not null && options.TryGet("permalink", out _, out var permalink) && permalink is YamlScalarNode { Value: not ("false" or "False" or "") } };
                    break;
                case "pymdownx.blocks.admonition":
                    blocks = true;
                    admonitionTypes.UnionWith(BlocksSettings.DefaultAdmonitionTypes);
                    admonitionTypes.UnionWith(Types(options));
                    break;
                case "pymdownx.blocks.details":
                    blocks = true;
                    detailsTypes.Add("details");
                    detailsTypes.UnionWith(Types(options));
                    break;
                case "pymdownx.blocks.tab":
                    blocks = tab = true;
                    break;
                case "pymdownx.blocks.html":
                    blocks = html = true;
                    break;
            }
        }

        if (blocks)
        {
            dialect = dialect with { Blocks = new BlocksSettings(admonitionTypes, detailsTypes, tab, html) };
        }

        return new MkDocsSettings(dialect, slugs, file) { SiteUrl = siteUrl };
    }

    /// <summary><c>types:</c> of a blocks extension: names, or mappings with a <c>name</c>.</summary>
    private static IEnumerable<string> Types(YamlMappingNode? options)
    {
        if (options is null || !options.TryGet("types", out _, out var node) || node is not YamlSequenceNode types)
        {
            yield break;
        }

        foreach (var type in types.Items)
        {
            var name = type switch
            {
                YamlScalarNode scalar => scalar.Value,
                YamlMappingNode mapping when mapping.TryGet("name", out _, out var n) && n is YamlScalarNode s => s.Value,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name))
            {
                yield return name.Trim().ToLowerInvariant();
            }
        }
    }

    private static List<string> Values(YamlMappingNode? options, string key) =>
        options is null || !options.TryGet(key, out _, out var node) ? []
        : node switch
        {
            YamlScalarNode { IsNull: false } scalar => [scalar.Value],
            YamlSequenceNode sequence => sequence.Items.OfType<YamlScalarNode>().Select(s => s.Value).ToList(),
            _ => [],
        };

    private static bool Flag(YamlMappingNode? options, string key) =>
        options is not null && options.TryGet(key, out _, out var node) && node is YamlScalarNode { Value: "true" or "True" or "yes" or "on" };
}
