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
}
