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

    /// <summary>
    /// The lines of the page after the opening line (without their line breaks), for deciding whether a closing
    /// fence follows: the line slice's text is the whole page.
    /// </summary>
    protected static IEnumerable<string> LinesAfterOpening(BlockProcessor processor)
    {
        var text = processor.Line.Text;
        var at = text.IndexOf('\n', processor.Line.Start) is var lineEnd and >= 0 ? lineEnd + 1 : text.Length;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            yield return (end < 0 ? text[at..] : text[at..end]).TrimEnd('\r');
            at = end < 0 ? text.Length : end + 1;
        }
    }

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
