using Localization.Core.Rules.Structure;

namespace Localization.Core.Tests.Rules;

/// <summary>
/// The admonition rule's choice of each English container's translated counterpart, held to the LINQ grouping and
/// sort it replaced, on random vote tables with many ties and "none" (0) candidates.
/// </summary>
public sealed class AdmonitionVoteTests
{
    [Fact]
    public void Winners_are_those_of_the_grouping_and_sort()
    {
        var random = new Random(15);
        var compared = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var votes = new Dictionary<(int S, int T), int>();
            var entries = random.Next(0, 12);
            for (var k = 0; k < entries; k++)
            {
                var key = (random.Next(1, 5), random.Next(0, 4));
                votes[key] = votes.GetValueOrDefault(key) + random.Next(1, 3);
            }

            var reference = votes.GroupBy(v => v.Key.S)
                .Select(g => (g.Key, g.OrderByDescending(v => v.Value).ThenBy(v => v.Key.T == 0 ? 1 : 0).First().Key.T))
                .ToList();
            Assert.Equal(reference, AdmonitionMismatchRule.Winners(votes));
            compared += reference.Count;
        }

        Assert.True(compared > 20_000);
    }
}
