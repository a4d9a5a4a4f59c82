using CsCheck;
using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Crowdin;

/// <summary>Hostile-input properties: only <see cref="ConfigException"/> or <see cref="ArgumentException"/> escape, with positions inside the text.</summary>
public class CrowdinFuzzTests
{
    private static readonly string[] Fragments =
    [
        "files:", "\n", "  ", "- ", "source: ", "translation: ", "ignore: ", "languages_mapping:", "translation_replace:",
        "&a ", "*a", "<<: ", "[", "]", "{", "}", ",", ":", "\"", "'", "#", "%locale%", "/**/", "*.md", "..", "\t", "?", "|",
        ">", "!!str ", "---", "...", "two_letters_code:", "ko: ", "true", "1", "~", "\\", "\u2028", "\r",
    ];

    [Fact]
    public void Parser_only_throws_config_exceptions_with_valid_positions()
    {
        Gen.OneOf(Fragments).Array[0, 60].Select(parts => string.Concat(parts)).Sample(
            text =>
            {
                try
                {
                    CrowdinConfigLoader.Parse(text, "crowdin.yml");
                }
                catch (ConfigException ex)
                {
                    var lines = text.Split(['\n', '\r', '\u2028']).Length;
                    Assert.InRange(ex.Line, 1, lines + 1);
                    Assert.True(ex.Column >= 1);
                }
            },
            iter: 20_000);
    }

    [Fact]
    public void Glob_and_ignore_compilation_never_throw_unexpectedly()
    {
        Gen.String[Gen.Char["ab*?[]^!{},/\\.-%"], 0, 30].Sample(
            pattern =>
            {
                if (CrowdinGlob.TryParse(pattern, out var glob, out _))
                {
                    glob.IsMatch("a/b/ab.a");
                }

                if (IgnoreMatcher.TryCreate([pattern], out var ignore, out _))
                {
                    ignore.IsIgnored("a/b/ab.a");
                }
            },
            iter: 3000);
    }
}
