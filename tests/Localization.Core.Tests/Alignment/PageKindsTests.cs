using Localization.Core.Alignment;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

/// <summary>The kinds a page has, by which rules skip page pairs, are exactly the kinds of its units and their invariants.</summary>
public sealed class PageKindsTests
{
    [Fact]
    public void Kinds_are_those_of_the_units()
    {
        var page = PageReader.Read("p.md", """
            ---
            title: T
            ---

            # Title { #top }

            Text with [a link](https://example.org), `code`, ![an image](i.png), :material-check: and a note.[^1]

            ```sh
            make
            ```

            <div class="x">HTML</div>

            [^1]: The note.
            """);
        var kinds = PageKinds.Of(page.Units);
        foreach (var kind in Enum.GetValues<InvariantKind>())
        {
            Assert.Equal(page.Units.Any(u => u.Invariants.Any(i => i.Kind == kind)), kinds.Has(kind));
        }

        foreach (var kind in Enum.GetValues<UnitKind>())
        {
            Assert.Equal(page.Units.Any(u => u.Kind == kind), kinds.Has(kind));
        }

        Assert.True(kinds.Has(InvariantKind.Link) && kinds.Has(InvariantKind.Image) && kinds.Has(InvariantKind.FootnoteReference) && kinds.Has(UnitKind.CodeBlock));
        Assert.False(kinds.Has(InvariantKind.HugoShortcode) || kinds.Has(UnitKind.StringEntry));
        Assert.False(PageKinds.Of([]).Has(InvariantKind.Link));
    }
}
