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
/// mkdocs: docs/en/mkdocs.yml      # the English site's configuration (default: mkdocs.yml next to this file)
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

    /// <summary>
    /// <c>files:</c> groups for a project without crowdin.yml, read by crowdin.yml's own parser; null when the
    /// key is absent.
    /// </summary>
    public IReadOnlyList<CrowdinFileGroup>? Files { get; init; }

    /// <summary>The English site's mkdocs.yml, relative to the project directory; null for the default.</summary>
    public string? MkDocsFile { get; init; }

    /// <summary>
    /// The site's own markup that is never translated (<c>verbatim_patterns:</c>): regular expressions, each
    /// match an invariant of its block.
    /// </summary>
    public IReadOnlyList<Regex> VerbatimPatterns { get; init; } = [];

    /// <summary>How long one pattern may take on one block before it is given up for that block.</summary>
    public static TimeSpan VerbatimTimeout { get; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Where <c>files:</c> is written (for errors), or null.</summary>
    public (int Line, int Column)? FilesAt { get; init; }

    /// <summary>Reads <c>l10n.yml</c> from <paramref name="directory"/>; <see cref="Empty"/> when there is none.</summary>
    /// <exception cref="ConfigException">The file is not valid YAML or has unknown keys or bad values (with line and column).</exception>
    public static ProjectSettings Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return Empty;
        }

        var file = IO.TextFileReader.Read(path, 1024 * 1024);
        if (!file.Ok)
        {
            throw new ConfigException(FileName, file.ErrorLine, 1, file.Error!);
        }

        return Parse(file.Text!, FileName);
    }

    private const string KnownKeys = "languages, exclude_languages, front_matter_keys, terms, terms_file, mkdocs, verbatim_patterns, files";

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
        IReadOnlyList<CrowdinFileGroup>? files = null;
        string? mkdocs = null;
        IReadOnlyList<Regex> verbatim = [];
        (int Line, int Column)? filesAt = null;
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
                case "mkdocs":
                    mkdocs = RelativePath(value, file);
                    break;
                case "verbatim_patterns":
                    verbatim = Patterns(value, file);
                    break;
                case "files":
                    files = CrowdinConfigLoader.ReadFileGroups(value, file);
                    filesAt = (key.Position.Line, key.Position.Column);
                    break;
                default:
                    throw new ConfigException(file, key.Position.Line, key.Position.Column, $"unknown setting '{key.Value}' (known: {KnownKeys})");
            }
        }

        var settings = new ProjectSettings(languages, exclude, keys) { Terms = terms, Files = files, FilesAt = filesAt, MkDocsFile = mkdocs, VerbatimPatterns = verbatim };
        return termsFile is null ? settings : settings with { TermsFile = termsFile };
    }

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
            throw new ConfigException(file, node.Position.Line, node.Position.Column, $"'{scalar.Value}' must be a path inside the project (relative, without '..')");
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
                throw new ConfigException(file, at.Line, at.Column, $"'{codes[i]}' is not a language code (letters, digits, '-' and '_')");
            }
        }

        return codes;
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
