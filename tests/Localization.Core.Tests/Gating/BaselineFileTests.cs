using Localization.Core.Checking;
using Localization.Core.Crowdin;
using Localization.Core.Findings;
using Localization.Core.Gating;
using Localization.Core.Tests.Crowdin;

namespace Localization.Core.Tests.Gating;

/// <summary>A baseline file that is not one this l10n wrote is refused with the file's name, never half-read.</summary>
public sealed class BaselineFileTests
{
    [Fact]
    public void A_baseline_of_version_1_is_read()
    {
        var baseline = Baseline.Parse("{\"baseline\": 1, \"findings\": [{\"fingerprint\": \"a\"}, {\"fingerprint\": \"a\"}]}", "b.json");

        Assert.Equal(2, baseline.Count);
    }

    [Theory]
    [InlineData("{\"baseline\": 2, \"findings\": []}")]      // a later l10n's format: its fingerprints may mean other findings
    [InlineData("{\"baseline\": 0, \"findings\": []}")]
    [InlineData("{\"baseline\": 1.5, \"findings\": []}")]
    [InlineData("{\"baseline\": -1, \"findings\": []}")]
    public void A_baseline_of_another_version_is_refused(string json)
    {
        var error = Assert.Throws<ConfigException>(() => Baseline.Parse(json, "b.json"));

        Assert.Equal("b.json", error.File);
        Assert.Contains("version", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_is_named_as_one()
    {
        using var tree = new TempTree().Dirs("baseline.json");

        var error = Assert.Throws<ConfigException>(() => Baseline.Read(tree.Full("baseline.json"), "baseline.json"));

        Assert.Equal("baseline.json", error.File);
        Assert.Contains("is a directory", error.Message, StringComparison.Ordinal);
    }
    [Fact]
    public void A_baseline_that_accepts_one_of_two_equal_findings_leaves_the_other_in_its_file()
    {
        var pair = new PairRequest("ko", "docs/a.md", "i18n/ko/a.md", "/p/docs/a.md", "/p/i18n/ko/a.md");
        Finding[] findings = [Same(), Same(), Other()];
        var run = new CheckResult([new FileResult(pair, FileStats.Empty, findings)], findings, ["ko"], 0);
        var baseline = Baseline.Parse("{\"baseline\": 1, \"findings\": [{\"fingerprint\": \"same\"}]}", "b.json");

        var gated = baseline.Apply(run);

        Assert.Equal(["same", "other"], gated.Findings.Select(f => f.Fingerprint));
        Assert.Equal(["same", "other"], gated.Files[0].Findings.Select(f => f.Fingerprint));
    }

    private static Finding Same() => Make("same");

    private static Finding Other() => Make("other");

    private static Finding Make(string fingerprint) => new()
    {
        Rule = "untranslated-sentence", RuleId = "LC000", Severity = Severity.Warning, Language = "ko", File = "i18n/ko/a.md", Line = 1, Column = 1,
        EndLine = 1, EndColumn = 1, Message = "m", Fingerprint = fingerprint,
    };
}
