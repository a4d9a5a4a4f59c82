using Markdig;
using Markdig.Renderers;

namespace Localization.Core.Markdown.Extensions.TomlFrontMatter;

/// <summary>Hugo's TOML front matter (<c>+++</c>), next to Markdig's YAML one (<c>---</c>).</summary>
public sealed class TomlFrontMatterExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<TomlFrontMatterParser>())
        {
            pipeline.BlockParsers.Insert(0, new TomlFrontMatterParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
