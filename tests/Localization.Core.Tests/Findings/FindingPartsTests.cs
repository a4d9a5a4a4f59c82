using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Tests.Findings;

/// <summary>
/// A finding is kept as a body (rule, severity, texts, unit), a place (language, file) and its own position and
/// fingerprint: it must read, compare, hash, print and change (<c>with</c>) exactly as a finding of its sixteen
/// properties did, and a block left as its English must get one body in every language.
/// </summary>
public sealed class FindingPartsTests : IDisposable
{
    private const string English = "# Title\n\nA sentence in English that nobody translated.\n\nAnother sentence, in English too.\n";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-parts-" + Guid.NewGuid().ToString("N"));

    public FindingPartsTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_block_left_as_its_English_has_one_body_in_every_language()
    {
        File.WriteAllText(Path.Combine(_root, "page.en.md"), English);
        var pairs = new List<PairRequest>();
        foreach (var (language, title) in new[] { ("ko", "# 제목"), ("ja", "# タイトル"), ("fr", "# Titre") })
        {
            // Distinct files (not one checked for all): each language's page is checked on its own.
            File.WriteAllText(Path.Combine(_root, $"page.{language}.md"), English.Replace("# Title", title, StringComparison.Ordinal));
            pairs.Add(new PairRequest(language, "page.en.md", $"page.{language}.md", Path.Combine(_root, "page.en.md"), Path.Combine(_root, $"page.{language}.md")));
        }

        var result = new CheckEngine(CheckOptions.Default with { Parallelism = 2, CheckCrossPageLinks = false }).Run(pairs);
        var blocks = result.Findings.Where(f => f.Rule == "untranslated-block").GroupBy(f => f.Line).ToList();
        Assert.Equal(2, blocks.Count);
        foreach (var block in blocks)
        {
            var findings = block.ToList();
            Assert.Equal(["fr", "ja", "ko"], findings.Select(f => f.Language));
            Assert.All(findings, f => Assert.Same(findings[0].Body, f.Body));
            Assert.All(findings, f => Assert.Equal($"page.{f.Language}.md", f.File));
            Assert.Equal(3, findings.Select(f => f.Fingerprint).Distinct().Count());
        }
    }

    [Fact]
    public void A_finding_made_from_parts_is_the_finding_made_from_its_properties()
    {
        var random = new Random(20261201);
        for (var n = 0; n < 5_000; n++)
        {
            var fromProperties = Random(random);
            var fromParts = new Finding(
                new FindingBody(fromProperties.Rule, fromProperties.RuleId, fromProperties.Severity, fromProperties.Source, fromProperties.Message, fromProperties.SourceText, fromProperties.TargetText, fromProperties.UnitId, null),
                new FindingPlace(fromProperties.Language, fromProperties.File),
                fromProperties.Line,
                fromProperties.Column,
                fromProperties.EndLine,
                fromProperties.EndColumn,
                FingerprintHash.TryParse(fromProperties.Fingerprint, out var hash) ? hash : default);
            Assert.Equal(fromProperties, fromParts);
            Assert.Equal(fromProperties.GetHashCode(), fromParts.GetHashCode());
            Assert.Equal(fromProperties.ToString(), fromParts.ToString());

            // Shared or rendered, a body says the same.
            fromParts.Body.Shared = true;
            fromParts.Body.Json = [1, 2, 3];
            Assert.Equal(fromProperties, fromParts);
            Assert.Equal(fromProperties.GetHashCode(), fromParts.GetHashCode());
        }
    }

    [Fact]
    public void With_changes_the_copy_only_and_gives_it_a_body_of_its_own()
    {
        var random = new Random(7);
        for (var n = 0; n < 2_000; n++)
        {
            var original = Random(random);
            original.Body.Shared = true;
            original.Body.Json = [1];
            var before = original.ToString();
            var message = original with { Message = "changed " + n };
            var severity = original with { Severity = Severity.Error };
            var place = original with { Language = "xx", File = "other.md" };
            Assert.Equal(before, original.ToString());
            Assert.Equal("changed " + n, message.Message);
            Assert.Equal(Severity.Error, severity.Severity);
            Assert.Equal(("xx", "other.md"), (place.Language, place.File));
            Assert.Equal((original.Rule, original.Message, original.Line, original.Fingerprint), (place.Rule, place.Message, place.Line, place.Fingerprint));
            Assert.Same(original.Body, place.Body); // the place changed, what was found did not
            foreach (var changed in new[] { message, severity })
            {
                Assert.NotSame(original.Body, changed.Body);
                Assert.False(changed.Body.Shared);
                Assert.Null(changed.Body.Json);
                Assert.Equal((original.Language, original.File, original.Line, original.EndColumn, original.Fingerprint), (changed.Language, changed.File, changed.Line, changed.EndColumn, changed.Fingerprint));
            }

            Assert.NotEqual(original, message);
            Assert.Equal(original, original with { Message = original.Message });
        }
    }

    private static Finding Random(Random random) => new()
    {
        Rule = Word(random),
        RuleId = Word(random),
        Severity = (Severity)random.Next(3),
        Language = Word(random),
        File = Word(random) + ".md",
        Line = random.Next(0, 500),
        Column = random.Next(0, 80),
        EndLine = random.Next(0, 500),
        EndColumn = random.Next(0, 80),
        Source = random.Next(2) == 0 ? null : new SourceReference(Word(random), random.Next(100)),
        Message = Word(random) + " " + Word(random),
        SourceText = random.Next(3) == 0 ? null : Word(random),
        TargetText = random.Next(3) == 0 ? null : Word(random),
        UnitId = random.Next(3) == 0 ? null : Word(random),
        Fingerprint = new FingerprintHash((ulong)random.NextInt64(), (ulong)random.NextInt64()).ToString(),
    };

    private static string Word(Random random) => new([.. Enumerable.Range(0, random.Next(1, 8)).Select(_ => (char)random.Next('a', 'z' + 1))]);
}
