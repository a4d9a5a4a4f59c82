using Markdig;
using Markdig.Renderers;

namespace Localization.Core.Markdown.Extensions.DamagedFrontMatter;

/// <summary>YAML front matter whose <c>---</c> fences a translation tool damaged, read as front matter (see <see cref="DamagedFrontMatterParser"/>).</summary>
public sealed class DamagedFrontMatterExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<DamagedFrontMatterParser>())
        {
            pipeline.BlockParsers.Insert(0, new DamagedFrontMatterParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
