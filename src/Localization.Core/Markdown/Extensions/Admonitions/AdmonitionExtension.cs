using Markdig;
using Markdig.Renderers;

namespace Localization.Core.Markdown.Extensions.Admonitions;

/// <summary>Adds Python-Markdown admonitions and pymdownx details blocks to a Markdig pipeline.</summary>
public sealed class AdmonitionExtension(bool admonitions = true, bool details = true) : IMarkdownExtension
{
    public AdmonitionExtension()
        : this(true, true)
    {
    }

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<AdmonitionBlockParser>())
        {
            // First, so that the header wins over the paragraph and its body over indented code.
            pipeline.BlockParsers.Insert(0, new AdmonitionBlockParser(admonitions, details));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
