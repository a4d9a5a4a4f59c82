using Localization.Core.Text;
using Xunit;

namespace Localization.Core.Tests.Text;

/// <summary>
/// Making heading ids unique resumes each id's search where it ended last time on the page; this holds it to
/// the search from the start (Python-Markdown's toc and Hugo's autoid) on random runs of colliding ids.
/// </summary>
public sealed class UniqueIdEquivalenceTests
{
    [Theory]
    [InlineData(SlugStyle.PythonMarkdown)]
    [InlineData(SlugStyle.PymdownxUnicodeLower)]
    [InlineData(SlugStyle.Hugo)]
    public void Resuming_the_search_gives_the_ids_of_searching_from_the_start(SlugStyle style)
    {
        string[] pieces = ["", "_", "_1", "_2", "_10", "x", "x_1", "x_2", "x-1", "x-2", "heading", "heading-1", "a_b", "b_9", "_x", "1"];
        var random = new Random(20261201);
        for (var page = 0; page < 2_000; page++)
        {
            var plain = new HashSet<string>(StringComparer.Ordinal);
            var resumed = new HashSet<string>(StringComparer.Ordinal);
            var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var heading = random.Next(1, 60); heading > 0; heading--)
            {
                var id = pieces[random.Next(pieces.Length)] + (random.Next(4) == 0 ? pieces[random.Next(pieces.Length)] : "");
                if (random.Next(8) == 0)
                {
                    // An id taken by an explicit attribute or an HTML element between the headings.
                    plain.Add(id);
                    resumed.Add(id);
                    continue;
                }

                Assert.Equal(Slugifier.Unique(id, plain, style), Slugifier.Unique(id, resumed, style, resolved));
            }
        }
    }
}
