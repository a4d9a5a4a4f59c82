using Localization.Core.Analysis;
using Localization.Core.Terms;

namespace Localization.Core.Tests.Terms;

public sealed class TermSetTests
{
    private static bool[] Marks(TermSet set, string text)
    {
        var words = new List<(int, int)>();
        foreach (var word in LatinWordReader.Read(text))
        {
            words.Add((word.Index, word.Text.Length));
        }

        var marks = new bool[words.Count];
        set.MarkTermWords(text, words.ToArray(), marks);
        return marks;
    }

    [Fact]
    public void Marks_single_words_and_phrases_as_whole_words()
    {
        var set = new TermSet(["Signal", "Tor Browser", "SimpleX Chat"]);

        Assert.Equal([true, false, false, true, true], Marks(set, "Signal et le Tor Browser"));
        Assert.Equal([false, true, true, false], Marks(set, "avec SimpleX Chat aussi"));
    }

    [Fact]
    public void Matching_is_case_sensitive_and_needs_the_phrase_words_side_by_side()
    {
        var set = new TermSet(["Signal", "Tor Browser"]);

        Assert.Equal([false, false, false], Marks(set, "a weak signal"));
        Assert.Equal([false, false], Marks(set, "Tor. Browser"));
        Assert.Equal([false, false], Marks(set, "Tor browser"));
        Assert.Equal([false], Marks(set, "Signals"));
    }

    [Fact]
    public void Terms_are_normalised_sorted_and_united()
    {
        var a = new TermSet(["  Tor   Browser ", "Signal", "Signal", ""]);
        var b = new TermSet(["Molly"]);

        Assert.Equal(["Signal", "Tor Browser"], a.Terms);
        Assert.Equal(["Molly", "Signal", "Tor Browser"], a.Union(b).Terms);
        Assert.Same(a, a.Union(TermSet.Empty));
        Assert.True(a.ContainsWord("Signal"));
        Assert.False(a.ContainsWord("Tor"));
    }
}
