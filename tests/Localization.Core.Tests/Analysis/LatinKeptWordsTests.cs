using Localization.Core.Analysis;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Tests.Analysis;

/// <summary>
/// A Latin-script page's kept words are the hashes of its translated sentences' words with a filter made on the first
/// ask (<see cref="LatinKeptWords"/>), where a word set held them: on generated pages every word asked (kept words in
/// any case, words of equal hash that the page does not have, words the filter lets through) gets the answer a set of
/// strings compared ignoring case gives.
/// </summary>
public sealed class LatinKeptWordsTests
{
    [Fact]
    public void Generated_pages_answer_as_a_set_of_their_words_ignoring_case()
    {
        var random = new Random(20261201);
        var (kept, partners) = CollidingWords(random);
        var english = PageReader.Read("docs/a.md", "The cat sat on the mat.\n");
        var index = new SourcePageIndex(english);
        for (var round = 0; round < 40; round++)
        {
            // Sentences of lower-case words that are no English words: each is judged translated, each word kept.
            var words = new List<string>();
            var text = new System.Text.StringBuilder();
            var paragraphs = random.Next(1, 30);
            for (var p = 0; p < paragraphs; p++)
            {
                var count = random.Next(1, 25);
                for (var w = 0; w < count; w++)
                {
                    var word = random.Next(4) == 0 ? kept[random.Next(kept.Count)] : RandomWord(random);
                    if (random.Next(10) == 0)
                    {
                        word = char.ToUpperInvariant(word[0]) + word[1..];
                    }

                    words.Add(word);
                    text.Append(w == 0 ? string.Empty : " ").Append(word);
                }

                text.Append(".\n\n");
            }

            var target = PageReader.Read("i18n/fr/a.md", text.ToString());
            var profile = new TargetPageProfile(target, index);
            Assert.False(profile.IsNonLatin);
            var expected = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
            foreach (var word in words.Concat(kept).Concat(partners).Concat(words.Select(w => w.ToUpperInvariant())).Concat(["cat", "Mat", "zz"]))
            {
                Assert.True(expected.Contains(word) == profile.IsKeptWord(word), $"round {round}: '{word}'");
            }
        }
    }

    /// <summary>Pairs of different lower-case words of one <see cref="WordSet.Hash"/>: the first of each is put on pages, the second never.</summary>
    private static (List<string> Kept, List<string> Partners) CollidingWords(Random random)
    {
        var seen = new Dictionary<int, string>();
        var kept = new List<string>();
        var partners = new List<string>();
        while (kept.Count < 8)
        {
            var word = RandomWord(random);
            var hash = WordSet.Hash(word);
            if (seen.TryGetValue(hash, out var other) && !other.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                kept.Add(other);
                partners.Add(word);
            }

            seen[hash] = word;
        }

        return (kept, partners);
    }

    private static string RandomWord(Random random)
    {
        var length = random.Next(5, 9);
        return string.Create(length, random, static (span, r) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = (char)('q' + r.Next(10));
            }
        });
    }
}
