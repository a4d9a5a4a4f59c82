using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>Unit ids, made on first use for the whole page: path key, kind, text hash, and a number for repeats.</summary>
public sealed class UnitIdTests
{
    [Fact]
    public void Repeated_blocks_are_numbered_in_page_order_whichever_id_is_asked_first()
    {
        var page = PageReader.Read("page.md", "Same.\n\nSame.\n\n- Same.\n\n```sh\nls\n```\n");
        var hash = PageReader.Hash("Same.");

        // The last unit first: the ids are made for the page at once, so the numbering does not depend on the order asked.
        Assert.Equal($"page/code-{PageReader.Hash("ls\n")}", page.Units[3].Id);
        Assert.Equal(
            [$"page/p-{hash}", $"page/p-{hash}~2", $"list/item1/li-{hash}"],
            page.Units.Take(3).Select(u => u.Id));
    }

    /// <summary>Pages with repeats at one path and at others, headings with and without ids, tables, quotes and admonitions.</summary>
    public static TheoryData<string> Pages() => new()
    {
        "Same.\n\nSame.\n\n- Same.\n- Same.\n\nSame.\n\n> Same.\n>\n> Same.\n",
        "# Title\n\n## Part { #part }\n\nText.\n\n## Part\n\nText.\n\n## Part\n\n| a | a |\n| - | - |\n| a | a |\n",
        "!!! note \"Same\"\n\n    Same.\n\n    Same.\n\n!!! note \"Same\"\n\n    Same.\n\nSame.\n\n```sh\nls\n```\n\n```sh\nls\n```\n",
        "---\ntitle: Same\n---\n\n1. One\n2. One\n    - One\n    - One\n\nOne\n\n---\n\n---\n",
    };

    /// <summary>
    /// An id made for its unit alone, before any of the page's (a rule that reports a few translated units asks them so),
    /// is the one the page's ids give it: the same repeat number, whichever unit is asked first.
    /// </summary>
    [Theory]
    [MemberData(nameof(Pages))]
    public void An_id_made_alone_is_the_id_made_with_the_page(string text)
    {
        var alone = PageReader.Read("page.md", text);
        var together = PageReader.Read("page.md", text);
        var ids = alone.Units.Reverse().Select(u => u.IdAlone).Reverse().ToList();

        Assert.Equal(together.Units.Select(u => u.Id), ids);
        Assert.Contains(ids, id => id.Contains('~', StringComparison.Ordinal));
        Assert.Equal(ids, alone.Units.Select(u => u.Id)); // and the page's own ids, made after, agree
    }
}
