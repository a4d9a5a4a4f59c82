using Localization.Core.Alignment;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// The aligner compares and hashes container shapes from the paths' kinds instead of the <see cref="ContainerPath.Shape"/>
/// strings: both must say exactly what the strings said, or a pairing (and a finding) would change.
/// </summary>
public sealed class ShapeComparisonTests
{
    private static readonly string[] Kinds =
        ["list", "ordered-list", "item", "quote", "table", "row", "cell", "admonition", "details", "tab", "block", "html", "figure", "footnote", "front-matter"];

    [Fact]
    public void Shapes_compared_by_kinds_are_equal_exactly_when_their_strings_are()
    {
        var paths = new List<ContainerPath> { ContainerPath.Root };
        for (var length = 1; length <= 2; length++)
        {
            foreach (var shorter in paths.Where(p => p.Segments.Count == length - 1).ToList())
            {
                paths.AddRange(Kinds.Select((kind, k) => shorter.Append(new PathSegment(kind, k % 2 == 0 ? "q" : null, k % 3, k))));
            }
        }

        var random = new Random(12);
        for (var k = 0; k < 2000; k++)
        {
            var path = ContainerPath.Root;
            for (var depth = random.Next(3, 6); depth > 0; depth--)
            {
                path = path.Append(new PathSegment(Kinds[random.Next(Kinds.Length)], null, 0, 0));
            }

            paths.Add(path);
        }

        var pairs = 0;
        for (var i = 0; i < paths.Count; i++)
        {
            var (a, b) = (paths[i], paths[random.Next(paths.Count)]);
            foreach (var (x, y) in i < 241 ? paths.Take(241).Select(p => (a, p)) : [(a, b), (a, a)])
            {
                var (xShape, xWithout) = UnitFeatures.ShapeHashes(x.SegmentSpan);
                var (yShape, yWithout) = UnitFeatures.ShapeHashes(y.SegmentSpan);
                Assert.Equal(x.Shape == y.Shape, xShape == yShape && x.SameShape(y, withoutRegions: false));
                Assert.Equal(x.ShapeWithoutRegions == y.ShapeWithoutRegions, xWithout == yWithout && x.SameShape(y, withoutRegions: true));
                pairs++;
            }
        }

        Assert.True(pairs > 50_000, $"only {pairs} pairs compared");
    }

    [Fact]
    public void The_shape_hash_is_the_hash_of_the_shape_string()
    {
        var random = new Random(15);
        for (var k = 0; k < 5000; k++)
        {
            var path = ContainerPath.Root;
            for (var depth = random.Next(0, 6); depth > 0; depth--)
            {
                path = path.Append(new PathSegment(Kinds[random.Next(Kinds.Length)], null, 0, 0));
            }

            var seed = (ulong)random.Next(0, 40);
            Assert.Equal(Fnv(seed, path.Shape), UnitFeatures.ShapeHash(seed, path.SegmentSpan));
        }
    }

    /// <summary>The aligner's string hash (FNV-1a seeded), as it hashed the shape string for an anchor key.</summary>
    private static ulong Fnv(ulong seed, string text)
    {
        var h = 14695981039346656037UL ^ (seed * 0x9E3779B97F4A7C15UL);
        foreach (var c in text)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return h;
    }
}
