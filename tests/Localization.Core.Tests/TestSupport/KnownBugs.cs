namespace Localization.Core.Tests.TestSupport;

/// <summary>
/// Tests that document a known defect of the checker are skipped with a "bug: …" reason, unless the environment
/// variable L10N_RUN_KNOWN_BUGS=1 is set: then they run, so one can see which of them a change has fixed.
/// Use <c>[Fact(Skip = "bug: …", SkipType = typeof(KnownBugs), SkipWhen = nameof(KnownBugs.AreSkipped))]</c>.
/// </summary>
public static class KnownBugs
{
    public static bool AreSkipped => Environment.GetEnvironmentVariable("L10N_RUN_KNOWN_BUGS") != "1";

    /// <summary>A theory row that is skipped with <paramref name="bug"/> (when not null) unless known bugs are run.</summary>
    /// <remarks>The skip is decided when the data is enumerated: xunit does not evaluate SkipWhen on data rows.</remarks>
    public static TheoryDataRow<T> Row<T>(T value, string? bug) =>
        new(value) { Skip = bug is not null && AreSkipped ? bug : null };
}
