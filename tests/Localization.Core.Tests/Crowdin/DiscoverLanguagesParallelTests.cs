using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Crowdin;

/// <summary>
/// The languages found on disk are looked for on the run's threads (see
/// <see cref="ProjectFileMapper.DiscoverLanguages(CrowdinConfig)"/>): the same languages, and the same error, as
/// looking at the sources one after another.
/// </summary>
public sealed class DiscoverLanguagesParallelTests
{
    private static TempTree Site(int seed)
    {
        var random = new Random(seed);
        var tree = new TempTree();
        string[] codes = ["ko", "fr", "ja", "de", "pt-BR", "zh-Hant", "es", "xx", "eo"];
        for (var i = 0; i < 60; i++)
        {
            var source = $"docs/d{i % 7}/p{i}.md";
            tree.Files(source);
            foreach (var code in codes)
            {
                // Each language translated a different part of the site; some only one page.
                if (random.Next(codes.Length * 3) == 0 || (code == "ko" && i % 2 == 0))
                {
                    tree.Files($"i18n/{code}/d{i % 7}/p{i}.md");
                }
            }
        }

        return tree.Files("i18n/fr/notes.txt", "includes/abbr.en.md", "includes/abbr.eo.md");
    }

    [Theory]
    [InlineData(1, "")]
    [InlineData(2, "    excluded_target_languages: [ja, fr]\n")]
    [InlineData(3, "    ignore: ['/docs/d3/*.md']\n")]
    [InlineData(4, "    languages_mapping:\n      two_letters_code:\n        zh-TW: zh-Hant\n        pt: pt-BR\n")]
    public void The_languages_are_those_found_looking_at_one_source_after_another(int seed, string extra)
    {
        using var tree = Site(seed);
        var config = CrowdinConfigLoader.Load(tree.Config(
            "files:\n  - source: /docs/**/*.md\n    translation: /i18n/%two_letters_code%/**/%original_file_name%\n" + extra
            + "  - source: /includes/*.en.md\n    translation: /includes/%file_name%.%two_letters_code%.md\n"));

        var sequential = ProjectFileMapper.DiscoverLanguages(config, parallelism: 1);
        Assert.NotEmpty(sequential);
        for (var run = 0; run < 10; run++)
        {
            Assert.Equal(sequential, ProjectFileMapper.DiscoverLanguages(config, parallelism: 2));
        }
    }

    /// <summary>
    /// A language's directory is not looked into once its languages are found (see
    /// <see cref="MappingSession.FindTemplateMatches"/>): the search that leaves those directories out, as
    /// <see cref="ProjectFileMapper.DiscoverLanguages(CrowdinConfig, int)"/> does, looks at fewer translations, and the
    /// languages are those found looking into every directory.
    /// </summary>
    [Theory]
    [InlineData(1, "")]
    [InlineData(2, "    excluded_target_languages: [ja, fr]\n")]
    [InlineData(3, "    ignore: ['/docs/d3/*.md', '/docs/d1/p1.md']\n")]
    [InlineData(4, "    languages_mapping:\n      two_letters_code:\n        zh-TW: zh-Hant\n        pt: pt-BR\n")]
    [InlineData(6, "")]
    public void The_languages_are_those_found_looking_into_every_directory(int seed, string extra)
    {
        using var tree = Site(seed);
        tree.Files("docs/d1/deep/q.md", "i18n/sv/d1/deep/q.md", "i18n/ko/d1/deep/q.md");
        var config = CrowdinConfigLoader.Load(tree.Config(
            "files:\n  - source: /docs/**/*.md\n    translation: /i18n/%two_letters_code%/**/%original_file_name%\n" + extra
            + "  - source: /includes/*.en.md\n    translation: /includes/%file_name%.%two_letters_code%.md\n"));

        var everywhere = Search(config, leaveFoundOut: false);
        var leftOut = Search(config, leaveFoundOut: true);
        Assert.Contains("sv", everywhere.Languages);
        Assert.True(leftOut.DirectoriesLeftOut > 0, "directories whose languages were found were left out");
        Assert.Equal(0, everywhere.DirectoriesLeftOut);
        Assert.True(leftOut.Translations < everywhere.Translations, $"{leftOut.Translations} translations looked at, {everywhere.Translations} looking everywhere");
        Assert.Equal(everywhere.Languages, leftOut.Languages);
        Assert.Equal(everywhere.Languages, ProjectFileMapper.DiscoverLanguages(config, parallelism: 1));
        Assert.Equal(everywhere.Languages, ProjectFileMapper.DiscoverLanguages(config, parallelism: 2));
    }

    /// <summary>
    /// The search for languages one source after another: every match of every source's template looked at (as it was),
    /// or, with <paramref name="leaveFoundOut"/>, not the directories whose languages are all found (as it is); with the
    /// translations looked at and the directories left out.
    /// </summary>
    private static (string[] Languages, int Translations, int DirectoriesLeftOut) Search(CrowdinConfig config, bool leaveFoundOut)
    {
        var session = new MappingSession(config);
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var (translations, leftOut) = (0, 0);
        foreach (var group in config.Files)
        {
            foreach (var source in session.Sources(group))
            {
                var segments = TranslationPathBuilder.Template(group, source).Split('/', StringSplitOptions.RemoveEmptyEntries);
                if (source.Refusal is not null || !segments.Any(TranslationPathBuilder.HasMarker) || segments.Any(s => s is "." or ".."))
                {
                    continue;
                }

                Func<IReadOnlyList<(string Placeholder, string Value)>, bool>? settled = leaveFoundOut ? Settled : null;
                foreach (var (relative, captures) in session.FindTemplateMatches(segments, settled))
                {
                    translations++;
                    foreach (var candidate in LanguageCandidates.FromCaptures(captures, group.LanguagesMapping))
                    {
                        if (!found.Contains(candidate) && session.Confirms(group, source, candidate, relative))
                        {
                            found.Add(candidate);
                        }
                    }
                }

                bool Settled(IReadOnlyList<(string Placeholder, string Value)> captures)
                {
                    var all = LanguageCandidates.FromCaptures(captures, group.LanguagesMapping).All(found.Contains);
                    leftOut += all ? 1 : 0;
                    return all;
                }
            }
        }

        return ([.. found], translations, leftOut);
    }

    [Fact]
    public void An_invalid_ignore_pattern_is_the_same_error()
    {
        using var tree = Site(5);
        var loaded = CrowdinConfigLoader.Load(tree.Config(
            "files:\n  - source: /docs/**/*.md\n    translation: /i18n/%two_letters_code%/**/%original_file_name%\n"));
        // The loader refuses such a pattern; a configuration built by a program is checked only when used.
        var config = loaded with { Files = [loaded.Files[0] with { Ignore = ["/docs/["] }] };

        var sequential = Assert.Throws<ConfigException>(() => ProjectFileMapper.DiscoverLanguages(config, parallelism: 1));
        var parallel = Assert.Throws<ConfigException>(() => ProjectFileMapper.DiscoverLanguages(config, parallelism: 2));
        Assert.Equal(sequential.Message, parallel.Message);
    }
}
