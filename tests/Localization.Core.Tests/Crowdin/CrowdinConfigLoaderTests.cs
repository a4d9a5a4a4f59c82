using System.Diagnostics;
using System.Text;
using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Crowdin;

public class CrowdinConfigLoaderTests
{
    private static readonly string ConfigPath = Path.Combine(Path.GetTempPath(), "proj", "crowdin.yml");

    private static CrowdinConfig Parse(string yaml) => CrowdinConfigLoader.Parse(yaml, ConfigPath);

    private static ConfigException Fails(string yaml) =>
        Assert.Throws<ConfigException>(() => CrowdinConfigLoader.Parse(yaml, "crowdin.yml"));

    [Fact]
    public void Parses_groups_and_defaults()
    {
        var config = Parse("""
            project_id: "1"
            files:
              - source: /docs/**/*.md
                translation: /l10n/%two_letters_code%/**/%original_file_name%
                ignore:
                  - /docs/drafts
                dest: /%original_file_name%
                excluded_target_languages: [de]
                translation_replace:
                  "en.": ""
                  "b": "c"
            """);

        Assert.Equal(Path.GetFullPath(ConfigPath), config.ConfigFile);
        Assert.Equal(Path.GetDirectoryName(Path.GetFullPath(ConfigPath)), config.BasePath);
        Assert.False(config.PreserveHierarchy);
        Assert.True(config.IgnoreHiddenFiles);
        var group = Assert.Single(config.Files);
        Assert.Equal("/docs/**/*.md", group.Source);
        Assert.Equal("/l10n/%two_letters_code%/**/%original_file_name%", group.Translation);
        Assert.Equal(["/docs/drafts"], group.Ignore);
        Assert.Equal("/%original_file_name%", group.Dest);
        Assert.Equal(["de"], group.ExcludedTargetLanguages);
        Assert.Equal([new("en.", ""), new("b", "c")], group.TranslationReplace);
        Assert.Empty(group.LanguagesMapping);
        Assert.Equal(3, group.Line);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("\"true\"", true)]
    [InlineData("yes", true)]
    [InlineData("false", false)]
    [InlineData("0", false)]
    [InlineData("\"yes\"", false)]
    [InlineData("maybe", false)]
    public void Booleans_follow_crowdin(string text, bool expected)
    {
        var config = Parse($"preserve_hierarchy: {text}\nfiles:\n- source: a.md\n  translation: b.%locale%.md\n");
        Assert.Equal(expected, config.PreserveHierarchy);
    }

    [Fact]
    public void Quoted_keys_work()
    {
        var config = Parse("\"preserve_hierarchy\": true\n'files':\n- \"source\": a.md\n  translation: '%locale%/a.md'\n");
        Assert.True(config.PreserveHierarchy);
        Assert.Equal("a.md", config.Files[0].Source);
    }

