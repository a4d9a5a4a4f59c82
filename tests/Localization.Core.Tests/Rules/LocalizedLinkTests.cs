using Localization.Core.Configuration;
using Localization.Core.Crowdin;
using Localization.Core.Rules.Links;

namespace Localization.Core.Tests.Rules;

/// <summary>Links localised on purpose: recognised by a language marker (info), or accepted by localized_links rules.</summary>
public sealed class LocalizedLinkTests
{
    [Theory]
    [InlineData("https://wiki.archlinux.org/title/Archinstall", "https://wiki.archlinux.org/title/Archinstall_(Fran%C3%A7ais)", "fr")]
    [InlineData("https://wiki.archlinux.org/title/Archinstall", "https://wiki.archlinux.org/title/Archinstall_(%ED%95%9C%EA%B5%AD%EC%96%B4)", "ko")]
    [InlineData("https://learn.microsoft.com/en-us/windows/security", "https://learn.microsoft.com/ko-kr/windows/security", "ko")]
    [InlineData("https://support.mozilla.org/kb/x", "https://support.mozilla.org/fr/kb/x", "fr")]
    [InlineData("https://www.privacyguides.org/en/tor/", "https://www.privacyguides.org/ko/tor/", "ko")]
    [InlineData("https://apple.com/safari", "https://apple.com/safari/?lang=fr", "fr")]
    [InlineData("https://en.wikipedia.org/wiki/Phishing", "https://ko.wikipedia.org/wiki/%ED%94%BC%EC%8B%B1", "ko")]
    [InlineData("https://example.com/docs/x/", "https://example.com/pt/docs/x/", "pt-BR")]
    public void A_marker_of_the_translations_language_on_the_same_site_is_a_localized_version(string english, string translated, string language)
    {
        Assert.True(LinkMismatchRule.IsLocalizedVariant(english, translated, language));
    }

    [Theory]
    [InlineData("https://learn.microsoft.com/en-us/windows/security", "https://learn.microsoft.com/ja-jp/windows/security", "ko")] // another language
    [InlineData("https://wiki.archlinux.org/title/Archinstall", "https://wiki.archlinux.org/title/Archinstall_(Deutsch)", "fr")]
    [InlineData("https://example.com/ko/guide", "https://example.com/ko/other", "ko")]                                         // another page
    [InlineData("https://example.com/guide", "https://evil.example.net/ko/guide", "ko")]                                        // another site
    [InlineData("https://example.com/kobo", "https://example.com/kobo2", "ko")]
    [InlineData("https://example.com/guide", "https://example.com/guide", "ko")]
    public void Anything_else_is_not(string english, string translated, string language)
    {
        Assert.False(LinkMismatchRule.IsLocalizedVariant(english, translated, language));
    }

    /// <summary>
    /// WithoutMarkers returns an address at once when no marker can be in it: held to the regex alone on random
    /// addresses made of codes, regions, names, separators and other text, in every language of the site and a few odd
    /// language tags.
    /// </summary>
    [Fact]
    public void An_address_returned_at_once_is_what_the_regex_returns()
    {
        string[] languages = ["ko", "fr", "ja", "de", "pt-BR", "zh-Hans", "zh_TW", "en", "es", "it", "ru", "tr", "kk", "ka", "x", "und", "-", "k.", "fil", "ckb"];
        string[] pieces = ["ko", "KO", "Ko", "fr", "FR", "de", "en", "es", "pt", "zh", "kk", "ka", "fil", "ckb", "-kr", "_KR", "-hans", "-us", "/", ".", "_", "=", "&", "#", "?", "-", "(", ")",
            "(Français)", "(French)", "_(한국어)", "(Korean)", "(deutsch)", "https://", "www.example.org", "docs", "kobo", "index", "code", "resources", "\u212A", "\u0130", "é", "%C3%A7", "hl=", "lang=", " ", "\n"];
        var random = new Random(101);
        for (var n = 0; n < 60_000; n++)
        {
            var url = string.Concat(Enumerable.Range(0, random.Next(0, 9)).Select(_ => pieces[random.Next(pieces.Length)]));
            var language = languages[random.Next(languages.Length)];
            Assert.Equal(ByRegex(url, language), LanguageNames.WithoutMarkers(url, language));
        }
    }

    [Fact]
    public void A_code_before_a_final_line_feed_is_a_marker_as_the_regex_had_it()
    {
        Assert.Equal("/\n", LanguageNames.WithoutMarkers("/ko\n", "ko"));
        Assert.Equal(ByRegex("/ko\n", "ko"), LanguageNames.WithoutMarkers("/ko\n", "ko"));
    }

