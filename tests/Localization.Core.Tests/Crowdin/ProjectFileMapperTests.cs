using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Crowdin;

public class ProjectFileMapperTests
{
    private const string PrivacyGuidesLike = """
        "preserve_hierarchy": true
        files:
        - source: "/docs/**/*.*"
          translation: "/i18n/%two_letters_code%/**/%file_name%.%file_extension%"
          skip_untranslated_files: false
        - source: "/includes/*.en.*"
          translation: "/includes/%file_name%.%two_letters_code%.%file_extension%"
          translation_replace:
            "en.": ""
        """;

    private static (string Source, string Translation)[] Pairs(IReadOnlyList<FilePair> pairs) =>
        pairs.Select(p => (p.Source, p.Translation)).ToArray();

    [Fact]
    public void Maps_privacy_guides_layout()
    {
        using var tree = new TempTree().Files(
            "docs/basics/dns.md", "docs/real-time-communication.md", "docs/assets/logo.svg",
            "includes/abbreviations.en.txt", "includes/strings.en.env", "includes/contributors.md",
            "i18n/ko/basics/dns.md");
        var config = CrowdinConfigLoader.Load(tree.Config(PrivacyGuidesLike));

        var pairs = ProjectFileMapper.Map(config, "ko");

        Assert.Equal(
            [
                ("docs/assets/logo.svg", "i18n/ko/assets/logo.svg"),
                ("docs/basics/dns.md", "i18n/ko/basics/dns.md"),
                ("docs/real-time-communication.md", "i18n/ko/real-time-communication.md"),
                ("includes/abbreviations.en.txt", "includes/abbreviations.ko.txt"),
                ("includes/strings.en.env", "includes/strings.ko.env"),
            ],
            Pairs(pairs));
        var dns = pairs[1];
        Assert.Equal("ko", dns.Language);
        Assert.Equal(tree.Full("docs/basics/dns.md"), dns.SourceFullPath);
        Assert.Equal(tree.Full("i18n/ko/basics/dns.md"), dns.TranslationFullPath);
        Assert.Same(config.Files[0], dns.Group);
        Assert.Same(config.Files[1], pairs[3].Group);
    }

    [Fact]
    public void Two_letters_code_is_the_code_as_given()
    {
        using var tree = new TempTree().Files("docs/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config(PrivacyGuidesLike));
        Assert.Equal("i18n/pt-BR/a.md", ProjectFileMapper.Map(config, "pt-BR").Single().Translation);
        Assert.Equal("i18n/zh-Hant/a.md", ProjectFileMapper.Map(config, "zh-Hant").Single().Translation);
    }

    [Fact]
    public void Languages_mapping_is_applied()
    {
        using var tree = new TempTree().Files("src/values/strings.xml", "docs/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /src/values/strings.xml
              translation: /src/values-%android_code%/%original_file_name%
            - source: /docs/*.md
              translation: /l10n/%two_letters_code%/%original_file_name%
              languages_mapping:
                two_letters_code:
                  zh-TW: zh-Hant
                  pt-BR: pt-BR
            """));

        Assert.Equal(
            [("docs/a.md", "l10n/zh-Hant/a.md"), ("src/values/strings.xml", "src/values-zh-rTW/strings.xml")],
            Pairs(ProjectFileMapper.Map(config, "zh-TW")));
        Assert.Equal("l10n/zh-Hant/a.md", ProjectFileMapper.Map(config, "zh-Hant")[0].Translation);
        Assert.Equal("src/values-pt-rBR/strings.xml", ProjectFileMapper.Map(config, "pt-BR")[1].Translation);
    }

    [Fact]
    public void Translation_replace_applies_in_order_over_the_whole_path()
    {
        using var tree = new TempTree().Files("en/app.en.json");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /en/*.json
              translation: /%locale%/%file_name%.%locale%.json
              translation_replace:
                ".en": ""
                "de": "deu"
                "deu/": "german/"
            """));
        Assert.Equal("german/app.deu.json", ProjectFileMapper.Map(config, "de").Single().Translation);
    }

    [Fact]
    public void Ignore_patterns_are_expanded_and_directory_aware()
    {
        using var tree = new TempTree().Files(
            "docs/a.md", "docs/drafts/b.md", "docs/drafts/deep/c.md", "docs/x.txt", "docs/ko-only.md", "docs/sub/y.txt");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /docs/**/*.*
              translation: /l10n/%two_letters_code%/**/%original_file_name%
              ignore:
                - /docs/drafts
                - /docs/**/*.txt
                - /docs/%two_letters_code%-only.md
            """));

        Assert.Equal(["docs/a.md"], ProjectFileMapper.Map(config, "ko").Select(p => p.Source));
        Assert.Equal(["docs/a.md", "docs/ko-only.md"], ProjectFileMapper.Map(config, "fr").Select(p => p.Source));
    }

    [Fact]
    public void Excluded_target_languages_skip_the_group()
    {
        using var tree = new TempTree().Files("a/x.md", "b/y.md");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /a/*.md
              translation: /l10n/%locale%/a/%original_file_name%
              excluded_target_languages: [ko]
            - source: /b/*.md
              translation: /l10n/%locale%/b/%original_file_name%
            """));
        Assert.Equal(["b/y.md"], ProjectFileMapper.Map(config, "ko").Select(p => p.Source));
        Assert.Equal(["a/x.md", "b/y.md"], ProjectFileMapper.Map(config, "fr").Select(p => p.Source));
    }

