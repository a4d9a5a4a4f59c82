using Localization.Core.Crowdin;

namespace Localization.Core.Tests.Crowdin;

/// <summary>The real Privacy Guides configurations, read in place from ../shared/corpora.</summary>
public class CorpusTests
{
    [Fact]
    public void Privacy_guides_2026_loads_and_maps()
    {
        var corpus = SharedCorpus.Require("privacyguides-2026-03");
        var config = CrowdinConfigLoader.Load(Path.Combine(corpus, "crowdin.yml"));

        Assert.True(config.PreserveHierarchy);
        Assert.Equal(corpus, config.BasePath);
        Assert.Equal(["/docs/**/*.*", "/includes/*.en.*"], config.Files.Select(f => f.Source));
        Assert.Equal([new("en.", "")], config.Files[1].TranslationReplace);

        var pairs = ProjectFileMapper.Map(config, "ko");
        var bySource = pairs.ToDictionary(p => p.Source, p => p.Translation);
        Assert.Equal("i18n/ko/basics/threat-modeling.md", bySource["docs/basics/threat-modeling.md"]);
        Assert.Equal("i18n/ko/dns.md", bySource["docs/dns.md"]);
        Assert.Equal("i18n/ko/real-time-communication.md", bySource["docs/real-time-communication.md"]);
        Assert.Equal("includes/abbreviations.ko.txt", bySource["includes/abbreviations.en.txt"]);
        Assert.Equal("includes/strings.ko.env", bySource["includes/strings.en.env"]);
        Assert.DoesNotContain("includes/contributors.md", bySource.Keys);
        Assert.Equal(pairs.Select(p => p.Source).Order(StringComparer.Ordinal), pairs.Select(p => p.Source));

        // Every Korean page Crowdin wrote is the translation of a source the config matches.
        var koreanFiles = Directory.GetFiles(Path.Combine(corpus, "i18n", "ko"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(corpus, f).Replace('\\', '/'))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Subset(bySource.Values.ToHashSet(StringComparer.Ordinal), koreanFiles);
        Assert.All(pairs, p => Assert.True(File.Exists(p.SourceFullPath), p.Source));

        Assert.Equal(["fr", "ja", "ko"], ProjectFileMapper.DiscoverLanguages(config));
    }

    [Fact]
    public void Privacy_guides_2024_loads_and_maps()
    {
        var corpus = SharedCorpus.Require("privacyguides-2024-03");
        var config = CrowdinConfigLoader.Load(Path.Combine(corpus, "crowdin.yml"));

        Assert.Equal(4, config.Files.Count);
        var pairs = ProjectFileMapper.Map(config, "ko");
        var bySource = pairs.ToDictionary(p => p.Source, p => p.Translation);
        Assert.Equal("i18n/ko/basics/threat-modeling.md", bySource["docs/basics/threat-modeling.md"]);
        Assert.Equal("i18n/ko/real-time-communication.md", bySource["docs/real-time-communication.md"]);
        Assert.Equal("includes/abbreviations.ko.txt", bySource["includes/abbreviations.en.txt"]);
        Assert.Equal("includes/strings.ko.yml", bySource["includes/strings.en.yml"]);
        Assert.True(File.Exists(Path.Combine(corpus, "i18n", "ko", "real-time-communication.md")));

        Assert.Equal(["ko"], ProjectFileMapper.DiscoverLanguages(config));
    }
}
