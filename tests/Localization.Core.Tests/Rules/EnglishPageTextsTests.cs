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