    [Fact]
    public void Paths_are_relative_to_the_config_directory_not_the_base_path()
    {
        using var tree = new TempTree().Files("site/docs/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config("base_path: site\nfiles:\n- source: /docs/*.md\n  translation: /i18n/%locale%/%original_file_name%\n"));
        var pair = ProjectFileMapper.Map(config, "ko").Single();
        Assert.Equal("site/docs/a.md", pair.Source);
        Assert.Equal("site/i18n/ko/a.md", pair.Translation);
        Assert.Equal(tree.Full("site/i18n/ko/a.md"), pair.TranslationFullPath);
    }

    [Fact]
    public void Several_groups_can_match_the_same_source()
    {
        using var tree = new TempTree().Files("docs/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /docs/*.md
              translation: /one/%locale%/%original_file_name%
            - source: /**/*.md
              translation: /two/%locale%/**/%original_file_name%
            """));
        Assert.Equal([("docs/a.md", "one/ko/a.md"), ("docs/a.md", "two/ko/docs/a.md")], Pairs(ProjectFileMapper.Map(config, "ko")));
    }

    [Fact]
    public void A_translation_identical_to_its_source_is_not_a_pair()
    {
        using var tree = new TempTree().Files("locales/en/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config("files:\n- source: /locales/en/**/*.md\n  translation: /locales/%two_letters_code%/**/%original_file_name%\n"));
        Assert.Empty(ProjectFileMapper.Map(config, "en"));
        Assert.Equal("locales/ko/a.md", ProjectFileMapper.Map(config, "ko").Single().Translation);
    }

    [Theory]
    [InlineData("../ko")]
    [InlineData("ko/..")]
    [InlineData("")]
    [InlineData("a:b")]
    public void Invalid_language_arguments_are_rejected(string language)
    {
        using var tree = new TempTree().Files("docs/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config(PrivacyGuidesLike));
        Assert.Throws<ArgumentException>(() => ProjectFileMapper.Map(config, language));
    }

    [Fact]
    public void Translation_replace_cannot_escape_the_base_path()
    {
        using var tree = new TempTree().Files("docs/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /docs/*.md
              translation: /i18n/%locale%/%original_file_name%
              translation_replace:
                "i18n": ".."
            """));
        var ex = Assert.Throws<ConfigException>(() => ProjectFileMapper.Map(config, "ko"));
        Assert.Equal(2, ex.Line);
        Assert.Contains("escapes the base path", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hand_built_configs_with_escaping_patterns_are_rejected()
    {
        using var tree = new TempTree().Files("docs/a.md");
        var group = new CrowdinFileGroup("/../etc/*", "/%locale%/x", [], null, [], new Dictionary<string, IReadOnlyDictionary<string, string>>(), [], 7);
        var config = new CrowdinConfig(tree.Full("crowdin.yml"), tree.Root, false, [group]);
        Assert.Equal(7, Assert.Throws<ConfigException>(() => ProjectFileMapper.Map(config, "ko")).Line);
    }

    [Fact]
    public void Translations_reached_through_links_outside_the_root_are_refused()
    {
        using var outside = new TempTree().Files("ko/a.md");
        using var tree = new TempTree().Files("docs/a.md", "docs/b.md");
        try
        {
            Directory.CreateDirectory(tree.Full("i18n"));
            Directory.CreateSymbolicLink(tree.Full("i18n/ko"), outside.Full("ko"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            Assert.Skip($"Symbolic links cannot be created here: {ex.Message}");
        }

        var config = CrowdinConfigLoader.Load(tree.Config("files:\n- source: /docs/*.md\n  translation: /i18n/%locale%/%original_file_name%\n"));
        var refused = ProjectFileMapper.Map(config, "ko");
        Assert.Equal(2, refused.Count);
        Assert.All(refused, p => Assert.Contains("outside the project; not read", p.Refusal, StringComparison.Ordinal));
        Assert.Equal(["i18n/ko/a.md", "i18n/ko/b.md"], refused.Select(p => p.RefusedFile));
        Assert.All(ProjectFileMapper.Map(config, "fr"), p => Assert.Null(p.Refusal));
        Assert.Empty(ProjectFileMapper.DiscoverLanguages(config));
    }
}

public class LanguageDiscoveryTests
{
    [Fact]
    public void Finds_languages_with_translations_of_existing_sources()
    {
        using var tree = new TempTree().Files(
            "docs/a.md", "docs/sub/b.md",
            "i18n/ko/a.md", "i18n/fr/sub/b.md",
            "i18n/de/unrelated.md",
            "i18n/bad.name/a.md",
            "i18n/.hidden/a.md",
            "i18n/es/a.md/placeholder",
            "includes/x.en.txt", "includes/x.ja.txt", "includes/x.txt");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: "/docs/**/*.*"
              translation: "/i18n/%two_letters_code%/**/%file_name%.%file_extension%"
            - source: "/includes/*.en.*"
              translation: "/includes/%file_name%.%two_letters_code%.%file_extension%"
              translation_replace:
                "en.": ""
            """));

        Assert.Equal(["fr", "ja", "ko"], ProjectFileMapper.DiscoverLanguages(config));
    }

    [Fact]
    public void Mapped_values_are_reported_as_crowdin_ids()
    {
        using var tree = new TempTree().Files("docs/a.md", "l10n/zh-Hant/a.md", "l10n/pt-BR/a.md", "l10n/ko/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /docs/*.md
              translation: /l10n/%two_letters_code%/%original_file_name%
              languages_mapping:
                two_letters_code:
                  zh-TW: zh-Hant
            """));

        var languages = ProjectFileMapper.DiscoverLanguages(config);
        Assert.Equal(["ko", "pt-BR", "zh-TW"], languages);
        Assert.Equal("l10n/zh-Hant/a.md", ProjectFileMapper.Map(config, "zh-TW").Single().Translation);
    }

    [Fact]
    public void Catalog_placeholders_are_reversed()
    {
        using var tree = new TempTree().Files("res/values/strings.xml", "res/values-ko-rKR/strings.xml", "res/values-xx-rYY/strings.xml", "Base.lproj/a.strings", "ja.lproj/a.strings");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /res/values/strings.xml
              translation: /res/values-%android_code%/%original_file_name%
            - source: /Base.lproj/*.strings
              translation: /%osx_code%/%original_file_name%
            """));
        Assert.Equal(["ja", "ko", "xx-YY"], ProjectFileMapper.DiscoverLanguages(config));
    }

    [Fact]
    public void A_locale_with_underscore_directory_is_one_language_not_two()
    {
        // ko_KR is what both ko-KR and ko_KR give: found as two languages, its pages were checked twice.
        using var tree = new TempTree().Files("docs/a.md", "l10n/ko_KR/a.md", "l10n/pt_BR/a.md", "l10n/ja/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /docs/*.md
              translation: /l10n/%locale_with_underscore%/%original_file_name%
            """));

        Assert.Equal(["ja", "ko-KR", "pt-BR"], ProjectFileMapper.DiscoverLanguages(config));
        Assert.Equal("l10n/ko_KR/a.md", ProjectFileMapper.Map(config, "ko-KR").Single().Translation);
    }

    [Fact]
    public void Source_directory_is_not_a_language()
    {
        using var tree = new TempTree().Files("locales/en/a.md", "locales/ko/a.md");
        var config = CrowdinConfigLoader.Load(tree.Config("files:\n- source: /locales/en/**/*.md\n  translation: /locales/%two_letters_code%/**/%original_file_name%\n"));
        Assert.Equal(["ko"], ProjectFileMapper.DiscoverLanguages(config));
    }

    [Fact]
    public void Excluded_and_ignored_languages_are_not_reported()
    {
        using var tree = new TempTree().Files("docs/a.md", "docs/de/b.md", "l10n/fr/a.md", "l10n/de/de/b.md", "l10n/ko/de/b.md");
        var config = CrowdinConfigLoader.Load(tree.Config("""
            files:
            - source: /docs/**/*.md
              translation: /l10n/%locale%/**/%original_file_name%
              excluded_target_languages: [fr]
              ignore: ['/docs/%locale%']
            """));
        Assert.Equal(["ko"], ProjectFileMapper.DiscoverLanguages(config));
        Assert.Equal(["docs/a.md"], ProjectFileMapper.Map(config, "de").Select(p => p.Source));
    }
}
