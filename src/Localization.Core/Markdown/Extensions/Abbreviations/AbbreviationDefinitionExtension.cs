using Markdig;
using Markdig.Renderers;

namespace Localization.Core.Markdown.Extensions.Abbreviations;

/// <summary>Adds Python-Markdown abbreviation definitions to a Markdig pipeline.</summary>
public sealed class AbbreviationDefinitionExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<AbbreviationDefinitionParser>())
        {
            // Before the list parser, for which '*' opens a bullet.
            pipeline.BlockParsers.Insert(0, new AbbreviationDefinitionParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
