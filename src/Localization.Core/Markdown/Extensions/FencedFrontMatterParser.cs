using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions;

/// <summary>
/// Front matter opened on the page's first line (by the subclass) and closed by a fence line of its own: every
/// line between is kept as the block's text, and the closing fence ends it.
/// </summary>
public abstract class FencedFrontMatterParser : BlockParser
{
    /// <summary>True for a line that closes the front matter.</summary>
    protected abstract bool IsClosingFence(string line);

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        block.UpdateSpanEnd(processor.Line.End);
        if (IsClosingFence(processor.Line.ToString()))
        {
            return BlockState.BreakDiscard;
        }

        ((LeafBlock)block).AppendLine(ref processor.Line, processor.Column, processor.LineIndex, processor.CurrentLineStartPosition, false);
        return BlockState.ContinueDiscard;
    }
}
