using System.Text;
using Localization.Core.Tests.Corpus;
using Localization.Core.Tests.TestSupport;
using Localization.Core.Units;

namespace Localization.Core.Tests.Units;

/// <summary>
/// Front matter read entry by entry (one-line scalars directly, other entries by YamlDotNet alone) must give
/// exactly what YamlDotNet gives for the whole text: entries, values, offsets, canonical forms.
/// </summary>
public sealed class FrontMatterFastPathTests
{
    [Fact]
    public void Every_front_matter_of_the_shared_corpora_reads_as_YamlDotNet_reads_it()
    {
        var read = 0;
        foreach (var corpus in new[] { CorpusPages.Seed, CorpusPages.Current }.Select(TestPaths.RequireCorpus))
        {
            foreach (var file in Directory.EnumerateFiles(corpus, "*.md", SearchOption.AllDirectories))
            {
                if (FrontMatterOf(File.ReadAllText(file)) is { } yaml)
                {
                    read += AssertSame(yaml) ? 1 : 0;
                }
            }
        }

        Assert.True(read > 500, $"only {read} front matters took the fast path");
    }

    [Fact]
    public void Generated_front_matter_reads_as_YamlDotNet_reads_it()
    {
        var random = new Random(15);
        var fast = 0;
        for (var n = 0; n < 20000; n++)
        {
            fast += AssertSame(Generate(random)) ? 1 : 0;
        }

        Assert.True(fast > 1000, $"only {fast} generated front matters took the fast path");
    }

    [Fact]
    public void Generated_indented_blocks_read_as_YamlDotNet_reads_them()
    {
        var random = new Random(16);
        var read = 0;
        for (var n = 0; n < 20000; n++)
        {
            var yaml = "schema:" + Block(random) + (random.Next(2) == 0 ? "\ncover: x.webp\n" : "\n");
            var lineEnd = yaml.IndexOf('\n', StringComparison.Ordinal);
            var next = yaml.IndexOf("\ncover:", StringComparison.Ordinal) is var c and >= 0 ? c + 1 : yaml.Length;
            if (BlockYamlValue.Read(yaml, lineEnd + 1, next) is not var (start, canonical))
            {
                continue;
            }

            var expected = FrontMatterReader.ReadWithParser(yaml);
            Assert.True(expected.Error is null, $"YamlDotNet refuses what the block reader read: {yaml}");
            var entry = expected.Entries[0];
            Assert.Equal((entry.Start, entry.Canonical, entry.IsScalar), (start, canonical, false));
            Assert.Equal(entry.Value, TextExcerpt.Collapse(yaml.AsSpan(start, next - start), int.MaxValue));
            read++;
        }

        Assert.True(read > 2000, $"only {read} generated blocks were read without YamlDotNet");
    }

    [Theory]
    [InlineData("title: Plain\ndescription: \"Quoted value\"\nicon: 'material/x'\n")]
    [InlineData("title: A\nschema:\n  - name: B\n    url: https://x\n\ncover: c.webp")]
    [InlineData("title: C# and F#\ndescription: a: b\n")]
    [InlineData("title: x\n# a comment\n")]
    [InlineData("title: \"a\\\"b\"\n")]
    [InlineData("title: a\ntitle: b\n")]
    [InlineData("k:v\n")]
    public void Written_cases_read_as_YamlDotNet_reads_them(string yaml) => AssertSame(yaml);

    /// <summary>True when the fast path answered (else the whole text went to YamlDotNet anyway).</summary>
    private static bool AssertSame(string yaml)
    {
        var expected = FrontMatterReader.ReadWithParser(yaml);
        var actual = FrontMatterReader.ReadByEntry(yaml);
        if (actual is null)
        {
            return false;
        }

        Assert.True(expected.Error is null, $"YamlDotNet refuses what the fast path read: {yaml}");
        Assert.True(expected.Entries.SequenceEqual(actual.Entries), "YAML: " + yaml.Replace("\n", "⏎", StringComparison.Ordinal));
        Assert.Equal(expected.Entries, actual.Entries);
        Assert.Null(actual.Error);
        return true;
    }

    private static string? FrontMatterOf(string page)
    {
        var text = page.StartsWith('\uFEFF') ? page[1..] : page;
        var newline = text.IndexOf('\n');
        if (newline < 0 || text[..newline].TrimEnd('\r') != "---")
        {
            return null;
        }

        for (var at = newline + 1; at < text.Length;)
        {
            var end = text.IndexOf('\n', at);
            var line = end < 0 ? text[at..] : text[at..end];
            if (line.TrimEnd('\r') is "---" or "...")
            {
                return text[(newline + 1)..at];
            }

            if (end < 0)
            {
                break;
            }

            at = end + 1;
        }

        return null;
    }

    private static readonly string[] Keys = ["title", "description", "icon", "a", "b_c", "x-y", "t.1", "_k", "9", "Ünï", "key with space", "-k", "? k"];
    private static readonly string[] Separators = [": ", ":  ", ":", ": \t", "\t: ", " : "];
    private static readonly string[] Pieces =
    [
        "abc", "Privacy Guides", " ", ":", ": ", " #", "#", "\"", "'", "''", "-", "[", "]", "{", "}", ",", "&a", "*a", "!", "!!str ", "|", ">", "%", "@", "`", "?",
        "é", "한국어", "\\", "\\n", "\t", "\u0085", "\u2028", "\uFEFF", "😀", "\u0001", "\u007F", "true", "~", "null", "1.5", "https://x.example/a?b=c#d",
    ];

