using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>
/// A unit's invariants as held (its own, or its English twin's with the distance to add) are its invariants, and
/// reading them so does not make a borrowed unit move its twin's; a prose run keeps its exactness and source length.
/// </summary>
public sealed class HeldInvariantsTests
{
    [Fact]
    public void Held_invariants_with_their_shift_are_the_units_invariants()
    {
        const string English = "See [the guide](guide.md) and `code`.\n\nOther [link](other.md#part).\n";
        var english = Read("en.md", English, record: true, null);
        var target = "# Titel\n\nIntro.\n\n" + English;
        var taken = Read("ko.md", target, record: false, english);
        var borrowed = taken.Units.Where(u => u.EnglishTwin is not null).ToList();
        Assert.Equal(2, borrowed.Count);
        foreach (var unit in borrowed)
        {
            var held = unit.HeldInvariants(out var shift).ToArray();
            Assert.Equal(unit.Start - unit.EnglishTwin!.Start, shift);
            Assert.Equal(unit.Invariants, held.Select(i => i with { Start = i.Start + shift }));
        }

        foreach (var unit in taken.Units.Where(u => u.EnglishTwin is null))
        {
            Assert.Equal(unit.Invariants, unit.HeldInvariants(out var shift).ToArray());
            Assert.Equal(0, shift);
        }

        // Once the unit has moved its twin's invariants, they are its own.
        var first = borrowed[0];
        Assert.NotEmpty(first.Invariants);
        Assert.Equal(first.Invariants, first.HeldInvariants(out var after).ToArray());
        Assert.Equal(0, after);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(0, false)]
    [InlineData(7, true)]
    [InlineData(9, false)]
    public void A_run_keeps_its_source_length_and_exactness(int sourceLength, bool exact)
    {
        var run = new ProseText.Run(3, 5, 11, sourceLength, exact);
        Assert.Equal((3, 5, 11, sourceLength, exact), (run.ProseStart, run.Length, run.SourceStart, run.SourceLength, run.Exact));
        var moved = run with { SourceStart = 20 };
        Assert.Equal((20, sourceLength, exact), (moved.SourceStart, moved.SourceLength, moved.Exact));
    }

    private static PageModel Read(string path, string text, bool record, PageModel? english) =>
        PageReader.ReadCancellable(path, text, null, null, record, english, CancellationToken.None);
}
