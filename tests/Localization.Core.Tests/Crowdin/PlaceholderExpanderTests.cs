using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Crowdin;

public class PlaceholderExpanderTests
{
    private const string AllLanguagePlaceholders =
        "%language%|%language_id%|%two_letters_code%|%three_letters_code%|%locale%|%locale_with_underscore%|%android_code%|%osx_code%|%osx_locale%";

    private static Dictionary<string, IReadOnlyDictionary<string, string>> Mapping(string placeholder, params (string Id, string Code)[] entries) =>
        new() { [placeholder] = entries.ToDictionary(e => e.Id, e => e.Code) };

    [Theory]
    [InlineData("ko", "Korean|ko|ko|kor|ko|ko|ko-rKR|ko.lproj|ko")]
    [InlineData("pt-BR", "Portuguese, Brazilian|pt-BR|pt-BR|por|pt-BR|pt_BR|pt-rBR|pt-BR.lproj|pt-BR")]
    [InlineData("zh-TW", "Chinese Traditional|zh-TW|zh-TW|zho|zh-TW|zh_TW|zh-rTW|zh-Hant.lproj|zh-TW")]
    [InlineData("zh-Hant", "Chinese Traditional|zh-Hant|zh-Hant|zho|zh-Hant|zh_Hant|zh-rTW|zh-Hant.lproj|zh-Hant")]
    [InlineData("xx-YY", "xx-YY|xx-YY|xx-YY|xx|xx-YY|xx_YY|xx-rYY|xx-YY.lproj|xx-YY")]
    public void Language_placeholders_use_the_code_as_given(string code, string expected)
    {
        Assert.Equal(expected, PlaceholderExpander.ExpandLanguage(AllLanguagePlaceholders, new LanguageTarget(code)));
    }

    [Fact]
    public void Languages_mapping_overrides_per_placeholder()
    {
        var mapping = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["two_letters_code"] = new Dictionary<string, string> { ["zh-TW"] = "zh-Hant", ["pt-BR"] = "pt-BR", ["ko"] = "kr" },
            ["locale"] = new Dictionary<string, string> { ["zh-TW"] = "zh-Hant-TW" },
            ["android_code"] = new Dictionary<string, string> { ["pt-BR"] = "b+pt+BR" },
            ["name"] = new Dictionary<string, string> { ["ko"] = "Hangul" },
        };

        Assert.Equal("zh-Hant|zh-Hant-TW|zh_Hant_TW|zh-rTW", PlaceholderExpander.ExpandLanguage(
            "%two_letters_code%|%locale%|%locale_with_underscore%|%android_code%", new LanguageTarget("zh-TW"), mapping));
        Assert.Equal("pt-BR|pt-BR|b+pt+BR", PlaceholderExpander.ExpandLanguage(
            "%two_letters_code%|%locale%|%android_code%", new LanguageTarget("pt-BR"), mapping));
        Assert.Equal("kr|ko|Hangul", PlaceholderExpander.ExpandLanguage(
            "%two_letters_code%|%language_id%|%language%", new LanguageTarget("ko"), mapping));
    }

    [Fact]
    public void Mapping_keys_match_case_insensitively_as_fallback()
    {
        var mapping = Mapping("two_letters_code", ("pt-BR", "pt-br-dir"));
        Assert.Equal("pt-br-dir", PlaceholderExpander.LanguageValue("two_letters_code", new LanguageTarget("pt-br"), mapping));
    }

    [Fact]
    public void Unknown_placeholders_and_stray_percent_signs_are_kept()
    {
        Assert.Equal("100%/%unknown%/ko/%", PlaceholderExpander.ExpandLanguage("100%/%unknown%/%locale%/%", new LanguageTarget("ko")));
        Assert.Null(PlaceholderExpander.LanguageValue("file_name", new LanguageTarget("ko")));
    }

    [Fact]
    public void File_placeholders()
    {
        const string Pattern = "%original_file_name%|%file_name%|%file_extension%|%original_path%";
        Assert.Equal("dns.md|dns|md|docs/basics", PlaceholderExpander.ExpandFile(Pattern, "docs/basics/dns.md"));
        Assert.Equal("abbreviations.en.txt|abbreviations.en|txt|includes", PlaceholderExpander.ExpandFile(Pattern, "includes/abbreviations.en.txt"));
        Assert.Equal("README|README||", PlaceholderExpander.ExpandFile(Pattern, "README"));
        Assert.Equal(".env||env|x", PlaceholderExpander.ExpandFile(Pattern, "x/.env"));
    }

    [Fact]
    public void Double_star_is_replaced_only_when_given()
    {
        Assert.Equal("/i18n/ko/**/dns.md", PlaceholderExpander.ExpandFile("/i18n/ko/**/%original_file_name%", "docs/basics/dns.md"));
        Assert.Equal("/i18n/ko/basics/dns.md", PlaceholderExpander.ExpandFile("/i18n/ko/**/%original_file_name%", "docs/basics/dns.md", "basics"));
    }

    [Fact]
    public void Values_are_not_expanded_twice()
    {
        // A file literally named with placeholder text must not be expanded again.
        Assert.Equal("x/%locale%.md", PlaceholderExpander.ExpandFile("x/%original_file_name%", "%locale%.md"));
    }

    [Fact]
    public void Detects_language_placeholders()
    {
        Assert.True(PlaceholderExpander.ContainsLanguagePlaceholder("/l10n/%osx_code%/x"));
        Assert.False(PlaceholderExpander.ContainsLanguagePlaceholder("/l10n/%file_name%/x"));
        Assert.True(PlaceholderExpander.ContainsFilePlaceholder("/l10n/%file_name%/x"));
    }
}

