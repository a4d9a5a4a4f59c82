using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.Admonitions;

/// <summary>
/// Parses <c>!!!</c>/<c>???</c>/<c>???+</c> header lines with the exact pymdownx regular expressions,
/// then keeps the block open while its lines are indented by 4 columns (Python-Markdown's tab length).
/// </summary>
public sealed partial class AdmonitionBlockParser : BlockParser
{
    public AdmonitionBlockParser()
        : this(admonitions: true, details: true)
    {
    }

    /// <param name="admonitions"><c>!!!</c> (Python-Markdown's admonition) is on.</param>
    /// <param name="details"><c>???</c> (pymdownx.details) is on.</param>
    public AdmonitionBlockParser(bool admonitions, bool details) =>
        OpeningCharacters = [.. (admonitions ? "!" : ""), .. (details ? "?" : "")];

    // Python-Markdown admonition.py and pymdownx details.py, anchored on one line.
    [GeneratedRegex(@"^!!! ?(?<kind>[\w\-]+(?: +[\w\-]+)*)(?: +""(?<title>.*?)"")? *$")]
    private static partial Regex AdmonitionHeader();

    [GeneratedRegex(@"^\?{3}(?<open>\+)? ?(?:(?<kind>[\w\-]+(?: +[\w\-]+)*?)?(?: +""(?<title>.*?)"")|(?<kind>[\w\-]+(?: +[\w\-]+)*?)) *$")]
    private static partial Regex DetailsHeader();

    // What a translation tool or translator tends to produce instead: a title in other quotes.
    [GeneratedRegex(@"^(?<marker>!!!|\?{3}\+?) ?(?<kind>[\w\-]+(?: +[\w\-]+)*)\s+(?<title>\S.*?)\s*$")]
    private static partial Regex LenientHeader();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var start = line.Start;
        // Looked at in place before the line is made a string: every image's line starts with '!' (the lines made
        // strings for nothing were 2.6 MB of a 31-language check).
        var head = line.Length >= 3 ? line.Text.AsSpan(line.Start, 3) : default;
        if (head.Length < 3 || (head[1] != head[0] || head[2] != head[0]))
        {
            return BlockState.None;
        }

        var text = line.ToString();

        var block = new AdmonitionBlock(this)
        {
            Span = new SourceSpan(start, line.End),
            Line = processor.LineIndex,
            Column = processor.Column,
        };

        var match = text[0] == '!' ? AdmonitionHeader().Match(text) : DetailsHeader().Match(text);
        if (match.Success)
        {
            block.Marker = text[0] == '!' ? "!!!" : match.Groups["open"].Success ? "???+" : "???";
            SetKind(block, match.Groups["kind"].Value);
            var title = match.Groups["title"];
            if (title.Success)
            {
                block.Title = title.Value;
                block.TitleStart = start + title.Index;
            }
        }
        else
        {
            var lenient = LenientHeader().Match(text);
            if (!lenient.Success)
            {
                return BlockState.None;
            }

            block.Marker = lenient.Groups["marker"].Value;
            SetKind(block, lenient.Groups["kind"].Value);
            var title = lenient.Groups["title"];
            block.MalformedTitle = title.Value;
            block.Title = StripQuotes(title.Value);
            block.TitleStart = start + title.Index;
        }

        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) => IndentedBody.Continue(processor, block);

    private static void SetKind(AdmonitionBlock block, string qualifiers)
    {
        var words = qualifiers.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        block.Kind = words.Length > 0 ? words[0].ToLowerInvariant() : "";
        block.Modifiers = words.Length > 1 ? words[1..] : [];
    }

    private static string StripQuotes(string title)
    {
        var t = title.Trim();
        if (t.Length >= 2 && QuotePairs.Contains((t[0], t[^1])))
        {
            return t[1..^1];
        }

        return t;
    }

    internal static readonly HashSet<(char Open, char Close)> QuotePairs =
    [
        ('"', '"'), ('\'', '\''), ('「', '」'), ('『', '』'), ('«', '»'), ('“', '”'), ('„', '“'), ('‘', '’'),
        ('《', '》'), ('〈', '〉'), ('＂', '＂'), ('»', '«'), ('‹', '›'),
    ];
}
