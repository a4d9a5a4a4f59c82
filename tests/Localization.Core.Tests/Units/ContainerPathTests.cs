using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>Shapes and regions built from the parent's are what the whole path gives (the form they had before).</summary>
public sealed class ContainerPathTests
{
    private static readonly string[] Kinds = ["admonition", "details", "tab", "html", "figure", "block", "list", "ordered-list", "item", "table", "row", "cell", "quote", "footnote"];

    [Fact]
    public void Shape_without_regions_and_regions_are_those_of_the_whole_path()
    {
        var random = new Random(15);
        for (var n = 0; n < 3000; n++)
        {
            var path = ContainerPath.Root;
            var parents = new List<ContainerPath> { path };
            for (var depth = random.Next(0, 8); depth > 0; depth--)
            {
                // Siblings share a parent whose shape and regions may already be built.
                var parent = parents[random.Next(parents.Count)];
                path = parent.Append(new PathSegment(Kinds[random.Next(Kinds.Length)], random.Next(2) == 0 ? null : "q", random.Next(3), 0));
                parents.Add(path);
                if (random.Next(2) == 0)
                {
                    _ = parent.ShapeWithoutRegions;
                    _ = parent.Regions;
                }
            }

            foreach (var p in parents)
            {
                Assert.Equal(string.Join('>', p.Segments.Where(x => x.Kind is not ("admonition" or "details" or "tab" or "html" or "figure" or "block")).Select(x => x.Kind)), p.ShapeWithoutRegions);
                Assert.Equal(p.Segments.Where(s => s.Kind is "admonition" or "details" or "tab" or "block"), p.Regions);
            }
        }
    }

    [Fact]
    public void Shared_plain_segments_are_the_segments_made_for_each_ordinal()
    {
        Assert.Equal(new PathSegment("list", null, 0, 0), PlainSegments.List);
        Assert.Equal(new PathSegment("ordered-list", null, 0, 0), PlainSegments.OrderedList);
        Assert.Equal(new PathSegment("quote", null, 0, 0), PlainSegments.Quote);
        Assert.Equal(new PathSegment("table", null, 0, 0), PlainSegments.Table);
        for (var ordinal = 0; ordinal < 1000; ordinal++)
        {
            Assert.Equal(new PathSegment("item", null, ordinal, 0), PlainSegments.Item(ordinal));
            Assert.Equal(new PathSegment("row", null, ordinal, 0), PlainSegments.Row(ordinal));
            Assert.Equal(new PathSegment("cell", null, ordinal, 0), PlainSegments.Cell(ordinal));
        }
    }

    [Fact]
    public void Equal_paths_of_a_page_under_one_parent_are_one_path()
    {
        var page = PageReader.Read("a.md", "- a\n- b\n\ntext\n\n- c\n- d\n\n| x | y |\n| - | - |\n| 1 | 2 |\n\n| z | w |\n| - | - |\n| 3 | 4 |\n\n1. e\n\n> f\n\n> g\n");
        var byText = page.Units.ToDictionary(u => u.Prose.Text);
        Assert.Equal("list > item 1", byText["a"].Path.ToString());
        Assert.Same(byText["a"].Path, byText["c"].Path);
        Assert.Same(byText["b"].Path, byText["d"].Path);
        Assert.NotSame(byText["a"].Path, byText["b"].Path);
        Assert.Equal("table > row 2 > cell 1", byText["1"].Path.ToString());
        Assert.Same(byText["1"].Path, byText["3"].Path);
        Assert.Same(byText["2"].Path, byText["4"].Path);
        Assert.Equal("ordered-list > item 1", byText["e"].Path.ToString());
        Assert.Same(byText["f"].Path, byText["g"].Path);
        Assert.Equal("quote", byText["f"].Path.ToString());
    }

    [Fact]
    public void A_shared_path_is_the_path_appended_to_its_parent()
    {
        var children = new ChildPaths();
        var parent = ContainerPath.Root.Append(new PathSegment("admonition", "note", 0, 1));
        var item = children.Of(parent, PlainSegments.Item(3));
        Assert.Same(item, children.Of(parent, PlainSegments.Item(3)));
        Assert.Equal(parent.Append(PlainSegments.Item(3)), item);
        Assert.NotSame(item, children.Of(parent, PlainSegments.Row(3)));
        Assert.Equal("admonition(note) > row 3", children.Of(parent, PlainSegments.Row(3)).ToString());
        Assert.Equal("admonition(note) > item 200", children.Of(parent, PlainSegments.Item(200)).ToString());
        Assert.Equal("admonition(note) > list", children.Of(parent, PlainSegments.List).ToString());
    }
}
