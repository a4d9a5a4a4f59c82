using Localization.Core.Rules.Text;
using Localization.Core.Tests.Corpus;
using Localization.Core.Units;

namespace Localization.Core.Tests.Rules;

/// <summary>
/// The untranslated-sentence finding's fingerprint detail is its excerpt collapsed to 80 characters; an excerpt shorter
/// than that is taken as it is (it is collapsed already). It must equal collapsing it again, as before, for generated
/// texts of every kind of whitespace around the 80- and 200-character cuts and for every paragraph of both corpora.
/// </summary>
public sealed class UntranslatedSentenceDetailTests
{
    [Fact]
    public void Generated_excerpts_agree()
    {
        string[] pieces = [" ", "  ", "\t", "\n", "\r\n", "\u00A0", "\u2003", "\u3000", "a", "word", "é", "한국어", "…", ".", "\uD83D\uDE00", "x"];
        var random = new Random(302);
        for (var n = 0; n < 50_000; n++)
        {
            var raw = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => pieces[random.Next(pieces.Length)]));
            var excerpt = TextExcerpt.Collapse(raw); // what PageModel.Excerpt makes
            Assert.Equal(TextExcerpt.Collapse(excerpt, 80), UntranslatedSentenceRule.Detail(excerpt));
        }
    }

    [Theory]
    [InlineData(CorpusPages.Seed)]
    [InlineData(CorpusPages.Current)]
    public void Every_corpus_paragraph_agrees(string name)
    {
        var corpus = CorpusPages.Require(name);
        var asked = 0;
        foreach (var file in Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            for (var start = 0; start < text.Length; start = text.IndexOf("\n\n", start + 1, StringComparison.Ordinal) is var next and >= 0 ? next : text.Length)
            {
                var end = text.IndexOf("\n\n", start + 1, StringComparison.Ordinal) is var stop and >= 0 ? stop : text.Length;
                var excerpt = TextExcerpt.Collapse(text.AsSpan(start, end - start));
                Assert.Equal(TextExcerpt.Collapse(excerpt, 80), UntranslatedSentenceRule.Detail(excerpt));
                asked++;
            }
        }

        Assert.True(asked > 5_000, $"only {asked} paragraphs");
    }
}
