using Localization.Core.Checking;
using Localization.Core.Tests.TestSupport;
using Localization.Core.StringTables;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

public sealed class StringTableReaderTests
{
    [Fact]
    public void Reads_one_unit_per_key_with_the_value_inside_its_quotes()
    {
        var page = StringTableReader.Read("strings.en.env", "# UI strings\nTITLE=\"Was this page helpful?\"\r\nNOTE='See our <a href=\"https://example.org/forum\">forum</a>.'\nPLAIN=Hello\n");

        Assert.Equal(["TITLE", "NOTE", "PLAIN"], page.Units.Select(u => u.Key));
        var title = page.Units[0];
        Assert.Equal((2, 8), (title.Line, title.Column));
        Assert.Equal("Was this page helpful?", title.Prose.Text);
        var note = page.Units[1];
        Assert.Contains(note.Invariants, i => i.Kind == InvariantKind.Link && i.Value == "https://example.org/forum");
        Assert.Equal(2, note.Invariants.Count(i => i.Kind == InvariantKind.HtmlTag));
        Assert.Empty(page.Problems);
    }

    [Fact]
    public void A_line_that_is_not_key_value_is_a_problem_and_a_second_definition_a_duplicate()
    {
        var page = StringTableReader.Read("s.env", "A=\"x\"\nnot a pair\nA=\"y\"\n");

        Assert.Single(page.Units);
        var problem = Assert.Single(page.StringTable!.Problems);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
        Assert.Equal("y", Assert.Single(page.StringTable.Duplicates).Value);
    }

    [Fact]
    public void A_line_that_is_not_key_value_is_invalid_file_at_its_line_and_the_other_keys_are_checked()
    {
        var result = Checker.Check("A=\"Was this page helpful?\"\nB=\"Thanks for your feedback!\"\n", "A=\"이 페이지가 도움이 되었나요?\"\nnot a pair\nB=\"Thanks for your feedback!\"\n", source: "en.env", target: "ko.env");

        Assert.Equal(2, Assert.Single(result.Findings, f => f.Rule == "invalid-file").Line);
        Assert.Equal(3, Assert.Single(result.Findings, f => f.Rule == "untranslated-block").Line);
    }

    [Fact]
    public void Values_pair_by_key_and_english_left_in_a_translation_is_reported()
    {
        var engine = new CheckEngine(CheckOptions.Default with { ThrowOnRuleError = true });
        var result = engine.CheckTexts(
            new PairRequest("ko", "strings.en.env", "strings.ko.env", "/x/strings.en.env", "/x/strings.ko.env"),
            "B=\"Thanks for your feedback!\"\nA=\"Was this page helpful?\"\nC=\"Privacy notice\"\n",
            "A=\"이 페이지가 도움이 되었나요?\"\nB=\"Thanks for your feedback!\"\n");

        var untranslated = Assert.Single(result.Findings, f => f.Rule == "untranslated-block");
        Assert.Equal(2, untranslated.Line);
        Assert.Equal(1, Assert.Single(result.Findings, f => f.Rule == "missing-key").Line); // after A, the key before it in the English
        Assert.DoesNotContain(result.Findings, f => f.Rule == "missing-block");
        Assert.Equal(3, result.Stats.Units);
        Assert.Equal(1, result.Stats.Translated);
    }

    [Theory]
    [InlineData("A=\"Hello\"\n", "A=\"<br>\"\n")]
    [InlineData("A=\"<br>\"\n", "A=\"줄\"\n")]
    [InlineData("A=\"<script>alert(1)</script> {0}\"\n", "A=\"<img src=x> {0}\"\n")]
    public void A_key_both_tables_have_is_paired_however_different_its_values(string english, string translation)
    {
        var result = Checker.Check(english, translation, source: "en.env", target: "ko.env");

        Assert.DoesNotContain(result.Findings, f => f.Rule is "missing-key" or "extra-key");
        Assert.Equal(0, result.Stats.Missing);
        Assert.Equal(0, result.Stats.Extra);
    }

    [Fact]
    public void A_long_run_of_blanks_in_a_value_is_read_in_linear_time()
    {
        // Quadratic in the run's length, 400,000 blanks took 5 s and 800,000 ran into the file time-out.
        var text = "A=\"x" + new string(' ', 1_000_000) + "y\"\nB=\"z\"" + new string('\t', 1_000_000) + "\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var page = StringTableReader.Read("strings.ko.env", text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
        Assert.Equal(["A", "B"], page.Units.Select(u => u.Key));
        Assert.Equal("x" + new string(' ', 1_000_000) + "y", page.StringTable!.Entries[0].Value);
        Assert.Equal("z", page.StringTable.Entries[1].Value);
    }

    [Fact]
    public void Unclosed_tags_in_a_value_are_read_in_linear_time()
    {
        // Each '<a' scanned to the end of the value for a '>' that never came: 100,000 of them took 12 s.
        var text = "A=\"<b>x</b> " + string.Concat(Enumerable.Repeat("<a ", 300_000)) + "\"\nB=\"<i>y</i> <a href='z'>w</a> <u\"\n";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var page = StringTableReader.Read("strings.ko.env", text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), watch.Elapsed.ToString());
        Assert.Equal(["<b>", "</b>"], page.Units[0].Invariants.Select(i => i.Value));
        Assert.Equal(["<i>", "</i>", "<a>", "z", "</a>"], page.Units[1].Invariants.Select(i => i.Value));
    }

    [Fact]
    public void The_missing_keys_of_a_translation_that_has_few_keys_are_placed_in_linear_time()
    {
        // Each missing key looked through every English key for a neighbour the translation has: 40,000 keys took 19 s,
        // 80,000 ran into the file time-out.
        var english = string.Concat(Enumerable.Range(0, 100_000).Select(i => $"K{i}=\"Hello number {i}\"\n"));
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var result = Checker.Check(english, "Z=\"x\"\nK50000=\"안녕\"\n", source: "en.env", target: "ko.env");

        // A bound on the complexity, not a speed figure: linear takes about 6 s here (19 s on a loaded 2-core machine),
        // the quadratic search it replaced over 2 minutes at this size.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), watch.Elapsed.ToString());
        var missing = result.Findings.Where(f => f.Rule == "missing-key").ToList();
        Assert.Equal(99_999, missing.Count);
        var places = missing.GroupBy(f => (f.Line, f.Column)).OrderBy(g => g.Key).Select(g => (g.Key.Line, g.Key.Column, g.Count())).ToList();
        Assert.Equal([(2, 9, 50_000), (2, 11, 49_999)], places); // before K50000's value, the next key it has; after it, the previous one
    }
}

