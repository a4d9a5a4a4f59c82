using Localization.Core.Markdown.Extensions.Abbreviations;
using Localization.Core.Markdown.Extensions.Admonitions;
using Localization.Core.Markdown.Extensions.Cancellation;
using Localization.Core.Markdown.Extensions.ContentTabs;
using Localization.Core.Markdown.Extensions.Snippets;
using Markdig;

namespace Localization.Core.Markdown;

/// <summary>Builds the one Markdig pipeline that reads MkDocs Material pages the way the site renders them.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The shared pipeline: Markdig pipelines are immutable and thread-safe once built.</summary>
    public static MarkdownPipeline Default { get; } = Create();

    /// <summary>Markdig's own guard against pathological nesting; deeper input becomes an invalid-file finding.</summary>
    public const int MaximumNestingDepth = 128;

    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder
        {
            MaximumNestingDepth = MaximumNestingDepth,
        };
        builder
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .UseFootnotes()
            .UsePipeTables()
            .Use<AbbreviationDefinitionExtension>()
            .Use<AdmonitionExtension>()
            .Use<ContentTabExtension>()
            .Use<SnippetExtension>()
            .Use<CancellationExtension>()
            .UseGenericAttributes(); // must be last: it patches the other parsers
        return builder.Build();
    }
}
