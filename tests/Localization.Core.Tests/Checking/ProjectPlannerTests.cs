using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Tests.Crowdin;

namespace Localization.Core.Tests.Checking;

/// <summary>
/// Languages are planned on every core (see <see cref="ProjectPlanner.Plan"/>): the plan of many languages is
/// exactly the plans of each language one after another, joined in the order the languages were given, and
/// the error is the first failing language's.
/// </summary>
public sealed class ProjectPlannerTests
{
    private const string Config = """
        files:
          - source: /docs/**/*.*
            translation: /i18n/%two_letters_code%/**/%file_name%.%file_extension%
          - source: /docs/*.md
            translation: /i18n/%two_letters_code%/%original_file_name%
          - source: /includes/*.en.*
            translation: /includes/%file_name%.%two_letters_code%.%file_extension%
        """;

    private static readonly string[] Languages = ["ko", "fr", "ja", "de", "pt-BR", "zh-Hant", "es", "it", "nl", "sv", "ar"];

    private static TempTree Site()
    {
        var tree = new TempTree().Files("docs/index.md", "docs/a/b.md", "docs/a/c.md", "docs/d/e.md", "docs/logo.png", "docs/data.yml", "includes/abbr.en.txt");
        foreach (var language in Languages.Where((_, i) => i % 3 != 2))
        {
            tree.Files($"i18n/{language}/index.md", $"i18n/{language}/a/b.md", $"includes/abbr.{language}.txt");
        }

        return tree;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Many_languages_plan_as_each_language_alone_in_the_order_given(bool withPaths)
    {
        using var tree = Site();
        var config = CrowdinConfigLoader.Load(tree.Config(Config));
        var order = Languages.Reverse().Concat(["ko"]).ToArray();
        string[] paths = withPaths ? [tree.Full("i18n/fr/a"), tree.Full("i18n/ja/index.md"), tree.Full("docs/d/e.md"), tree.Full("i18n/xx")] : [];

        var plan = ProjectPlanner.Plan(config, order, paths);

        var alone = order.Select(l => ProjectPlanner.Plan(config, [l], paths)).ToList();
        Assert.Equal(alone.SelectMany(p => p.Pairs), plan.Pairs);
        Assert.Equal(alone.Max(p => p.SkippedSourceFiles), plan.SkippedSourceFiles);
        Assert.Equal(paths.Where(p => alone.All(a => a.UnmatchedPaths.Contains(p))), plan.UnmatchedPaths);
        // One finding per collision of a group, the first language's (here each group collides once).
        Assert.Equal(alone.SelectMany(p => p.Problems).DistinctBy(f => (f.Line, f.Column)).Select(f => (f.Language, f.Message)), plan.Problems.Select(f => (f.Language, f.Message)));
        Assert.NotEmpty(plan.Problems);
        Assert.Equal(withPaths ? 0 : 2, plan.SkippedSourceFiles);
    }

    [Fact]
    public void The_first_failing_language_in_the_order_given_is_the_error()
    {
        using var tree = Site();
        var config = CrowdinConfigLoader.Load(tree.Config(Config));
        var first = Assert.ThrowsAny<ArgumentException>(() => ProjectPlanner.Plan(config, ["bad/one"], []));
        var second = Assert.ThrowsAny<ArgumentException>(() => ProjectPlanner.Plan(config, ["bad/two"], []));
        Assert.NotEqual(first.Message, second.Message);

        for (var run = 0; run < 20; run++)
        {
            var thrown = Assert.ThrowsAny<ArgumentException>(() => ProjectPlanner.Plan(config, ["ko", "fr", "bad/one", "ja", "bad/two", "de"], []));
            Assert.Equal(first.GetType(), thrown.GetType());
            Assert.Equal(first.Message, thrown.Message);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void The_plan_is_the_same_on_any_number_of_threads(int parallelism)
    {
        using var tree = Site();
        var config = CrowdinConfigLoader.Load(tree.Config(Config));

        var plan = ProjectPlanner.Plan(config, Languages, [], parallelism);

        Assert.Equal(ProjectPlanner.Plan(config, Languages, [], 1).Pairs, plan.Pairs);
        Assert.Equal(Languages.Select(l => ProjectPlanner.Plan(config, [l], [], 1)).SelectMany(p => p.Pairs), plan.Pairs);
    }

    /// <summary>
    /// The sources are listed once for every language's thread; a group whose listing fails is the error of the first
    /// language that maps it, and no error for languages the group excludes.
    /// </summary>
    [Fact]
    public void A_source_pattern_that_cannot_be_listed_fails_only_the_languages_that_map_it()
    {
        using var tree = Site();
        var loaded = CrowdinConfigLoader.Load(tree.Config(Config));
        // The loader refuses such a pattern; a configuration built by a program is checked only when used.
        var config = loaded with { Files = [loaded.Files[0], loaded.Files[1] with { Source = "/docs/[", ExcludedTargetLanguages = ["ko", "fr"] }] };

        var alone = Assert.Throws<ConfigException>(() => ProjectPlanner.Plan(config, ["ja"], [], 1));
        Assert.NotEmpty(ProjectPlanner.Plan(config, ["ko", "fr"], [], 2).Pairs);
        for (var run = 0; run < 10; run++)
        {
            var thrown = Assert.Throws<ConfigException>(() => ProjectPlanner.Plan(config, ["ko", "fr", "ja", "de"], [], 2));
            Assert.Equal(alone.Message, thrown.Message);
        }
    }
}
