using System.Text;
using Localization.Core.Rules;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Rules;

/// <summary>
/// Runs every fixture case of Fixtures/Rules and compares, for every rule, the set of lines with an expected
/// marker with the set of lines the checker reported: unexpected findings of any rule fail the case too.
/// </summary>
public sealed class FixtureScenarioTests
{
    public static IEnumerable<TheoryDataRow<string>> Cases() =>
        RuleFixture.All().Select(f => KnownBugs.Row(f.Name, f.Skip));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Fixture_findings_match_the_markers(string name)
    {
        var fixture = RuleFixture.Load(name);
        var (_, expected) = fixture.Target;
        var result = fixture.Run();
        var actual = result.Findings
            .GroupBy(f => f.Rule, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new SortedSet<int>(g.Select(f => f.Line)), StringComparer.Ordinal);

        var problems = new StringBuilder();
        foreach (var rule in expected.Keys.Union(actual.Keys).Order(StringComparer.Ordinal))
        {
            var want = expected.GetValueOrDefault(rule) ?? [];
            var got = actual.GetValueOrDefault(rule) ?? [];
            if (!want.SetEquals(got))
            {
                var verdict = got.Count < want.Count || want.Except(got).Any() && !got.Except(want).Any() ? "too few" : got.Count > want.Count ? "too many" : "different";
                problems.AppendLine($"  {rule}: {verdict} findings (too few or too many): expected lines [{string.Join(", ", want)}], actual lines [{string.Join(", ", got)}]");
            }
        }

        Assert.True(problems.Length == 0,
            $"fixture {name} ({fixture.Language}):{Environment.NewLine}{problems}actual findings:{Environment.NewLine}{Checker.Describe(result.Findings)}");
    }

    /// <summary>The page rules this fixture set was written for.</summary>
    public static readonly string[] CoveredRules =
    [
        "untranslated-block", "untranslated-sentence", "missing-block", "extra-block", "link-mismatch", "footnote-mismatch",
        "admonition-mismatch", "code-mismatch", "image-mismatch", "markup-mismatch", "heading-mismatch", "front-matter-mismatch",
        "snippet-mismatch", "unchanged-title", "missing-key", "extra-key", "duplicate-key", "empty-translation", "placeholder-mismatch", "skipped-entry", "sentence-count-mismatch", "length-mismatch", "moved-block", "removed-block", "shortcode-mismatch",
    ];

    [Fact]
    public void Covered_rules_are_registered_page_rules()
    {
        var registered = RuleRegistry.PageRules.Select(r => r.Descriptor.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(CoveredRules, name => Assert.Contains(name, registered));
    }

    [Fact]
    public void Every_covered_page_rule_has_at_least_two_active_fixture_cases()
    {
        var fixtures = RuleFixture.All().ToList();
        Assert.NotEmpty(fixtures);
        var thin = CoveredRules
            .Where(name => fixtures.Count(f => f.Rule == name && f.Skip is null) < 2)
            .ToList();
        Assert.True(thin.Count == 0, "rules with fewer than two active fixture cases: " + string.Join(", ", thin));
    }

    [Fact]
    public void Every_fixture_directory_is_a_rule_or_clean_and_every_case_expects_its_rule()
    {
        var names = RuleRegistry.All.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var fixture in RuleFixture.All())
        {
            if (fixture.Rule == "clean")
            {
                Assert.Empty(fixture.Target.Expected);
                continue;
            }

            Assert.Contains(fixture.Rule, names);
            Assert.True(fixture.Target.Expected.ContainsKey(fixture.Rule), $"{fixture.Name} has no {{{fixture.Rule}}} marker");
        }
    }
}
