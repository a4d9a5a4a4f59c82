using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions;

/// <summary>
/// The body rule shared by pymdownx containers (admonitions, details, content tabs): lines indented by
/// Python-Markdown's tab length (4 columns) and blank lines belong to the block; the first other line ends it.
/// </summary>
internal static class IndentedBody
{
    public static BlockState Continue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine)
        {
            return BlockState.Continue;
        }

        if (processor.Indent >= 4)
        {
            processor.GoToColumn(processor.ColumnBeforeIndent + 4);
            block.UpdateSpanEnd(processor.Line.End);
            return BlockState.Continue;
        }

        // Close now: otherwise CommonMark laziness appends the unindented line to the inner paragraph.
        processor.Close(block);
        return BlockState.Break;
    }
}
