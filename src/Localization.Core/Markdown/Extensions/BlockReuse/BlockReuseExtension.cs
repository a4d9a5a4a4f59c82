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
            && value is ILeafBlockReuse reuse)
        {
            reuse.Closed(leaf, processor.Document);
        }
    }
}

/// <summary>Decides, as each paragraph or heading closes, whether its inlines are read elsewhere.</summary>
/// <remarks>
/// A block whose inlines are not needed is emptied (<see cref="LeafBlock.Lines"/> cleared) before the inline pass, at
/// <see cref="Block.ProcessInlinesBegin"/> of the document, when every block and link definition is known: the pass
/// then finds nothing to parse in it and hands its lines back to Markdig's pool as usual.
/// </remarks>
public interface ILeafBlockReuse
{
    /// <summary>A paragraph or heading of <paramref name="document"/> has closed: its source and span are final.</summary>
    void Closed(LeafBlock block, MarkdownDocument document);
}
