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
}
