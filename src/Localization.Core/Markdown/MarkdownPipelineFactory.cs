using Localization.Core.Markdown.Extensions.Abbreviations;
using Localization.Core.Markdown.Extensions.Admonitions;
using Localization.Core.Markdown.Extensions.Cancellation;
using Localization.Core.Markdown.Extensions.Blocks;
using Localization.Core.Markdown.Extensions.BlockReuse;
using Localization.Core.Markdown.Extensions.ContentTabs;
using Localization.Core.Markdown.Extensions.DamagedFrontMatter;
using Localization.Core.Markdown.Extensions.Shortcodes;
using Localization.Core.Markdown.Extensions.Snippets;
using Localization.Core.Markdown.Extensions.Tables;
using Localization.Core.Markdown.Extensions.TomlFrontMatter;
using Markdig;

namespace Localization.Core.Markdown;

/// <summary>Builds the Markdig pipeline that reads MkDocs Material pages the way the site renders them.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>The pipeline of <see cref="MarkdownDialect.Default"/>: Markdig pipelines are immutable and thread-safe once built.</summary>
    public static MarkdownPipeline Default => MarkdownDialect.Default.Pipeline;

    /// <summary>Markdig's own guard against pathological nesting; deeper input becomes an invalid-file finding.</summary>
    public const int MaximumNestingDepth = 128;

    public static MarkdownPipeline Create() => Create(MarkdownDialect.Default);

    public static MarkdownPipeline Create(MarkdownDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var builder = new MarkdownPipelineBuilder
        {
            MaximumNestingDepth = MaximumNestingDepth,
        };
        builder
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .Use<TomlFrontMatterExtension>()
            .Use<DamagedFrontMatterExtension>()
            .UsePipeTables()
            .Use<QuietPipeTableExtension>();
        if (dialect.Footnotes)
        {
            builder.UseFootnotes();
        }

        if (dialect.Abbreviations)
        {
            builder.Use<AbbreviationDefinitionExtension>();
        }

        if (dialect.Admonitions || dialect.Details)
        {
            builder.Use(new AdmonitionExtension(dialect.Admonitions, dialect.Details));
        }

        if (dialect.ContentTabs)
        {
            builder.Use<ContentTabExtension>();
        }

        if (dialect.Blocks is { } blocks)
        {
            builder.Use(new BlocksExtension(blocks));
        }

        if (dialect.Snippets)
        {
            builder.Use<SnippetExtension>();
        }

        builder.Use<ShortcodeExtension>();
        builder.Use<CancellationExtension>();
        builder.Use<BlockReuseExtension>();
        if (dialect.Attributes)
        {
            builder.UseGenericAttributes(); // must be last: it patches the other parsers
        }

        return builder.Build();
    }
}
