using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.BlockReuse;

/// <summary>
/// Lets a parse leave the inlines of some paragraphs and headings unparsed: those whose reading the caller takes
/// from elsewhere (a translated block that is its English block as it is). Markdig's inline pass was two thirds of
/// its parse of a 31-language site, and half the blocks of a translated site are their English Markdown.
/// </summary>
/// <remarks>
/// The decision is made when the block closes, so only on what the block's own source can tell: the caller's
/// <see cref="ILeafBlockReuse"/>, carried by the parse's <see cref="MarkdownParserContext"/>, says which blocks.
/// Without one (every other parse) nothing changes.
/// </remarks>
public sealed class BlockReuseExtension : IMarkdownExtension
{
    private static readonly object Key = new();

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        Hook(pipeline.BlockParsers.Find<ParagraphBlockParser>());
        Hook(pipeline.BlockParsers.Find<HeadingBlockParser>());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }

    private static void Hook(BlockParser? parser)
    {
        if (parser is not null)
        {
            parser.Closed -= OnClosed; // set up twice (a builder reused) hooks once
            parser.Closed += OnClosed;
        }
    }

    /// <summary><paramref name="context"/> (a new one when null) carrying <paramref name="reuse"/>.</summary>
    public static MarkdownParserContext Context(MarkdownParserContext? context, ILeafBlockReuse reuse)
    {
        context ??= new MarkdownParserContext();
        context.Properties[Key] = reuse;
        return context;
    }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (block is LeafBlock { ProcessInlines: true } leaf
            && processor.Context is { } context
            && context.Properties.TryGetValue(Key, out var value)
            && value is ILeafBlockReuse reuse
            && reuse.Reuses(leaf, processor.Document))
        {
            leaf.ProcessInlines = false;
        }
    }
}

/// <summary>Decides, as each paragraph or heading closes, whether its inlines are read elsewhere.</summary>
public interface ILeafBlockReuse
{
    /// <summary>
    /// True when <paramref name="block"/>'s inlines are not needed (its reading is taken from elsewhere). A decision
    /// that depends on the whole page may be undone before the inline pass (<see cref="Block.ProcessInlinesBegin"/> of
    /// <paramref name="document"/>, when every block and link definition is known) by setting
    /// <see cref="LeafBlock.ProcessInlines"/> back.
    /// </summary>
    bool Reuses(LeafBlock block, MarkdownDocument document);
}