    /// <summary>WithoutMarkers as it was before round 8 (the regex for every address).</summary>
    private static string ByRegex(string url, string language)
    {
        var code = System.Text.RegularExpressions.Regex.Escape(language.Split('-', '_')[0]);
        var native = LanguageNames.NativeName(language);
        var names = native is null ? [] : new[] { System.Text.RegularExpressions.Regex.Escape(native), System.Text.RegularExpressions.Regex.Escape(LanguageNames.EnglishName(language)!) };
        var named = names.Length > 0 ? $@"|_?\((?:{string.Join("|", names)})\)" : "";
        return System.Text.RegularExpressions.Regex.Replace(url, $@"(?<=^|[/._=]){code}(?:[-_][a-z]{{2,4}})?(?=$|[/._&#?]){named}", "", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    }

    private static LocalizedLinkRules Rules(string yaml) => ProjectSettings.Parse("localized_links:\n" + yaml, "l10n.yml").LocalizedLinks;

    [Fact]
    public void Rules_say_how_a_destination_changes_per_language()
    {
        var rules = Rules("""
              - from: https://www.privacyguides.org/en/
                to: https://www.privacyguides.org/{lang}/
              - from: /docs/
                to: /{lang}/docs/
              - from: https://learn.microsoft.com/en-us/*
                to: https://learn.microsoft.com/{lang}/*
                lang: {ko: ko-kr, fr: fr-fr}
              - from: https://wiki.archlinux.org/title/*
                to: https://wiki.archlinux.org/title/*_({name})
            """);

        Assert.True(rules.Accepts("https://www.privacyguides.org/en/tor/", "https://www.privacyguides.org/ko/tor/", "ko"));
        Assert.True(rules.Accepts("https://www.privacyguides.org/en/tor/", "https://www.privacyguides.org/ko/tor", "ko"));
        Assert.False(rules.Accepts("https://www.privacyguides.org/en/tor/", "https://www.privacyguides.org/fr/tor/", "ko"));
        Assert.True(rules.Accepts("/docs/concepts/pods/", "/ko/docs/concepts/pods/", "ko"));
        Assert.Equal(["/ko/docs/concepts/pods/"], rules.Localize("/docs/concepts/pods/", "ko"));
        Assert.True(rules.Accepts("https://learn.microsoft.com/en-us/windows/x", "https://learn.microsoft.com/ko-kr/windows/x", "ko"));
        Assert.False(rules.Accepts("https://learn.microsoft.com/en-us/windows/x", "https://learn.microsoft.com/ko/windows/x", "ko"));
        Assert.True(rules.Accepts("https://learn.microsoft.com/en-us/windows/x", "https://learn.microsoft.com/de/windows/x", "de"));
        Assert.True(rules.Accepts("https://wiki.archlinux.org/title/Archinstall", "https://wiki.archlinux.org/title/Archinstall_(Fran%C3%A7ais)", "fr"));
        Assert.False(rules.Accepts("https://wiki.archlinux.org/title/Archinstall", "https://wiki.archlinux.org/title/Other_(Fran%C3%A7ais)", "fr"));
    }

    [Theory]
    [InlineData("  - from: /docs/\n", 2, 5, "needs both 'from' and 'to'")]
    [InlineData("  - from: /a/*/b/*\n    to: /x/\n", 2, 5, "one '*'")]
    [InlineData("  - from: /docs/\n    to: /{lang}/docs/\n    lang: ko\n", 4, 11, "expected a mapping of language codes")]
    [InlineData("  - form: /docs/\n", 2, 5, "unknown key 'form'")]
    [InlineData("  /docs/: /ko/docs/\n", 2, 3, "expected a list")]
    public void Mistakes_in_rules_are_errors_with_line_and_column(string yaml, int line, int column, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => Rules(yaml));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rules:\n  hidden-characters: loud\n", 2, 22, "must be off, error, warning or info")]
    [InlineData("rules:\n  no-such-rule: off\n", 2, 3, "unknown rule 'no-such-rule'")]
    [InlineData("rules: [off]\n", 1, 8, "expected a mapping")]
    public void Mistakes_in_rule_settings_are_errors_with_line_and_column(string yaml, int line, int column, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => ProjectSettings.Parse(yaml, "l10n.yml"));
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
