using Localization.Cli.Tests.Support;
using Localization.Core.Alignment;
using Localization.Core.Units;

namespace Localization.Cli.Tests;

/// <summary><c>l10n align SOURCE TARGET</c>: both paths in the header, then one row per aligned pair.</summary>
[Collection(CliCollection.Name)]
public sealed class AlignCommandTests
{
    [Theory]
    [InlineData("en.md", "ko.md")]
    [InlineData("en.md", "ko-warning.md")]
    [InlineData("en-info.md", "ko-info.md")]
    public void Prints_both_paths_and_one_row_per_aligned_pair(string source, string target)
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "align", source, target);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdErr);

        var lines = result.OutLines;
        var header = lines[0];
        Assert.StartsWith(source, header, StringComparison.Ordinal);
        Assert.EndsWith(target, header, StringComparison.Ordinal);
        Assert.Matches("^─+┼─+$", lines[1]);

        var aligned = PageAligner.Align(
            PageReader.Read(source, File.ReadAllText(tree.PathOf(source))),
            PageReader.Read(target, File.ReadAllText(tree.PathOf(target))));
        Assert.Equal(aligned.Pairs.Count, lines.Length - 2);
        for (var i = 0; i < aligned.Pairs.Count; i++)
        {
            var pair = aligned.Pairs[i];
            var row = lines[i + 2];
            if (pair.Source is { } s)
            {
                Assert.StartsWith(s.Line.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4) + "  ", row, StringComparison.Ordinal);
            }

            if (pair.Target is { } t)
            {
                Assert.Contains($" {t.Line.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(4)}  ", row, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Rows_of_a_page_pair_show_line_numbers_of_both_sides()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "align", "en.md", "ko-warning.md");
        var rows = result.OutLines.Skip(2).ToArray();
        Assert.Equal(4, rows.Length);
        Assert.Contains("This paragraph was never translated into Korean.", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("   3  This paragraph", rows[1], StringComparison.Ordinal);
        Assert.All(rows, r => Assert.Contains(" │ ", r, StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_file_exits_2()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "align", "en.md", "nope.md");
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("nope.md", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void Missing_argument_exits_2()
    {
        using var tree = Fixtures.Pairs();
        var result = CliRunner.Run(tree.Root, "align", "en.md");
        Assert.True(result.ExitCode == 2, result.ToString());
    }

    [Theory]
    [InlineData("deep.md", "nests more than 128 lists or quotes")]
    [InlineData("wide.md", "has more than 1000 table columns")]
    public void A_page_refused_before_parsing_is_an_error_naming_the_file_not_an_internal_error(string name, string reason)
    {
        using var tree = Fixtures.Pairs();
        tree.Write("deep.md", "# T\n\n" + string.Concat(Enumerable.Repeat("- ", 200)) + "a\n");
        tree.Write("wide.md", "# T\n\n" + string.Concat(Enumerable.Repeat("|a", 1200)) + "|\n" + string.Concat(Enumerable.Repeat("|-", 1200)) + "|\n");

        var result = CliRunner.Run(tree.Root, "align", "en.md", name);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith($"l10n: error: {name}", result.StdErr, StringComparison.Ordinal);
        Assert.Contains(reason, result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }
}

