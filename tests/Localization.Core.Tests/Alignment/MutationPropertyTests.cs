using CsCheck;
using Localization.Core.Markdown;
using Localization.Core.Tests.TestSupport;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// Random line mutations of a translation (delete, duplicate, swap) must never make the checker throw, and every
/// finding must point inside the mutated page. Samples are drawn from CsCheck generators with fixed PCG seeds
/// (not Check.Sample, whose iterations after the first use a random seed), so every run tests the same cases.
/// </summary>
public sealed class MutationPropertyTests
{
    private enum Op
    {
        Delete,
        Duplicate,
        Swap,
    }

    private static readonly Gen<(Op Op, int A, int B)> Mutation = Gen.Select(Gen.Enum<Op>(), Gen.Int[0, 10_000], Gen.Int[0, 10_000]);

    private static readonly Gen<(Op Op, int A, int B)[]> Mutations = Mutation.Array[1, 8];

    private static string Apply(string text, (Op Op, int A, int B)[] mutations)
    {
        var lines = text.Split('\n').ToList();
        foreach (var (op, a, b) in mutations)
        {
            if (lines.Count == 0)
            {
                break;
            }

            var i = a % lines.Count;
            var j = b % lines.Count;
            switch (op)
            {
                case Op.Delete:
                    lines.RemoveAt(i);
                    break;
                case Op.Duplicate:
                    lines.Insert(i, lines[i]);
                    break;
                default:
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
            }
        }

        return string.Join('\n', lines);
    }

    private static void AssertFindingsInside(string source, string target, string language, string what)
    {
        var result = Checker.Check(source, target, language);
        var lineCount = new LineMap(target).LineCount;
        foreach (var f in result.Findings)
        {
            Assert.True(f.Line >= 0 && f.Line <= lineCount && f.EndLine >= f.Line && f.EndLine <= lineCount && f.Column >= 0 && f.EndColumn >= 0,
                $"{what}: finding outside the page of {lineCount} lines: {f.Line}:{f.Column}-{f.EndLine}:{f.EndColumn} {f.Rule} {f.Message}");
            Assert.NotEqual("invalid-file", f.Rule);
        }
    }

    private static IEnumerable<T> Samples<T>(Gen<T> gen, int count, ulong seed)
    {
        for (var k = 0; k < count; k++)
        {
            yield return gen.Generate(new PCG(7, seed + (ulong)k), null, out _);
        }
    }

    public static TheoryData<string> Pairs() => new(
        "clean/full-syntax-ko", "untranslated-block/brand-names-are-not-english", "footnote-mismatch/missing-definition",
        "admonition-mismatch/html-div-type-changed", "snippet-mismatch/backslash-escaped", "untranslated-sentence/japanese-mixed");

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Line_mutations_of_the_translation_never_throw_and_findings_stay_inside_the_page(string fixtureName)
    {
        var fixture = Rules.RuleFixture.Load(fixtureName);
        var target = fixture.Target.Text;
        var seed = 1000UL;
        foreach (var mutations in Samples(Mutations, 100, seed))
        {
            var mutated = Apply(target, mutations);
            AssertFindingsInside(fixture.Source, mutated, fixture.Language, $"{fixtureName} with [{string.Join(", ", mutations)}]");
        }
    }

    [Fact]
    public void Line_mutations_of_the_English_never_throw_either()
    {
        foreach (var mutations in Samples(Mutations, 100, 5000UL))
        {
            AssertFindingsInside(Apply(CleanPage.English, mutations), CleanPage.Korean, "ko", $"English with [{string.Join(", ", mutations)}]");
        }
    }

    [Fact]
    public void Line_mutations_of_the_seed_corpus_translation_never_throw()
    {
        var corpus = TestPaths.RequireCorpus("privacyguides-2024-03");
        var english = File.ReadAllText(Path.Combine(corpus, "docs", "real-time-communication.md"));
        var korean = File.ReadAllText(Path.Combine(corpus, "i18n", "ko", "real-time-communication.md"));
        foreach (var mutations in Samples(Mutations, 40, 9000UL))
        {
            AssertFindingsInside(english, Apply(korean, mutations), "ko", $"seed pair with [{string.Join(", ", mutations)}]");
        }
    }
}
