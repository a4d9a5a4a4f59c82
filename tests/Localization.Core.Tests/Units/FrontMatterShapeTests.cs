using System.Text.RegularExpressions;
using Localization.Core.Tests.Corpus;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>A front-matter value's shape by the generated regex, held to <c>Regex.Replace</c> with the pattern it replaced.</summary>
public sealed class FrontMatterShapeTests
{
    private const string Pattern = "\"(?:[^\"\\\\]|\\\\.)*\\s(?:[^\"\\\\]|\\\\.)*\"";

    [Fact]
    public void Generated_values_have_the_shape_of_the_interpreted_pattern()
    {
        string[] pieces = ["\"", "\\", "\\\"", " ", "\t", "\n", "a", "name", ":", "[", "]", "{", "}", ",", "é", "한", "~"];
        var random = new Random(15);
        for (var n = 0; n < 50_000; n++)
        {
            var canonical = string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => pieces[random.Next(pieces.Length)]));
            var entry = new FrontMatterEntry("k", canonical, 0, 0, false, canonical);
            Assert.Equal(Regex.Replace(canonical, Pattern, "~"), entry.Shape);
        }
    }

    [Theory]
    [InlineData("ko")]
    [InlineData("fr")]
    [InlineData("ja")]
    public void Corpus_values_have_the_shape_of_the_interpreted_pattern(string language)
    {
        var corpus = CorpusPages.Require(CorpusPages.Current);
        var values = 0;
        foreach (var page in CorpusPages.EnglishPages(corpus))
        {
            foreach (var path in new[] { CorpusPages.English(corpus, page), CorpusPages.Translation(corpus, language, page) })
            {
                if (!File.Exists(path))
                {
                    continue;
                }

                foreach (var entry in PageReader.Read(page, File.ReadAllText(path)).FrontMatter)
                {
                    Assert.Equal(Regex.Replace(entry.Canonical, Pattern, "~"), entry.Shape);
                    values++;
                }
            }
        }

        Assert.True(values > 200, $"only {values} front-matter values");
    }
}
