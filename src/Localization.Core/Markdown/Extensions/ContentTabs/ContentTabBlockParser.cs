using System.Text.RegularExpressions;
using Localization.Core.Markdown.Extensions.Admonitions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.ContentTabs;

/// <summary>Parses <c>=== "Title"</c> tab headers with the pymdownx.tabbed expression.</summary>
public sealed partial class ContentTabBlockParser : BlockParser
{
    public ContentTabBlockParser() => OpeningCharacters = ['='];

    [GeneratedRegex(@"^={3}(?<flags>\+|\+!|!\+|!)? +""(?<title>.*?)"" *$")]
    private static partial Regex Header();

    [GeneratedRegex(@"^={3}(?<flags>\+|\+!|!\+|!)? +(?<title>\S.*?)\s*$")]
    private static partial Regex LenientHeader();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.ToString();
        if (!text.StartsWith("===", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var block = new ContentTabBlock(this)
        {
            Span = new SourceSpan(line.Start, line.End),
            Line = processor.LineIndex,
            Column = processor.Column,
        };

        var match = Header().Match(text);
        if (match.Success)
        {
            block.Title = match.Groups["title"].Value;
            block.TitleStart = line.Start + match.Groups["title"].Index;
        }
        else
        {
            // A setext underline (only '=') is not a tab; anything else after === is a damaged title.
            var lenient = LenientHeader().Match(text);
            if (!lenient.Success || lenient.Groups["title"].Value.All(c => c == '='))
            {
                return BlockState.None;
            }

            match = lenient;
            var raw = lenient.Groups["title"].Value;
            block.MalformedTitle = raw;
            block.Title = raw.Length >= 2 && AdmonitionBlockParser.QuotePairs.Contains((raw[0], raw[^1])) ? raw[1..^1] : raw;
            block.TitleStart = line.Start + lenient.Groups["title"].Index;
        }

        block.Flags = match.Groups["flags"].Value;
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block) => IndentedBody.Continue(processor, block);
}
