using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Rules;

/// <summary>
/// extra-block names its units by their ids, made for those units alone (not for the whole translated page): they are
/// the ids the translated page's units have, repeat numbers included.
/// </summary>
public sealed class ExtraBlockIdsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(20)] // past the ids made alone: the page's ids for the rest
    public void Extra_blocks_are_named_by_their_units_ids(int extraRuns)
    {
        const string English = "# Title\n\nFirst paragraph of the page.\n\nLast paragraph of the page.\n";
        // Each run: a repeated paragraph (its id numbered by the repeats before it) and, in every other run, a second one.
        var target = "# 제목\n\n첫 번째 문단입니다.\n\n" + string.Concat(Enumerable.Range(0, extraRuns).Select(r =>
            "추가된 문단.\n\n" + (r % 2 == 0 ? $"또 다른 문단 {r}.\n\n" : "") + "```sh\nls\n```\n\n")) + "마지막 문단입니다.\n";

        var findings = Checker.Check(English, target).Findings.Where(f => f.Rule == "extra-block").ToList();
        var units = PageReader.Read("target.md", target).Units;

        Assert.NotEmpty(findings);
        Assert.Equal(extraRuns > 1, findings.Any(f => f.FingerprintDetail!.Contains('~', StringComparison.Ordinal)));
        foreach (var finding in findings)
        {
            var ids = finding.FingerprintDetail!.Split(',');
            Assert.All(ids, id => Assert.Contains(units, u => u.Id == id));
            Assert.Equal(ids[0], finding.UnitId);
            var first = units.Single(u => u.Id == ids[0]);
            Assert.Equal(finding.Line, first.Line);
        }
    }
}
