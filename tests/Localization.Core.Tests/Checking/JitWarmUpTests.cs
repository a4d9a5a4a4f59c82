using Localization.Core.Checking;
using Xunit;

namespace Localization.Core.Tests.Checking;

/// <summary>
/// The warm-up runs beside a real run's planning: it must check its built-in pages for real (or it compiles
/// nothing the run needs), never throw, and leave nothing behind that a later check could see.
/// </summary>
public sealed class JitWarmUpTests
{
    [Fact]
    public void The_built_in_pages_are_checked_with_findings_of_several_rules()
    {
        var results = JitWarmUp.Run();

        Assert.Equal(["ko", "fr"], results.Select(r => r.Pair.Language));
        Assert.All(results, r => Assert.True(r.Stats.Units > 10, $"{r.Pair.Target}: {r.Stats.Units} units"));
        Assert.All(results, r => Assert.DoesNotContain(r.Findings, f => f.Rule == "invalid-file"));
        Assert.Contains(results[0].Findings, f => f.Rule.StartsWith("untranslated", StringComparison.Ordinal));
        Assert.True(results.SelectMany(r => r.Findings).Select(f => f.Rule).Distinct().Count() >= 3);
    }

    [Fact]
    public void A_check_after_the_warm_up_finds_what_it_finds_without_it()
    {
        var pair = new PairRequest("ko", "docs/a.md", "i18n/ko/a.md", "/p/docs/a.md", "/p/i18n/ko/a.md");
        const string English = "# Title\n\nA paragraph with a [link](b.md#part).\n\n!!! note\n\n    Left as it is.\n";
        const string Korean = "# 제목\n\n[링크](b.md#other)가 있는 문단.\n\n!!! note\n\n    Left as it is.\n";
        var before = new CheckEngine(CheckOptions.Default).CheckTexts(pair, English, Korean);

        JitWarmUp.Run();
        var after = new CheckEngine(CheckOptions.Default).CheckTexts(pair, English, Korean);

        Assert.Equal(before.Stats, after.Stats);
        Assert.Equal(before.Findings.Select(f => (f.Rule, f.Line, f.Column, f.Message, f.Fingerprint)), after.Findings.Select(f => (f.Rule, f.Line, f.Column, f.Message, f.Fingerprint)));
    }
}