public class LanguageCatalogTests
{
    [Theory]
    [InlineData("ko", "ko", "kor", "ko-KR", "ko_KR", "ko-rKR", "ko.lproj", "ko", "Korean")]
    [InlineData("pt-BR", "pt", "por", "pt-BR", "pt_BR", "pt-rBR", "pt-BR.lproj", "pt_BR", "Portuguese, Brazilian")]
    [InlineData("zh-TW", "zh", "zho", "zh-TW", "zh_TW", "zh-rTW", "zh-Hant.lproj", "zh-Hant", "Chinese Traditional")]
    [InlineData("zh-CN", "zh", "zho", "zh-CN", "zh_CN", "zh-rCN", "zh-Hans.lproj", "zh-Hans", "Chinese Simplified")]
    [InlineData("pt-PT", "pt", "por", "pt-PT", "pt_PT", "pt-rPT", "pt.lproj", "pt", "Portuguese")]
    [InlineData("en-US", "en", "eng", "en-US", "en_US", "en-rUS", "en-US.lproj", "en_US", "English, United States")]
    public void Known_languages_follow_crowdin_table(string id, string two, string three, string locale, string underscore, string android, string osx, string osxLocale, string name)
    {
        Assert.Equal(new LanguageCodes(id, two, three, locale, underscore, android, osx, osxLocale, name), LanguageCatalog.Resolve(id));
    }

    [Fact]
    public void Required_ids_are_known()
    {
        string[] ids =
        [
            "ko", "ja", "fr", "de", "es", "es-ES", "it", "pt-BR", "pt-PT", "pt", "nl", "pl", "cs", "sv-SE", "fi", "hu", "tr", "id", "vi",
            "eo", "ru", "uk", "el", "ar", "fa", "ku", "he", "hi", "bn", "zh-CN", "zh-TW", "zh-Hans", "zh-Hant", "en", "en-US", "eu", "ca",
            "da", "no", "ro", "sk", "sr", "th", "ta",
        ];
        foreach (var id in ids)
        {
            Assert.True(LanguageCatalog.IsKnown(id), id);
            var codes = LanguageCatalog.Resolve(id);
            Assert.Equal(id, codes.Id);
            Assert.Equal(codes.Locale.Replace('-', '_'), codes.LocaleWithUnderscore);
            Assert.EndsWith(".lproj", codes.OsxCode, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unknown_ids_are_derived()
    {
        Assert.Equal(new LanguageCodes("sr-Latn", "sr", "sr", "sr-Latn", "sr_Latn", "sr-rLatn", "sr-Latn.lproj", "sr_Latn", "sr-Latn"), LanguageCatalog.Resolve("sr-Latn"));
        Assert.Equal(new LanguageCodes("tlh", "tlh", "tlh", "tlh", "tlh", "tlh", "tlh.lproj", "tlh", "tlh"), LanguageCatalog.Resolve("tlh"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("a:b")]
    [InlineData("ko.")]
    [InlineData("한국어")]
    public void Invalid_codes_are_rejected(string code)
    {
        Assert.Throws<ArgumentException>(() => LanguageCatalog.Resolve(code));
        Assert.Throws<ArgumentException>(() => new LanguageTarget(code));
    }
}
