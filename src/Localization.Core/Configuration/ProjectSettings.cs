using System.Text.RegularExpressions;
using Localization.Core.Crowdin;

namespace Localization.Core.Configuration;

/// <summary>
/// The project's own l10n settings, from <c>l10n.yml</c> next to <c>crowdin.yml</c>:
/// <code>
/// languages: [ko, fr, ja]          # checked when no LANG is given (instead of every language on disk)
/// exclude_languages: [en-GB]       # never checked unless named
/// front_matter_keys: [title, description, meta_title]
/// terms: [Privacy Guides, Tor Browser]   # do-not-translate terms, besides those of terms.yml
/// terms_file: terms.yml            # learned terms (l10n terms --output terms.yml); read when present
/// rules:                           # per rule (name or id): off, error, warning or info
///   untranslated-block: info
///   hidden-characters: off
/// localized_links:                 # how a link may change per language (no link-mismatch then)
///   - from: https://www.privacyguides.org/en/
///     to: https://www.privacyguides.org/{lang}/
/// mkdocs: docs/en/mkdocs.yml      # the English site's configuration (default: mkdocs.yml next to this file)
/// site_url: https://www.privacyguides.org/en/   # where the English site is published (default: mkdocs.yml's site_url)
/// verbatim_patterns: ['\{\*.*?\*\}']   # the site's own markup, never translated
/// files:                           # projects without crowdin.yml: the same groups as crowdin.yml's files
///   - source: docs/en/docs/**/*.md
///     translation: docs/%language%/docs/**/%original_file_name%
/// </code>
/// </summary>
/// <param name="Languages">Languages to check when none is given; null to discover them on disk.</param>
/// <param name="ExcludeLanguages">Languages left out when none is given.</param>
/// <param name="FrontMatterKeys">Translatable front-matter keys; null for the default (title, description).</param>
public sealed record ProjectSettings(IReadOnlyList<string>? Languages, IReadOnlyList<string> ExcludeLanguages, IReadOnlyList<string>? FrontMatterKeys)
{
    public const string FileName = "l10n.yml";

    public static ProjectSettings Empty { get; } = new(null, [], null);

    /// <summary>Do-not-translate terms given by hand.</summary>
    public IReadOnlyList<string> Terms { get; init; } = [];

    /// <summary>The file of learned terms, relative to the project directory (read when it exists).</summary>
    public string TermsFile { get; init; } = Localization.Core.Terms.TermsFile.DefaultName;

    /// <summary>Rules turned off and severities changed (<c>rules:</c>).</summary>
    public Gating.RulePolicy Rules { get; init; } = Gating.RulePolicy.Default;

    /// <summary>How links may change per language (<c>localized_links:</c>).</summary>
    public Localization.Core.Rules.Links.LocalizedLinkRules LocalizedLinks { get; init; } = Localization.Core.Rules.Links.LocalizedLinkRules.None;

    /// <summary>
    /// <c>files:</c> groups for a project without crowdin.yml, read by crowdin.yml's own parser; null when the
    /// key is absent.
    /// </summary>
    public IReadOnlyList<CrowdinFileGroup>? Files { get; init; }

    /// <summary>
    /// Where the English site is published (<c>site_url:</c>): an absolute link to one of its pages is the same
    /// page as a relative link. Null when not given (mkdocs.yml's <c>site_url</c> or Hugo's <c>baseURL</c> then).
    /// </summary>
    public Uri? SiteUrl { get; init; }

    /// <summary>The English site's mkdocs.yml, relative to the project directory; null for the default.</summary>
    public string? MkDocsFile { get; init; }

    /// <summary>
    /// The site's own markup that is never translated (<c>verbatim_patterns:</c>): regular expressions, each
    /// match an invariant of its block.
    /// </summary>
    public IReadOnlyList<Regex> VerbatimPatterns { get; init; } = [];

