using Localization.Core.Alignment;
using Localization.Core.Units;

namespace Localization.Core.Tests.Alignment;

/// <summary>
/// A gap of one block on each side is decided without the grid: held to the full grid's decision on every pair of
/// many generated blocks (links, numbers, headings, code, lengths far from and near the page's ratio).
/// </summary>
public sealed class OneCellGapTests
{
    private static readonly string[] Blocks =
    [
        "## Downloads { #downloads }",
        "### Downloads",
        "- [Android](https://example.org/android)\n- [iOS](https://example.org/ios)",
        "Read [the guide](https://example.org/guide) before you start.",
        "Lisez [le guide](https://example.org/guide) avant de commencer, puis revenez ici pour la suite.",
        "Lisez [le guide](https://example.org/other).",
        "```sh\nmake install\n```",
        "```sh\nmake install # 설치\n```",
        "A paragraph that has no links and is long enough to be hashed.",
        "Un paragraphe sans lien, assez long pour que son texte compte.",
        "짧다.",
        "Un paragraphe bien plus long que l'anglais, qui continue encore et encore sans jamais s'arrêter, vraiment très long.",
        "Version 1.2.3 was released in 2024.",
        "La version 1.2.4 est sortie en 2025.",
        "![Logo](logo.png)",
        "!!! note \"Note\"\n\n    Inside the note, [a link](https://example.org/note).",
        "| a | b |\n| - | - |\n| [x](https://example.org/x) | y |",
        "<div markdown>\n\nInside *HTML*.\n\n</div>",
    ];

    [Fact]
    public void One_cell_is_decided_as_the_grid_decides_it()
    {
        var units = Blocks.SelectMany(b => PageReader.Read("p.md", b).Units).Select(UnitFeatures.Compute).ToArray();
        var decided = 0;
        foreach (var lengthRatio in new[] { 0.0, -0.7, 0.4, 1.5 })
        {
            foreach (var ratio in new[] { 1.0, 0.5, 3.0 })
            {
                for (var i = 0; i < units.Length; i++)
                {
                    for (var j = 0; j < units.Length; j++)
                    {
                        List<(int S, int T, double Score)> grid = [], cell = [];
                        PageAligner.AlignGrid(units, units, i, i + 1, j, j + 1, ratio, lengthRatio, grid);
                        PageAligner.AlignOneCell(units, units, i, j, ratio, lengthRatio, cell);
                        Assert.Equal(grid, cell);
                        decided += grid.Count;
                    }
                }
            }
        }

        Assert.True(decided > 100); // both outcomes occur
    }
}
