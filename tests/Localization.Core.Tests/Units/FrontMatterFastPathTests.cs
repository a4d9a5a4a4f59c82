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
        for (var n = 0; n < 6000; n++)
        {
            fast += AssertSame(Generate(random)) ? 1 : 0;
        }

        Assert.True(fast > 1000, $"only {fast} generated front matters took the fast path");
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

    private static string Generate(Random random)
    {
        var yaml = new StringBuilder();
        var lines = random.Next(1, 6);
        for (var l = 0; l < lines; l++)
        {
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
}
