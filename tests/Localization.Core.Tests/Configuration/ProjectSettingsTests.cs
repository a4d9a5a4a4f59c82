using Localization.Core.Configuration;
using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Configuration;

public sealed class ProjectSettingsTests
{
    [Fact]
    public void Reads_languages_exclusions_and_front_matter_keys()
    {
        var settings = ProjectSettings.Parse("languages: [ko, pt-BR]\nexclude_languages:\n  - zh-Hant\nfront_matter_keys: [title, meta_title]\n", "l10n.yml");

        Assert.Equal(["ko", "pt-BR"], settings.Languages);
        Assert.Equal(["zh-Hant"], settings.ExcludeLanguages);
        Assert.Equal(["title", "meta_title"], settings.FrontMatterKeys);
    }

    [Fact]
    public void An_empty_file_means_the_defaults()
    {
        Assert.Same(ProjectSettings.Empty, ProjectSettings.Parse("", "l10n.yml"));
        Assert.Same(ProjectSettings.Empty, ProjectSettings.Parse("# nothing\n", "l10n.yml"));
    }

    [Theory]
    [InlineData("languages: ko\n", 1, 12, "expected a list")]
    [InlineData("languages: [ko, 'a:b']\n", 1, 17, "not a language code")]
    [InlineData("langauges: [ko]\n", 1, 1, "unknown setting 'langauges'")]
    [InlineData("languages: [ko]\nlanguages: [fr]\n", 2, 1, "")]
    [InlineData("- ko\n", 1, 1, "expected a mapping")]
    public void Mistakes_are_errors_with_line_and_column(string yaml, int line, int column, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => ProjectSettings.Parse(yaml, "l10n.yml"));

        Assert.Equal(line, error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}

public sealed class ProjectSettingsTermsTests
{
    [Fact]
    public void Reads_terms_and_the_terms_file()
    {
        var settings = ProjectSettings.Parse("terms: [Privacy Guides, Tor Browser]\nterms_file: l10n/terms.yml\n", "l10n.yml");

        Assert.Equal(["Privacy Guides", "Tor Browser"], settings.Terms);
        Assert.Equal("l10n/terms.yml", settings.TermsFile);
        Assert.Equal("terms.yml", ProjectSettings.Empty.TermsFile);
        Assert.Empty(ProjectSettings.Empty.Terms);
    }

    [Theory]
    [InlineData("terms_file: ../outside.yml\n", 1, 13)]
    [InlineData("terms_file: /etc/passwd\n", 1, 13)]
    [InlineData("terms_file: a/../../b.yml\n", 1, 13)]
    [InlineData("terms_file: [a]\n", 1, 13)]
    [InlineData("terms: Signal\n", 1, 8)]
    public void A_terms_file_outside_the_project_or_a_bad_value_is_refused(string yaml, int line, int column)
    {
        var error = Assert.Throws<ConfigException>(() => ProjectSettings.Parse(yaml, "l10n.yml"));

        Assert.Equal((line, column), (error.Line, error.Column));
    }
}

public sealed class ProjectSettingsFilesTests
{
    [Fact]
    public void Files_are_read_with_the_crowdin_rules()
    {
        var settings = ProjectSettings.Parse(
            "files:\n  - source: docs/en/docs/**/*.md\n    translation: docs/%language%/docs/**/%original_file_name%\n    ignore: [docs/en/docs/release-notes.md]\n  - source: content/en/**/*.md\n    translation: content/%two_letters_code%/**/%original_file_name%\n",
            "l10n.yml");

        Assert.NotNull(settings.Files);
        Assert.Equal(["docs/en/docs/**/*.md", "content/en/**/*.md"], settings.Files.Select(g => g.Source));
        Assert.Equal("docs/%language%/docs/**/%original_file_name%", settings.Files[0].Translation);
        Assert.Equal(["docs/en/docs/release-notes.md"], settings.Files[0].Ignore);
        Assert.Equal((1, 1), settings.FilesAt);
        Assert.Null(ProjectSettings.Empty.Files);
    }

    [Theory]
    [InlineData("files: docs/*.md\n", 1, 8, "'files' must be a list")]
    [InlineData("files:\n  - source: docs/*.md\n    translation: out/%original_file_name%\n", 3, 18, "language placeholder")]
    [InlineData("files:\n  - translation: '%language%/%original_file_name%'\n", 2, 5, "'source' is required in files[0]")]
    [InlineData("files:\n  - source: a.md\n    translation: ../%language%/a.md\n", 3, 18, "'../'")]
    public void Bad_files_are_the_errors_crowdin_yml_gives(string yaml, int line, int column, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => ProjectSettings.Parse(yaml, "l10n.yml"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal("l10n.yml", error.File);
    }
}

public sealed class ProjectSettingsVerbatimTests
{
    [Fact]
    public void Verbatim_patterns_and_the_mkdocs_file_are_read()
    {
        var settings = ProjectSettings.Parse("mkdocs: docs/en/mkdocs.yml\nverbatim_patterns: ['\\{\\*.*?\\*\\}', '\\{\\{.*?\\}\\}']\n", "l10n.yml");

        Assert.Equal("docs/en/mkdocs.yml", settings.MkDocsFile);
        Assert.Equal(2, settings.VerbatimPatterns.Count);
        Assert.All(settings.VerbatimPatterns, p => Assert.Equal(ProjectSettings.VerbatimTimeout, p.MatchTimeout));
    }

    [Theory]
    [InlineData("verbatim_patterns: ['(unclosed']\n", 1, 21, "not a valid regular expression")]
    [InlineData("verbatim_patterns: '\\{\\*'\n", 1, 20, "expected a list")]
    [InlineData("mkdocs: ../mkdocs.yml\n", 1, 9, "inside the project")]
    public void Bad_values_are_errors_with_line_and_column(string yaml, int line, int column, string reason)
    {
        var error = Assert.Throws<ConfigException>(() => ProjectSettings.Parse(yaml, "l10n.yml"));

        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
