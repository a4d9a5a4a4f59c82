using Localization.Core.Text;

namespace Localization.Core.Tests.Text;

/// <summary>
/// The filter put before word sets (<see cref="TwoBitFilter"/>) may let a hash through that was never added, never the
/// other way: a word set behind it answers as it did alone.
/// </summary>
public sealed class TwoBitFilterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(1000)]
    [InlineData(40_000)]
    public void Every_added_hash_gets_through_and_few_others_do(int count)
    {
        var random = new Random(1514 + count);
        var added = new HashSet<int>();
        while (added.Count < count)
        {
            added.Add(random.Next(int.MinValue, int.MaxValue));
        }

        var filter = new TwoBitFilter(count);
        foreach (var hash in added)
        {
            filter.Add(hash);
        }

        Assert.All(added, hash => Assert.True(filter.MayContain(hash)));
        var through = 0;
        for (var i = 0; i < 100_000; i++)
        {
            var hash = random.Next(int.MinValue, int.MaxValue);
            through += !added.Contains(hash) && filter.MayContain(hash) ? 1 : 0;
        }

        Assert.InRange(through, 0, 3_000); // about one in seventy when full
    }

    [Fact]
    public void The_English_page_has_the_words_a_set_of_its_words_has()
    {
        // A page's words asked through the filter: every word of the page in any case, and words it does not have.
        var page = Localization.Core.Units.PageReader.Read("docs/a.md", "# Privacy tools\n\nThe cat sat on the mat. Signal is private.\n\n- Use e-mail, not SMS.\n");
        var index = new Localization.Core.Analysis.SourcePageIndex(page);
        foreach (var word in new[] { "privacy", "TOOLS", "the", "Cat", "sat", "on", "mat", "signal", "is", "private", "use", "e-mail", "not", "sms" })
        {
            Assert.True(index.PageHasWord(word), word);
        }

        foreach (var word in new[] { "dog", "chat", "tool", "mail", "x", "privacytools" })
        {
            Assert.False(index.PageHasWord(word), word);
        }
    }
}
