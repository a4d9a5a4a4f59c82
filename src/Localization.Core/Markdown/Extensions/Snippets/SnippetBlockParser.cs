using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.Snippets;

/// <summary>Recognises pymdownx.snippets lines (single-line and block form), including escaped ones.</summary>
public sealed partial class SnippetBlockParser : BlockParser
{
    public SnippetBlockParser() => OpeningCharacters = ['-', ';', '\\'];

    // pymdownx/snippets.py RE_ALL_SNIPPETS and RE_SNIPPET_SECTION, with Crowdin's backslash escape added.
    [GeneratedRegex(@"^(?<escape>;*|\\)(?<marker>-+8<-+)[ \t]+(?<path>""(?:\\""|[^""\n\r])+?""|'(?:\\'|[^'\n\r])+?')(?![ \t]) *$")]
    private static partial Regex InlineSnippet();

    [GeneratedRegex(@"^(?<escape>;*|\\)(?<marker>-+8<-+)(?![ \t]) *$")]
    private static partial Regex BlockMarker();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        // Looked at in place before the line is made a string: every list item's line starts with '-' (the lines
        // made strings for nothing were 3.7 MB of a 31-language check).
        var line = processor.Line;
        if (line.Length <= 0 || !line.Text.AsSpan(line.Start, line.Length).Contains("8<", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var text = line.ToString();

        var single = InlineSnippet().Match(text);
        var block = new SnippetBlock(this)
        {
            Span = new SourceSpan(line.Start, line.End),
            Line = processor.LineIndex,
            Column = processor.Column,
            Marker = text.Trim(),
        };

        Match header;
        if (single.Success)
        {
            header = single;
            block.Paths.Add(single.Groups["path"].Value[1..^1]);
        }
        else
        {
            header = BlockMarker().Match(text);
            if (!header.Success)
            {
                return BlockState.None;
            }

            block.IsBlockForm = true;
        }

        var escape = header.Groups["escape"].Value;
        block.IsEscaped = escape.StartsWith(';');
        block.IsBackslashEscaped = escape == "\\";
        processor.NewBlocks.Push(block);
        return block.IsBlockForm ? BlockState.Continue : BlockState.BreakDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var snippet = (SnippetBlock)block;
        var text = processor.Line.ToString().Trim();
        block.UpdateSpanEnd(processor.Line.End);
        if (BlockMarker().IsMatch(text))
        {
            return BlockState.BreakDiscard;
        }

        if (text.Length > 0)
        {
            snippet.Paths.Add(text);
        }

        return BlockState.Continue;
    }
}