    [Fact]
    public void Base_path_is_relative_to_the_config_directory()
    {
        var config = Parse("base_path: sub/dir\nfiles:\n- source: a.md\n  translation: '%locale%/a.md'\n");
        var expected = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(ConfigPath))!, "sub", "dir");
        Assert.Equal(expected, config.BasePath);

        var dot = Parse("base_path: .\nfiles:\n- source: a.md\n  translation: '%locale%/a.md'\n");
        Assert.Equal(Path.GetDirectoryName(Path.GetFullPath(ConfigPath)), dot.BasePath);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("../sibling")]
    [InlineData("/")]
    [InlineData("sub/../..")]
    public void Base_path_must_stay_inside_the_config_directory(string basePath)
    {
        var ex = Fails($"base_path: '{basePath}'\nfiles:\n- source: a.md\n  translation: '%locale%/a.md'\n");
        Assert.Equal((1, 12), (ex.Line, ex.Column));
        Assert.Contains("must stay inside", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Base_path_linking_outside_is_rejected_on_load()
    {
        using var outside = new TempTree().Files("docs/a.md");
        using var tree = new TempTree();
        try
        {
            Directory.CreateSymbolicLink(tree.Full("site"), outside.Root);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip($"Symbolic links cannot be created here: {ex.Message}");
        }

        var path = tree.Config("base_path: site\nfiles:\n- source: /docs/*.md\n  translation: '/%locale%/a.md'\n");
        var ex2 = Assert.Throws<ConfigException>(() => CrowdinConfigLoader.Load(path));
        Assert.Contains("outside", ex2.Message, StringComparison.Ordinal);

        var parsed = CrowdinConfigLoader.Parse(File.ReadAllText(path), path);
        Assert.Throws<ConfigException>(() => ProjectFileMapper.Map(parsed, "ko"));
        Assert.Throws<ConfigException>(() => ProjectFileMapper.DiscoverLanguages(parsed));
    }

    [Fact]
    public void Settings_can_include_hidden_files()
    {
        var config = Parse("settings:\n  ignore_hidden_files: false\nfiles:\n- source: a.md\n  translation: '%locale%/a.md'\n");
        Assert.False(config.IgnoreHiddenFiles);
    }

    [Fact]
    public void Unknown_keys_are_ignored()
    {
        var config = Parse("""
            api_token_env: CROWDIN_PERSONAL_TOKEN
            pseudo_localization: {prefix: x}
            files:
              - source: a.md
                translation: '%locale%/a.md'
                type: md
                update_option: update_as_unapproved
                labels: [a, b]
                skip_untranslated_files: false
            """);
        Assert.Single(config.Files);
    }

    [Fact]
    public void Anchors_and_aliases_are_refused_where_they_are_written()
    {
        var anchor = Fails("""
            files:
              - source: /a/*.md
                translation: /l10n/%two_letters_code%/%original_file_name%
                languages_mapping: &mapping
                  two_letters_code:
                    zh-TW: zh-Hant
            """);
        Assert.Equal((4, 24), (anchor.Line, anchor.Column));
        Assert.Contains("anchors (&mapping) and aliases are not accepted", anchor.Message, StringComparison.Ordinal);

        var alias = Fails("files:\n  - source: /a/*.md\n    translation: *t\n");
        Assert.Equal((3, 18), (alias.Line, alias.Column));
        Assert.Contains("aliases (*t) are not accepted", alias.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_keys_of_plain_mappings_are_supported()
    {
        var config = Parse("""
            files:
              - <<: {translation: /l10n/%locale%/%original_file_name%, translation_replace: {"x": "y"}}
                source: /a/*.md
              - <<: {translation: /l10n/%locale%/%original_file_name%, translation_replace: {"x": "y"}}
                source: /b/*.md
                translation: /other/%locale%/%original_file_name%
            """);
        Assert.Equal("/l10n/%locale%/%original_file_name%", config.Files[0].Translation);
        Assert.Equal("/other/%locale%/%original_file_name%", config.Files[1].Translation);
        Assert.Equal([new("x", "y")], config.Files[1].TranslationReplace);
    }

    [Fact]
    public void Missing_translation_reports_group_position()
    {
        var ex = Fails("files:\n  - source: /a.md\n    translation: /%locale%/a.md\n  - source: /b.md\n    type: md\n");
        Assert.Equal("crowdin.yml", ex.File);
        Assert.Equal(4, ex.Line);
        Assert.Equal(5, ex.Column);
        Assert.Equal("crowdin.yml:4:5: 'translation' is required in files[1]", ex.Message);
        Assert.Equal("'translation' is required in files[1]", ex.Reason);
    }

    [Theory]
    [InlineData("files:\n- source: ''\n  translation: '%locale%/a'\n", "'source' is required in files[0]", 2, 11)]
    [InlineData("files:\n- translation: '%locale%/a'\n", "'source' is required in files[0]", 2, 3)]
    [InlineData("files:\n- source: a.md\n  translation: b.md\n", "language placeholder", 3, 16)]
    [InlineData("files:\n- source: a/*.md\n  translation: '%locale%/**/%original_file_name%'\n", "'**' only if 'source' does", 3, 16)]
    [InlineData("files:\n- source: a.md\n  translation: '/%locale%/../a.md'\n", "must not contain '../' or '/./'", 3, 16)]
    [InlineData("files:\n- source: a.md\n  translation: '/x/./%locale%/a.md'\n", "must not contain '../' or '/./'", 3, 16)]
    [InlineData("files:\n- source: a.md\n  translation: '/%locale%/..'\n", "'..' path segments", 3, 16)]
    [InlineData("files:\n- source: ../a.md\n  translation: '%locale%/a.md'\n", "'..' path segments", 2, 11)]
    [InlineData("files:\n- source: /docs/../../etc/passwd\n  translation: '%locale%/a.md'\n", "'..' path segments", 2, 11)]
    [InlineData("files:\n- source: //etc/passwd\n  translation: '%locale%/a.md'\n", "absolute", 2, 11)]
    [InlineData("files:\n- source: 'C:/x/*.md'\n  translation: '%locale%/a.md'\n", "absolute", 2, 11)]
    [InlineData("files:\n- source: 'a/[abc.md'\n  translation: '%locale%/a.md'\n", "without a closing ']'", 2, 11)]
    [InlineData("files:\n- source: a.md\n  translation: '%locale%/a.md'\n  ignore: ['../secret']\n", "'..' path segments", 4, 12)]
    [InlineData("files:\n- source: a.md\n  translation: '%locale%/a.md'\n  dest: '../x'\n", "'dest'", 4, 9)]
    [InlineData("files:\n- source: a.md\n  translation: '%locale%/a.md'\n  languages_mapping:\n    locale:\n      ko: '../x'\n", "languages_mapping.locale.ko", 6, 11)]
    [InlineData("files:\n- source: a.md\n  translation: '%locale%/a.md'\n  translation_replace: {'': x}\n", "must not be empty", 4, 25)]
    [InlineData("files: []\n", "at least one entry", 1, 8)]
    [InlineData("files: abc\n", "'files' must be a list", 1, 8)]
    [InlineData("project_id: 1\n", "'files' is required", 1, 1)]
    [InlineData("", "'files' is required", 1, 1)]
    [InlineData("- a\n- b\n", "must be a mapping", 1, 1)]
    [InlineData("files:\n- just a string\n", "files[0] must be a mapping", 2, 3)]
    [InlineData("files:\n- source: [a]\n  translation: '%locale%/a.md'\n", "'source' must be a string", 2, 11)]
    public void Invalid_configs_are_rejected_with_position(string yaml, string fragment, int line, int column)
    {
        var ex = Fails(yaml);
        Assert.Contains(fragment, ex.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (ex.Line, ex.Column));
        Assert.StartsWith($"crowdin.yml:{line}:{column}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translation_placeholder_is_optional_for_multilingual_or_scheme()
    {
        Assert.Single(Parse("files:\n- source: a.csv\n  translation: b.csv\n  multilingual: true\n").Files);
        Assert.Single(Parse("files:\n- source: a.csv\n  translation: b.csv\n  scheme: 'identifier,source_phrase'\n").Files);
    }

    [Fact]
    public void Duplicate_keys_are_rejected_with_position()
    {
        var ex = Fails("files:\n- source: a.md\n  translation: '%locale%/a.md'\n  source: b.md\n");
        Assert.Equal((4, 3), (ex.Line, ex.Column));
        Assert.Contains("duplicate key 'source'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);

        var quoted = Fails("preserve_hierarchy: true\n\"preserve_hierarchy\": false\nfiles: []\n");
        Assert.Equal((2, 1), (quoted.Line, quoted.Column));
    }

    [Theory]
    [InlineData("files:\n  - source: a\n   translation: b\n")]
    [InlineData("files: [a, b\n")]
    [InlineData("files:\n- source: \"unterminated\n")]
    [InlineData("a: b: c\n")]
    [InlineData("files:\n\t- source: a\n")]
    public void Malformed_yaml_becomes_config_exception_with_position(string yaml)
    {
        var ex = Fails(yaml);
        Assert.InRange(ex.Line, 1, yaml.Split('\n').Length + 1);
        Assert.True(ex.Column >= 1);
        Assert.StartsWith($"crowdin.yml:{ex.Line}:{ex.Column}: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Idx:", ex.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_yaml_reports_the_right_line()
    {
        var ex = Fails("files:\n  - source: a\n    translation: '%locale%'\n  - source: [b\n");
        Assert.True(ex.Line >= 4, ex.Message);
    }

    [Fact]
    public void Alias_bomb_is_rejected_at_its_first_anchor()
    {
        var yaml = new StringBuilder("files:\n- source: a.md\n  translation: '%locale%/a.md'\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 12; i++)
        {
            yaml.Append($"a{i}: &a{i} [");
            yaml.Append(string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10)));
            yaml.Append("]\n");
        }

        var ex = Fails(yaml.ToString());
        Assert.Equal((4, 5), (ex.Line, ex.Column));
        Assert.Contains("not accepted", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_nesting_is_rejected()
    {
        var ex = Fails(new string('[', 100_000));
        Assert.Contains("deeper than 64", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
        Assert.Equal(65, ex.Column);

        var block = new StringBuilder();
        for (var i = 0; i < 80; i++)
        {
            block.Append(new string(' ', i * 2)).Append('k').Append(i).Append(":\n");
        }

        Assert.Contains("deeper than 64", Fails(block.ToString()).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Multiple_documents_are_rejected()
    {
        var ex = Fails("files: []\n---\nfiles: []\n");
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Load_reads_file_and_checks_base_path()
    {
        using var tree = new TempTree();
        var path = tree.Config("\uFEFFbase_path: missing\nfiles:\n- source: a.md\n  translation: '%locale%/a.md'\n");
        var ex = Assert.Throws<ConfigException>(() => CrowdinConfigLoader.Load(path));
        Assert.Equal((1, 12), (ex.Line, ex.Column));
        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);

        tree.Dirs("missing");
        var config = CrowdinConfigLoader.Load(path);
        Assert.Equal(Path.Combine(tree.Root, "missing"), config.BasePath);
    }

    [Fact]
    public void Load_reports_unreadable_and_invalid_files()
    {
        using var tree = new TempTree();
        var missing = Assert.Throws<ConfigException>(() => CrowdinConfigLoader.Load(tree.Full("nope.yml")));
        Assert.Equal((1, 1), (missing.Line, missing.Column));

        var bad = tree.Full("bad.yml");
        File.WriteAllBytes(bad, [(byte)'a', (byte)':', (byte)' ', 0xC3, 0x28, (byte)'\n']);
        Assert.Contains("UTF-8", Assert.Throws<ConfigException>(() => CrowdinConfigLoader.Load(bad)).Message, StringComparison.Ordinal);

        var big = tree.Full("big.yml");
        File.WriteAllText(big, "# " + new string('x', CrowdinConfigLoader.MaxConfigBytes));
        Assert.Contains("larger than", Assert.Throws<ConfigException>(() => CrowdinConfigLoader.Load(big)).Message, StringComparison.Ordinal);
    }
}
