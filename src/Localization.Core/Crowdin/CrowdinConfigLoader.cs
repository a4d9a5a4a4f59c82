using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Localization.Core.Crowdin;

/// <summary>
/// Reads crowdin.yml into a <see cref="CrowdinConfig"/>, validating it the way the Crowdin CLI does
/// (FileBean.checkProperties) plus the path-safety rules this tool needs. Every problem becomes a
/// <see cref="ConfigException"/> with the line and column of the offending node.
/// </summary>
/// <remarks>
/// Unknown keys are ignored because Crowdin has many (type, labels, export options...) that do not
/// change which files pair up. Anchors and aliases are accepted (real configs share
/// <c>languages_mapping</c> that way), but the expanded document is limited to
/// <see cref="YamlTreeReader.MaxExpandedNodes"/> nodes and <see cref="YamlTreeReader.MaxDepth"/> levels.
/// </remarks>
public static class CrowdinConfigLoader
{
    /// <summary>Largest config file accepted; real ones are a few kilobytes.</summary>
    public const int MaxConfigBytes = 1024 * 1024;

    /// <summary>
    /// Reads and parses <paramref name="path"/> and checks that the base path exists and does not
    /// resolve (through symbolic links) outside the directory containing the config file.
    /// </summary>
    /// <exception cref="ConfigException">The file cannot be read, is not UTF-8, is invalid, or its base path is missing.</exception>
    public static CrowdinConfig Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists && IO.FileKind.TypeOf(path, followLinks: false) == IO.FileType.Missing)
            {
                throw new ConfigException(path, 1, 1, "the configuration file does not exist");
            }

            ConfigFileGuard.Check(path, Path.GetDirectoryName(Path.GetFullPath(path))!, path);

            if (info.Length > MaxConfigBytes)
            {
                throw new ConfigException(path, 1, 1, $"the configuration file is larger than {MaxConfigBytes} bytes");
            }

            var bytes = File.ReadAllBytes(path);
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }
        }
        catch (DecoderFallbackException ex)
        {
            throw new ConfigException(path, 1, 1, "the configuration file is not valid UTF-8", ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, 1, 1, $"cannot read the configuration file: {ex.Message}", ex);
        }

        var (config, basePathAt) = new ConfigReader(path).Read(text);
        if (!Directory.Exists(config.BasePath))
        {
            throw new ConfigException(path, basePathAt.Line, basePathAt.Column, $"base_path '{config.BasePath}' does not exist or is not a directory");
        }

        if (!PathGuard.BaseStaysInConfigDirectory(config))
        {
            throw new ConfigException(path, basePathAt.Line, basePathAt.Column, $"base_path '{config.BasePath}' resolves through a link to outside the directory containing the configuration file");
        }

        return config;
    }

    /// <summary>
    /// Parses crowdin.yml text. <paramref name="configFile"/> names the file in errors and anchors
    /// relative paths (<c>base_path</c> is resolved against its directory). No file is read.
    /// </summary>
    /// <exception cref="ConfigException">The YAML is malformed or the configuration is invalid.</exception>
    public static CrowdinConfig Parse(string yamlText, string configFile)
    {
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(configFile);
        return new ConfigReader(configFile).Read(yamlText).Config;
    }

    /// <summary>
    /// Reads a <c>files</c> list written elsewhere (the <c>files:</c> of l10n.yml, for projects without
    /// crowdin.yml) with exactly the rules of crowdin.yml's: one parser for both.
    /// </summary>
    /// <exception cref="ConfigException">A group is invalid (with the line and column in <paramref name="file"/>).</exception>
    internal static IReadOnlyList<CrowdinFileGroup> ReadFileGroups(YamlNode filesNode, string file)
    {
        ArgumentNullException.ThrowIfNull(filesNode);
        return new ConfigReader(file).ReadFiles(filesNode);
    }

    /// <summary>Turns the YAML tree into the model, one rule per method.</summary>
    private sealed class ConfigReader(string file)
    {
        private static readonly string[] PlainTrue = ["yes", "Yes", "YES", "on", "On", "ON"];

        public (CrowdinConfig Config, YamlPosition BasePathAt) Read(string text)
        {
            var root = YamlTreeReader.Read(text, file);
            if (root is null || root is YamlScalarNode { IsNull: true })
            {
                throw Error(new YamlPosition(1, 1), "'files' is required (the configuration is empty)");
            }

            if (root is not YamlMappingNode top)
            {
                throw Error(root.Position, $"the configuration must be a mapping of keys, not {root.KindName}");
            }

            var configFile = Path.GetFullPath(file);
            var configDirectory = Path.GetDirectoryName(configFile) ?? configFile;
            var basePathAt = new YamlPosition(1, 1);
            var basePath = configDirectory;
            if (TryGetString(top, "base_path", out var basePathText, out var basePathNode))
            {
                basePathAt = basePathNode.Position;
                basePath = ResolveBasePath(basePathText, configDirectory, basePathNode);
            }

            var preserveHierarchy = TryGetBool(top, "preserve_hierarchy", out var preserve) && preserve;
            var ignoreHidden = true;
            if (top.TryGet("settings", out _, out var settingsNode) && !IsNull(settingsNode))
            {
                var settings = settingsNode as YamlMappingNode
                    ?? throw Error(settingsNode.Position, $"'settings' must be a mapping, not {settingsNode.KindName}");
                if (TryGetBool(settings, "ignore_hidden_files", out var hidden))
                {
                    ignoreHidden = hidden;
                }
            }

            if (!top.TryGet("files", out var filesKey, out var filesNode) || IsNull(filesNode))
            {
                throw Error(filesKey?.Position ?? top.Position, "'files' is required");
            }

            var config = new CrowdinConfig(configFile, basePath, preserveHierarchy, ReadFiles(filesNode)) { IgnoreHiddenFiles = ignoreHidden };
            return (config, basePathAt);
        }

        /// <summary>The <c>files</c> list: each group validated as the Crowdin CLI does.</summary>
        public List<CrowdinFileGroup> ReadFiles(YamlNode filesNode)
        {
            if (filesNode is not YamlSequenceNode files)
            {
                throw Error(filesNode.Position, $"'files' must be a list, not {filesNode.KindName}");
            }

            if (files.Items.Count == 0)
            {
                throw Error(filesNode.Position, "'files' must contain at least one entry");
            }

            var groups = new List<CrowdinFileGroup>(files.Items.Count);
            for (var i = 0; i < files.Items.Count; i++)
            {
                groups.Add(ReadGroup(files.Items[i], i));
            }

            return groups;
        }

        /// <summary>
        /// Resolves <c>base_path</c> against the config directory. Unlike the Crowdin CLI, the result must
        /// stay inside that directory: a crowdin.yml arriving in a pull request must not be able to point
        /// the tool at <c>/</c> or a home directory and publish what it reads there. '~' is not expanded.
        /// </summary>
        private string ResolveBasePath(string text, string configDirectory, YamlNode node)
        {
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                throw Error(node.Position, "'base_path' contains a NUL character");
            }

            string resolved;
            try
            {
                resolved = Path.TrimEndingDirectorySeparator(Path.GetFullPath(text.Length == 0 ? "." : text, configDirectory));
            }
            catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
            {
                throw Error(node.Position, $"'base_path' is not a valid path: {ex.Message}");
            }

            if (!PathGuard.IsUnder(resolved, configDirectory))
            {
                throw Error(node.Position, $"'base_path' '{ConfigText.Quote(text)}' must stay inside the directory containing the configuration file");
            }

            return resolved;
        }

        private CrowdinFileGroup ReadGroup(YamlNode node, int index)
        {
            var where = $"files[{index}]";
            if (node is not YamlMappingNode group)
            {
                throw Error(node.Position, $"{where} must be a mapping with 'source' and 'translation', not {node.KindName}");
            }

            var source = RequireString(group, "source", where);
            if (!CrowdinGlob.TryParse(source.Value, out var glob, out var sourceError))
            {
                throw Error(source.Node.Position, $"'source' {sourceError} in {where}");
            }

            var translation = RequireString(group, "translation", where);
            var translationText = translation.Value.Replace('\\', '/');
            var multilingual = TryGetBool(group, "multilingual", out var isMultilingual) && isMultilingual;
            var hasScheme = TryGetString(group, "scheme", out _, out _);
            CheckTranslation(translationText, glob, multilingual || hasScheme, translation.Node, where);

            string? dest = null;
            if (TryGetString(group, "dest", out var destText, out var destNode))
            {
                dest = destText.Replace('\\', '/');
                if (PathGuard.NormalizePattern(dest, backslashIsEscape: false, out _) is { } destError)
                {
                    throw Error(destNode.Position, $"'dest' {destError} in {where}");
                }
            }

            var ignore = ReadStringList(group, "ignore", where);
            foreach (var (pattern, at) in ignore)
            {
                if (IgnoreMatcher.Validate(pattern) is { } ignoreError)
                {
                    throw Error(at, $"'ignore' pattern '{pattern}' {ignoreError} in {where}");
                }
            }

            return new CrowdinFileGroup(
                source.Value,
                translationText,
                ignore.Select(i => i.Value).ToArray(),
                dest,
                ReadTranslationReplace(group, where),
                ReadLanguagesMapping(group, where),
                ReadStringList(group, "excluded_target_languages", where).Select(i => i.Value).ToArray(),
                group.Position.Line)
            {
                Column = group.Position.Column,
            };
        }

        private void CheckTranslation(string translation, CrowdinGlob source, bool placeholderOptional, YamlNode node, string where)
        {
            if (translation.Contains("../", StringComparison.Ordinal) || translation.Contains("/./", StringComparison.Ordinal))
            {
                throw Error(node.Position, $"'translation' must not contain '../' or '/./' in {where}");
            }

            if (PlaceholderExpander.UnknownPlaceholder(translation) is { } unknown)
            {
                // On one line and unquoted, the column of the placeholder itself; else the value's start.
                var at = node is YamlScalarNode { IsPlain: true } && !translation.Contains('\n', StringComparison.Ordinal)
                    ? node.Position with { Column = node.Position.Column + unknown.Index }
                    : node.Position;
                throw Error(at, $"unknown placeholder '{unknown.Name}' in 'translation' of {where}{Text.DidYouMean.Hint(unknown.Name, PlaceholderExpander.KnownPlaceholders)}; the placeholders are {string.Join(", ", PlaceholderExpander.KnownPlaceholders)}");
            }

            if (PathGuard.NormalizePattern(translation, backslashIsEscape: false, out _) is { } pathError)
            {
                throw Error(node.Position, $"'translation' {pathError} in {where}");
            }

            if (translation.EndsWith('/'))
            {
                throw Error(node.Position, $"'translation' must name a file, not a directory, in {where}");
            }

            if (translation.Contains("**", StringComparison.Ordinal) && !source.Pattern.Contains("**", StringComparison.Ordinal))
            {
                throw Error(node.Position, $"'translation' may contain '**' only if 'source' does, in {where}");
            }

            if (!placeholderOptional && !PlaceholderExpander.ContainsLanguagePlaceholder(translation))
            {
                throw Error(node.Position, $"'translation' must contain a language placeholder such as %two_letters_code% or %locale% in {where}");
            }
        }

        private List<KeyValuePair<string, string>> ReadTranslationReplace(YamlMappingNode group, string where)
        {
            var result = new List<KeyValuePair<string, string>>();
            if (!group.TryGet("translation_replace", out _, out var node) || IsNull(node))
            {
                return result;
            }

            if (node is not YamlMappingNode mapping)
            {
                throw Error(node.Position, $"'translation_replace' must be a mapping in {where}");
            }

            foreach (var (key, value) in mapping.EffectiveEntries())
            {
                if (key.Value.Length == 0)
                {
                    throw Error(key.Position, $"'translation_replace' keys must not be empty in {where}");
                }

                result.Add(new(key.Value, ScalarText(value, $"'translation_replace' value for '{ConfigText.Quote(key.Value)}'", where) ?? string.Empty));
            }

            return result;
        }

        private Dictionary<string, IReadOnlyDictionary<string, string>> ReadLanguagesMapping(YamlMappingNode group, string where)
        {
            var result = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
            if (!group.TryGet("languages_mapping", out _, out var node) || IsNull(node))
            {
                return result;
            }

            if (node is not YamlMappingNode mapping)
            {
                throw Error(node.Position, $"'languages_mapping' must be a mapping of placeholder names in {where}");
            }

            foreach (var (placeholderKey, byLanguageNode) in mapping.EffectiveEntries())
            {
                var placeholder = placeholderKey.Value.Trim('%') is "name" ? "language" : placeholderKey.Value.Trim('%');
                if (IsNull(byLanguageNode))
                {
                    continue;
                }

                if (byLanguageNode is not YamlMappingNode byLanguage)
                {
                    throw Error(byLanguageNode.Position, $"'languages_mapping.{ConfigText.Quote(placeholderKey.Value)}' must map language ids to codes in {where}");
                }

                var values = result.TryGetValue(placeholder, out var existing)
                    ? new Dictionary<string, string>(existing, StringComparer.Ordinal)
                    : new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (languageKey, valueNode) in byLanguage.EffectiveEntries())
                {
                    var value = ScalarText(valueNode, $"'languages_mapping.{ConfigText.Quote(placeholderKey.Value)}.{ConfigText.Quote(languageKey.Value)}'", where);
                    if (string.IsNullOrEmpty(value) || !IsSafeMappedValue(value))
                    {
                        throw Error(valueNode.Position, $"'languages_mapping.{ConfigText.Quote(placeholderKey.Value)}.{ConfigText.Quote(languageKey.Value)}' must be a non-empty code without '/', '\\', '%', ':' or control characters, in {where}");
                    }

                    values.TryAdd(languageKey.Value, value);
                }

                result[placeholder] = values;
            }

            return result;
        }

        /// <summary>Mapped codes become path segments, so they must not be able to leave a directory.</summary>
        private static bool IsSafeMappedValue(string value) =>
            value is not ("." or "..")
            && !value.Any(c => c is '/' or '\\' or '%' or ':' || char.IsControl(c));

        private List<(string Value, YamlPosition At)> ReadStringList(YamlMappingNode group, string key, string where)
        {
            var result = new List<(string, YamlPosition)>();
            if (!group.TryGet(key, out _, out var node) || IsNull(node))
            {
                return result;
            }

            IEnumerable<YamlNode> items = node switch
            {
                YamlSequenceNode sequence => sequence.Items,
                YamlScalarNode scalar => [scalar],
                _ => throw Error(node.Position, $"'{key}' must be a list of strings in {where}"),
            };

            foreach (var item in items)
            {
                if (ScalarText(item, $"'{key}' entry", where) is { Length: > 0 } text)
                {
                    result.Add((text, item.Position));
                }
            }

            return result;
        }

        private (string Value, YamlNode Node) RequireString(YamlMappingNode group, string key, string where)
        {
            if (!TryGetString(group, key, out var value, out var node) || string.IsNullOrWhiteSpace(value))
            {
                throw Error(node?.Position ?? group.Position, $"'{key}' is required in {where}");
            }

            return (value, node);
        }

        private bool TryGetString(YamlMappingNode mapping, string key, out string value, [MaybeNullWhen(false)] out YamlNode node)
        {
            value = string.Empty;
            if (!mapping.TryGet(key, out _, out node) || IsNull(node))
            {
                return false;
            }

            value = ScalarText(node, $"'{key}'", where: null) ?? string.Empty;
            return true;
        }

        /// <summary>
        /// Crowdin's rule (PropertiesBuilder.setBooleanPropertyIfExists): <c>1</c> or <c>true</c> in any
        /// case is true. Unquoted <c>yes</c>/<c>on</c> also count, because SnakeYAML (YAML 1.1) reads them as true.
        /// </summary>
        private bool TryGetBool(YamlMappingNode mapping, string key, out bool value)
        {
            value = false;
            if (!mapping.TryGet(key, out _, out var node) || IsNull(node))
            {
                return false;
            }

            if (node is not YamlScalarNode scalar)
            {
                throw Error(node.Position, $"'{key}' must be true or false, not {node.KindName}");
            }

            var text = scalar.Value.Trim();
            value = text == "1" || text.Equals("true", StringComparison.OrdinalIgnoreCase) || (scalar.IsPlain && PlainTrue.Contains(text));
            return true;
        }

        private string? ScalarText(YamlNode node, string what, string? where)
        {
            if (node is YamlScalarNode scalar)
            {
                return scalar.IsNull ? null : scalar.Value;
            }

            var suffix = where is null ? string.Empty : $" in {where}";
            throw Error(node.Position, $"{what} must be a string, not {node.KindName}{suffix}");
        }

        private static bool IsNull(YamlNode node) => node is YamlScalarNode { IsNull: true };

        private ConfigException Error(YamlPosition at, string message) => new(file, at.Line, at.Column, message);
    }
}
