using Markdig;
using Markdig.Renderers;

namespace Localization.Core.Markdown.Extensions.Blocks;

/// <summary>Adds pymdownx.blocks containers (<c>/// name | argument</c> … <c>///</c>) to a Markdig pipeline.</summary>
public sealed class BlocksExtension(BlocksSettings settings) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<BlocksBlockParser>())
        {
            // Before the paragraph parser, so that a header interrupts a paragraph as pymdownx's does.
            pipeline.BlockParsers.Insert(0, new BlocksBlockParser(settings));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