    private static readonly string[] Nested =
    [
        "\n  - a\n  - b", "\n  k: v", "\n  -\n    \"@type\": X\n    name: Y", " |\n  text\n  more", " >-\n  folded\n  text", "\n", "\n\n", "\n# comment",
        "\n- top", "\n  continued", " [a, b]", " {x: 1}", " [a,\n  b]", " \"multi\n  line\"", " &x 1", " *x", "\n  - &y z\n  - *y",
    ];

    // Indented blocks of sequences and mappings, the shapes of JSON-LD schema lists, each line written in
    // several ways (indents, compact "- key:", quoted keys, nesting, and lines that break the shape).
    private static readonly string[] BlockLines =
    [
        "-", "- a", "- \"b\"", "- 'c d'", "- k: v", "- \"@type\": WebPage", "- url: \"./\"", "- x: http://e.example/a_(b)", "name: Mullvad Browser", "\"@context\": http://schema.org",
        "sameAs:", "operatingSystem:", "subjectOf:  ", "- Windows", "-  two", "- k:", "a: b: c", "# c", "", "key with space: v", "- [a]", "- &x y", "a: 'q''q'", "a: \"e\\\"\"", "- C# and F#", "- a #c",
        "\"k\\\"\": v", "k: \u0085", "- ~", "- 1.5", "? k", "-\tx", "k:\tv", "- k: v  ", "- ", "-   ",
    ];

    /// <summary>An indented block after a key, mostly well formed: indents grow after '-' or 'key:' alone, else stay or shrink.</summary>
    private static string Block(Random random)
    {
        var block = new StringBuilder();
        var indent = random.Next(1, 4);
        for (var n = random.Next(1, 12); n > 0; n--)
        {
            var line = random.Next(4) == 0 ? BlockLines[random.Next(BlockLines.Length)] : BlockLines[random.Next(10)];
            block.Append('\n').Append(' ', indent).Append(line);
            indent = line.Trim() is "-" || line.EndsWith(':') ? indent + random.Next(1, 4)
                : line.StartsWith("- ", StringComparison.Ordinal) && random.Next(2) == 0 ? indent + 2
                : Math.Max(1, indent - (random.Next(4) == 0 ? random.Next(1, 3) : 0));
            if (random.Next(30) == 0)
            {
                indent = random.Next(0, 8);
            }
        }

        return block.ToString();
    }

    private static string Generate(Random random)
    {
        var yaml = new StringBuilder();
        var lines = random.Next(1, 6);
        for (var l = 0; l < lines; l++)
        {
            if (random.Next(3) == 0)
            {
                yaml.Append(Keys[random.Next(5)]).Append(random.Next(10) == 0 ? ":  " : ":").Append(Block(random)).Append(random.Next(8) == 0 ? "\n\n" : "\n");
                continue;
            }

            yaml.Append(random.Next(6) == 0 ? Keys[random.Next(Keys.Length)] : Keys[random.Next(4)]);
            yaml.Append(random.Next(5) == 0 ? Separators[random.Next(Separators.Length)] : ": ");
            var quote = random.Next(6) switch { 0 => "\"", 1 => "'", _ => "" };
            yaml.Append(quote);
            for (var p = random.Next(0, 5); p > 0; p--)
            {
                yaml.Append(random.Next(3) == 0 ? Pieces[random.Next(Pieces.Length)] : Pieces[random.Next(2)]);
            }

            yaml.Append(quote);
            if (random.Next(8) == 0)
            {
                yaml.Append(Nested[random.Next(Nested.Length)]);
            }


            yaml.Append(random.Next(12) == 0 ? "\r\n" : random.Next(12) == 0 ? " \n" : "\n");
        }

        return random.Next(10) == 0 ? yaml.ToString().TrimEnd('\n') : yaml.ToString();
    }

    [Theory]
    [InlineData("tags:\n  - [a, b]\ntitle: Hello\n")]
    [InlineData("tags:\n  - {a: 1}\n  - c\ntitle: Hello\n")]
    [InlineData("nested:\n  x:\n    - [a]\ntitle: Hello\n")]
    public void A_block_value_holding_a_flow_collection_ends_before_the_next_entry(string yaml)
    {
        // The block collection around a flow one used to end one character into the next entry ("- [a, b]\nt").
        foreach (var result in (ReadOnlySpan<FrontMatterReader.Result>)[FrontMatterReader.Read(yaml), FrontMatterReader.ReadWithParser(yaml)])
        {
            Assert.Null(result.Error);
            var block = result.Entries[0];
            Assert.DoesNotContain("title", block.Value, StringComparison.Ordinal);
            Assert.False(block.Value.EndsWith('t'), block.Value);
            Assert.Equal("Hello", Assert.Single(result.Entries, e => e.Key == "title").Value);
        }
    }
}
