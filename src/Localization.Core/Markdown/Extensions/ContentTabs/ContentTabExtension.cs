using Markdig;
using Markdig.Renderers;

namespace Localization.Core.Markdown.Extensions.ContentTabs;

/// <summary>Adds pymdownx.tabbed content tabs to a Markdig pipeline.</summary>
public sealed class ContentTabExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<ContentTabBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new ContentTabBlockParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
