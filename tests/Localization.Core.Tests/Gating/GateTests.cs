using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Gating;

namespace Localization.Core.Tests.Gating;

/// <summary>The --fail-on gate counts the findings at or above its severity, from the run's counts.</summary>
public sealed class GateTests
{
    [Theory]
    [InlineData(Severity.Info, 4)]
    [InlineData(Severity.Warning, 3)]
    [InlineData(Severity.Error, 1)]
    public void Counts_the_findings_at_or_above_the_threshold(Severity threshold, int expected)
    {
        var result = Result(Severity.Error, Severity.Warning, Severity.Warning, Severity.Info);
        var failure = Assert.Single(new Gate(threshold).Failures(result));
        Assert.StartsWith($"{expected} finding", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void No_finding_at_the_threshold_is_no_failure() =>
        Assert.Empty(new Gate(Severity.Error).Failures(Result(Severity.Warning, Severity.Info)));

    [Fact]
    public void A_severity_outside_the_named_ones_is_counted_as_before()
    {
        var failure = Assert.Single(new Gate(Severity.Error).Failures(Result(Severity.Error, (Severity)7, Severity.Info)));
        Assert.StartsWith("2 findings", failure, StringComparison.Ordinal);
    }

    private static CheckResult Result(params Severity[] severities) =>
        new([], [.. severities.Select((s, i) => new Finding
        {
            Rule = "r", RuleId = "LC000", Severity = s, Language = "ko", File = "x.md", Line = i + 1, Column = 1, EndLine = i + 1, EndColumn = 2,
            Message = "m", Fingerprint = "f" + i,
        })], ["ko"], 0);
}