    /// <summary>How long one pattern may take on one block before it is given up for that block.</summary>
    public static TimeSpan VerbatimTimeout { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// Hugo shortcode parameters that are translated (<c>shortcodes:</c>, shortcode name → parameter names), added
    /// to the default set (Kubernetes' glossary_tooltip text=, figure caption/alt/title, tab name); empty when absent.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> TranslatableShortcodeParameters { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    /// <summary>Where <c>files:</c> is written (for errors), or null.</summary>
    public (int Line, int Column)? FilesAt { get; init; }

    /// <summary>Reads <c>l10n.yml</c> from <paramref name="directory"/>; <see cref="Empty"/> when there is none.</summary>
    /// <exception cref="ConfigException">The file is not valid YAML or has unknown keys or bad values (with line and column).</exception>
    public static ProjectSettings Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path) && IO.FileKind.TypeOf(path, followLinks: false) == IO.FileType.Missing)
        {
            return Empty;
        }

        ConfigFileGuard.Check(path, directory, FileName);
        var file = IO.TextFileReader.Read(path, 1024 * 1024);
        if (!file.Ok)
        {
            throw new ConfigException(FileName, file.ErrorLine, 1, file.Error!);
        }

        return Parse(file.Text!, FileName);
    }

    private const string KnownKeys = "languages, exclude_languages, front_matter_keys, terms, terms_file, mkdocs, site_url, verbatim_patterns, files, rules, localized_links, shortcodes";

    public static ProjectSettings Parse(string text, string file)
    {
        var root = YamlTreeReader.Read(text, file);
        if (root is null || root is YamlScalarNode { IsNull: true })
        {
            return Empty;
        }

        if (root is not YamlMappingNode mapping)
        {
            throw new ConfigException(file, root.Position.Line, root.Position.Column, $"expected a mapping of settings, found {root.KindName}");
        }

        IReadOnlyList<string>? languages = null;
        IReadOnlyList<string> exclude = [];
        IReadOnlyList<string>? keys = null;
        IReadOnlyList<string> terms = [];
        string? termsFile = null;
        var rules = Gating.RulePolicy.Default;
        var localizedLinks = Localization.Core.Rules.Links.LocalizedLinkRules.None;
        IReadOnlyList<CrowdinFileGroup>? files = null;
        string? mkdocs = null;
        Uri? siteUrl = null;
        IReadOnlyList<Regex> verbatim = [];
        (int Line, int Column)? filesAt = null;
        IReadOnlyDictionary<string, IReadOnlySet<string>> shortcodes = new Dictionary<string, IReadOnlySet<string>>();
        foreach (var (key, value) in mapping.Entries)
        {
            switch (key.Value)
            {
                case "languages":
                    languages = LanguageList(value, file);
                    break;
                case "exclude_languages":
                    exclude = LanguageList(value, file);
                    break;
                case "front_matter_keys":
                    keys = Strings(value, file);
                    break;
                case "terms":
                    terms = Strings(value, file);
                    break;
                case "terms_file":
                    termsFile = RelativePath(value, file);
                    break;
                case "rules":
                    rules = RuleSettings(value, file);
                    break;
                case "localized_links":
                    localizedLinks = LocalizedLinkList(value, file);
                    break;
                case "mkdocs":
                    mkdocs = RelativePath(value, file);
                    break;
                case "site_url":
                    siteUrl = SiteAddress.Parse(value is YamlScalarNode { IsNull: false } url ? url.Value : null)
                        ?? throw new ConfigException(file, value.Position.Line, value.Position.Column, "site_url must be an http or https address (https://example.org/docs/)");
                    break;
                case "verbatim_patterns":
                    verbatim = Patterns(value, file);
                    break;
                case "shortcodes":
                    shortcodes = ShortcodeParameters(value, file);
                    break;
                case "files":
                    files = CrowdinConfigLoader.ReadFileGroups(value, file);
                    filesAt = (key.Position.Line, key.Position.Column);
                    break;
                default:
                    throw new ConfigException(file, key.Position.Line, key.Position.Column, $"unknown setting '{ConfigText.Quote(key.Value)}' (known: {KnownKeys})");
            }
        }

        var settings = new ProjectSettings(languages, exclude, keys) { Terms = terms, Files = files, FilesAt = filesAt, MkDocsFile = mkdocs, SiteUrl = siteUrl, VerbatimPatterns = verbatim, Rules = rules, LocalizedLinks = localizedLinks, TranslatableShortcodeParameters = shortcodes };
        return termsFile is null ? settings : settings with { TermsFile = termsFile };
    }

    /// <summary><c>rule-name: off | error | warning | info</c> for each rule named (by name or id).</summary>
    private static Gating.RulePolicy RuleSettings(YamlNode node, string file)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw new ConfigException(file, node.Position.Line, node.Position.Column, $"expected a mapping of rule names to off, error, warning or info, found {node.KindName}");
        }

        var settings = new Dictionary<string, Findings.Severity?>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            var rule = Localization.Core.Rules.RuleRegistry.Find(key.Value)
                ?? throw new ConfigException(file, key.Position.Line, key.Position.Column, $"unknown rule '{key.Value}' ('l10n rules' lists them)");
            var text = value is YamlScalarNode { IsNull: false } scalar ? scalar.Value : "";
            if (text is "off" or "false")
            {
                settings[rule.Name] = null;
            }
            else if (text is "error" or "warning" or "info")
            {
                settings[rule.Name] = Findings.SeverityNames.TryParse(text, out var severity) ? severity : null;
            }
            else
            {
                throw new ConfigException(file, value.Position.Line, value.Position.Column, $"'{rule.Name}' must be off, error, warning or info");
            }
        }

        return new Gating.RulePolicy(settings);
    }

    /// <summary>A list of <c>{from, to, lang}</c> mappings (see <see cref="Localization.Core.Rules.Links.LocalizedLinkRule"/>).</summary>
    private static Localization.Core.Rules.Links.LocalizedLinkRules LocalizedLinkList(YamlNode node, string file)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw new ConfigException(file, node.Position.Line, node.Position.Column, $"expected a list of rules (from, to, lang), found {node.KindName}");
        }

        var rules = new List<Localization.Core.Rules.Links.LocalizedLinkRule>();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlMappingNode entry)
            {
                throw new ConfigException(file, item.Position.Line, item.Position.Column, $"expected a mapping with 'from' and 'to', found {item.KindName}");
            }

            string? from = null, to = null;
            var markers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var (key, value) in entry.Entries)
            {
                switch (key.Value)
                {
                    case "from":
                        from = Pattern(value, file);
                        break;
                    case "to":
                        to = Pattern(value, file);
                        break;
                    case "lang":
                        if (value is not YamlMappingNode languages)
                        {
                            throw new ConfigException(file, value.Position.Line, value.Position.Column, $"expected a mapping of language codes to the site's markers (ko: ko-kr), found {value.KindName}");
                        }

                        foreach (var (code, marker) in languages.Entries)
                        {
                            markers[code.Value] = Pattern(marker, file);
                        }

                        break;
                    default:
                        throw new ConfigException(file, key.Position.Line, key.Position.Column, $"unknown key '{key.Value}' in a localized link rule (known: from, to, lang)");
                }
            }

            if (from is null || to is null)
            {
                throw new ConfigException(file, item.Position.Line, item.Position.Column, "a localized link rule needs both 'from' and 'to'");
            }

            if (from.Count(c => c == '*') > 1 || to.Count(c => c == '*') > (from.Contains('*', StringComparison.Ordinal) ? 1 : 0))
            {
                throw new ConfigException(file, item.Position.Line, item.Position.Column, "'from' may have one '*', and 'to' one '*' only when 'from' has one");
            }

            rules.Add(new Localization.Core.Rules.Links.LocalizedLinkRule(from, to, markers, $"{file}:{item.Position.Line}:{item.Position.Column}"));
        }

        return new Localization.Core.Rules.Links.LocalizedLinkRules(rules);
    }

    private static string Pattern(YamlNode node, string file) =>
        node is YamlScalarNode { IsNull: false, Value.Length: > 0 } scalar
            ? scalar.Value
            : throw new ConfigException(file, node.Position.Line, node.Position.Column, $"expected a text, found {node.KindName}");

    /// <summary>A path inside the project: relative, without '..' (the settings of a pull request must not read outside it).</summary>
    private static string RelativePath(YamlNode node, string file)
    {
        if (node is not YamlScalarNode { IsNull: false } scalar || scalar.Value.Length == 0)
        {
            throw new ConfigException(file, node.Position.Line, node.Position.Column, $"expected a file name, found {node.KindName}");
        }

        var value = scalar.Value.Replace('\\', '/');
        if (Path.IsPathRooted(value) || value.Split('/').Contains("..") || value.Contains(':', StringComparison.Ordinal))
        {
            throw new ConfigException(file, node.Position.Line, node.Position.Column, $"'{ConfigText.Quote(scalar.Value)}' must be a path inside the project (relative, without '..')");
        }

        return value;
    }

    private static List<Regex> Patterns(YamlNode node, string file)
    {
        var texts = Strings(node, file);
        var sequence = (YamlSequenceNode)node;
        var patterns = new List<Regex>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            try
            {
                patterns.Add(new Regex(texts[i], RegexOptions.CultureInvariant, VerbatimTimeout));
            }
            catch (ArgumentException e)
            {
                var at = sequence.Items[i].Position;
                throw new ConfigException(file, at.Line, at.Column, $"'{texts[i]}' is not a valid regular expression: {e.Message}");
            }
        }

        return patterns;
    }

    private static List<string> LanguageList(YamlNode node, string file)
    {
        var codes = Strings(node, file);
        var sequence = (YamlSequenceNode)node;
        for (var i = 0; i < codes.Count; i++)
        {
            if (!LanguageCatalog.IsValidCode(codes[i]) || codes[i].StartsWith('-'))
            {
                var at = sequence.Items[i].Position;
                throw new ConfigException(file, at.Line, at.Column, $"'{ConfigText.Quote(codes[i])}' is not a language code (letters, digits, '-' and '_')");
            }
        }

        return codes;
    }

    /// <summary><c>shortcode-name: [param, …]</c> for each shortcode named (<c>*</c>: every shortcode).</summary>
    private static Dictionary<string, IReadOnlySet<string>> ShortcodeParameters(YamlNode node, string file)
    {
        if (node is not YamlMappingNode mapping)
        {
            throw new ConfigException(file, node.Position.Line, node.Position.Column, $"shortcodes: expected a mapping of shortcode names to lists of translated parameters (glossary_tooltip: [text]), found {node.KindName}");
        }

        var result = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Entries)
        {
            result[key.Value] = value is YamlScalarNode { IsNull: true } ? new HashSet<string>() : Strings(value, file).ToHashSet(StringComparer.Ordinal);
        }

        return result;
    }

    private static List<string> Strings(YamlNode node, string file)
    {
        if (node is not YamlSequenceNode sequence)
        {
            throw new ConfigException(file, node.Position.Line, node.Position.Column, $"expected a list, found {node.KindName}");
        }

        var values = new List<string>();
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalarNode scalar || scalar.IsNull || scalar.Value.Length == 0)
            {
                throw new ConfigException(file, item.Position.Line, item.Position.Column, $"expected a value, found {item.KindName}");
            }

            values.Add(scalar.Value);
        }

        return values;
    }
}
