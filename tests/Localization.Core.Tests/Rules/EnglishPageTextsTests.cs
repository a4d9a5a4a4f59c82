using Localization.Core.Checking;
using Localization.Core.Findings;
using Localization.Core.Tests.TestSupport;
using Xunit;

namespace Localization.Core.Tests.Rules;

/// <summary>
/// The texts of a finding about an English block left as it is are made once per English page and shared by
/// every language's finding (a whole site's check held 86 MB of copies until the report): each language must
/// still get exactly the texts and fingerprint it had, and a page naming the English file otherwise its own.
/// </summary>
public sealed class EnglishPageTextsTests : IDisposable
{
    private const string Korean = "# 제목\n\nThis paragraph stays in English for every language of the site.\n\n번역자들이 번역한 다른 단락입니다.\n";
    private const string English = "# Title\n\nThis paragraph stays in English for every language of the site.\n\nAnother paragraph that the translators did translate.\n";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "l10n-english-texts-" + Guid.NewGuid().ToString("N"));

    public EnglishPageTextsTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Languages_share_the_texts_of_an_English_block_left_as_it_is()
    {
        var (engine, ko) = KoreanFirst();
        var fr = LeftInEnglish(engine, "fr", "docs/a.md", "# Titre\n\nThis paragraph stays in English for every language of the site.\n\nUn autre paragraphe que les traducteurs ont traduit.\n");

        Assert.Equal("paragraph left in English: it is the English of docs/a.md:3 unchanged", ko.Message);
        Assert.Same(ko.Message, fr.Message);
        Assert.Same(ko.SourceText, fr.SourceText);
        Assert.Same(ko.Source, fr.Source);
        Assert.Equal(new SourceReference("docs/a.md", 3), ko.Source);
        foreach (var f in new[] { ko, fr })
        {
            Assert.Equal(FindingFingerprint.ComputeForMessage(f.Rule, f.Language, f.File, f.UnitId, f.Message), f.Fingerprint);
            var alone = Checker.Check(English, File.ReadAllText(Path.Combine(_root, f.File)), f.Language, source: "docs/a.md", target: f.File).Findings.Single(x => x.Rule == f.Rule);
            Assert.Equal((alone.Message, alone.SourceText, alone.TargetText, alone.Fingerprint), (f.Message, f.SourceText, f.TargetText, f.Fingerprint));
        }
    }

    [Fact]
    public void A_page_naming_the_English_file_otherwise_gets_its_own_texts()
    {
        var (engine, ko) = KoreanFirst();
        var ja = LeftInEnglish(engine, "ja", "site/a.md", "# タイトル\n\nThis paragraph stays in English for every language of the site.\n\n翻訳者が翻訳した別の段落です。\n");

        Assert.Equal("paragraph left in English: it is the English of docs/a.md:3 unchanged", ko.Message);
        Assert.Equal("paragraph left in English: it is the English of site/a.md:3 unchanged", ja.Message);
        Assert.Equal(new SourceReference("site/a.md", 3), ja.Source);
    }

    [Fact]
    public void Languages_whose_finding_says_the_same_share_one_body_though_its_texts_were_made_apart()
    {
        // An English sentence left in a translated paragraph: each language's page makes its own message and
        // excerpts, equal in every language, and the English page keeps one body for all of them.
        var engine = new CheckEngine(Checker.Options);
        var ko = Reported(engine, "ko", "# 제목\n\n번역된 문장입니다. This sentence was left in English by the translators of the page.\n");
        var ja = Reported(engine, "ja", "# タイトル\n\n翻訳された文です。 This sentence was left in English by the translators of the page.\n");

        Assert.Equal((ko.Message, ko.SourceText, ko.TargetText, ko.UnitId), (ja.Message, ja.SourceText, ja.TargetText, ja.UnitId));
        Assert.Same(ko.Body, ja.Body);
        Assert.True(ko.Body.Shared);
        Assert.NotEqual(ko.Fingerprint, ja.Fingerprint);
        foreach (var f in new[] { ko, ja })
        {
            var alone = Checker.Check(SentenceEnglish, File.ReadAllText(Path.Combine(_root, f.File)), f.Language, source: "docs/b.md", target: f.File).Findings.Single(x => x.Rule == f.Rule);
            Assert.Equal((alone.Message, alone.SourceText, alone.TargetText, alone.UnitId, alone.Fingerprint), (f.Message, f.SourceText, f.TargetText, f.UnitId, f.Fingerprint));
        }
    }

    [Fact]
    public void A_body_is_shared_only_when_every_part_is_equal()
    {
        var page = Localization.Core.Units.PageReader.Read("docs/a.md", English);
        var texts = new Localization.Core.Rules.EnglishPageTexts(page);
        var unit = page.Units[1];
        var reference = texts.Reference("docs/a.md", 3);
        FindingBody Body(string message, string? target, Severity severity = Severity.Warning) =>
            texts.Body(unit, "some-rule", "LC999", severity, reference, Copy(message), Copy("English"), target is null ? null : Copy(target), Copy("p-1"), Copy("detail"));

        var first = Body("the message", "target");
        Assert.Same(first, Body("the message", "target"));
        Assert.True(first.Shared);
        Assert.NotSame(first, Body("the message", "other target"));
        Assert.NotSame(first, Body("the message", null));
        Assert.NotSame(first, Body("another message", "target"));
        Assert.NotSame(first, Body("the message", "target", Severity.Error));
        Assert.Same(first, texts.Body(unit, "some-rule", "LC999", Severity.Warning, new SourceReference("docs/a.md", 3), "the message", "English", "target", "p-1", "detail"));
    }

    [Fact]
    public void A_unit_keeps_a_bounded_number_of_bodies()
    {
        var page = Localization.Core.Units.PageReader.Read("docs/a.md", English);
        var texts = new Localization.Core.Rules.EnglishPageTexts(page);
        var unit = page.Units[1];
        FindingBody Body(int k) => texts.Body(unit, "some-rule", "LC999", Severity.Warning, null, $"message {k}", null, null, null, null);

        var kept = Enumerable.Range(0, 8).Select(Body).ToList();
        Assert.All(Enumerable.Range(0, 8), k => Assert.Same(kept[k], Body(k)));
        var beyond = Body(8);
        Assert.NotSame(beyond, Body(8));
        Assert.Equal(beyond, Body(8));
    }

    private static string Copy(string text) => new(text.AsSpan());

    private const string SentenceEnglish = "# Title\n\nThe translated sentence comes first. This sentence was left in English by the translators of the page.\n";

    private Finding Reported(CheckEngine engine, string language, string translation)
    {
        var englishPath = Path.Combine(_root, "b.md");
        File.WriteAllText(englishPath, SentenceEnglish);
        var target = $"i18n/{language}/b.md";
        Directory.CreateDirectory(Path.Combine(_root, "i18n", language));
        File.WriteAllText(Path.Combine(_root, target), translation);
        var result = engine.CheckPair(new PairRequest(language, "docs/b.md", target, englishPath, Path.Combine(_root, target)));
        return Assert.Single(result.Findings, f => f.Rule == "untranslated-sentence");
    }

    /// <summary>An engine that has checked the Korean page under the English name docs/a.md, and its finding.</summary>
    private (CheckEngine Engine, Finding Korean) KoreanFirst()
    {
        var engine = new CheckEngine(Checker.Options);
        return (engine, LeftInEnglish(engine, "ko", "docs/a.md", Korean));
    }

    private Finding LeftInEnglish(CheckEngine engine, string language, string englishName, string translation)
    {
        var englishPath = Path.Combine(_root, "en.md");
        File.WriteAllText(englishPath, English);
        var target = $"i18n/{language}/a.md";
        Directory.CreateDirectory(Path.Combine(_root, "i18n", language));
        File.WriteAllText(Path.Combine(_root, target), translation);
        var result = engine.CheckPair(new PairRequest(language, englishName, target, englishPath, Path.Combine(_root, target)));
        return Assert.Single(result.Findings, f => f.Rule == "untranslated-block");
    }
}
