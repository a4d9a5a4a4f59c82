using Markdig;
using Markdig.Renderers;

namespace Localization.Core.Markdown.Extensions.Snippets;

/// <summary>Adds pymdownx.snippets include lines to a Markdig pipeline.</summary>
public sealed class SnippetExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<SnippetBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new SnippetBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
