using System.Text;

namespace Localization.Core.Tests.TestSupport;

/// <summary>Random texts made of given pieces, for tests that hold a fast path to the simple code it replaced.</summary>
internal static class GeneratedBlocks
{
    /// <summary><paramref name="count"/> texts of up to <paramref name="maxPieces"/> pieces each, drawn from <paramref name="random"/> as they are enumerated.</summary>
    public static IEnumerable<string> Of(string[] pieces, Random random, int count, int maxPieces)
    {
        for (var n = 0; n < count; n++)
        {
            var block = new StringBuilder();
            for (var k = random.Next(0, maxPieces); k > 0; k--)
            {
                block.Append(pieces[random.Next(pieces.Length)]);
            }

            yield return block.ToString();
        }
    }
}
