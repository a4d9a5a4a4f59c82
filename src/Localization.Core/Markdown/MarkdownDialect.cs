using Localization.Core.Markdown.Extensions.Blocks;
using Markdig;

namespace Localization.Core.Markdown;

/// <summary>
/// Which Markdown extensions a site has on, as its mkdocs.yml says (<see cref="Default"/>: all of them, which is
/// how a page is read without a mkdocs.yml). The Markdig pipeline is built once per dialect, on first use.
/// </summary>
public sealed record MarkdownDialect
{
    private readonly Lazy<MarkdownPipeline> _pipeline;

    public MarkdownDialect() => _pipeline = new(() => MarkdownPipelineFactory.Create(this));

    /// <summary>A copy made by <c>with</c> builds its own pipeline, for its own extensions.</summary>
    private MarkdownDialect(MarkdownDialect original)
    {
        _pipeline = new(() => MarkdownPipelineFactory.Create(this));
        Admonitions = original.Admonitions;
        Details = original.Details;
        ContentTabs = original.ContentTabs;
        Footnotes = original.Footnotes;
        Abbreviations = original.Abbreviations;
        Attributes = original.Attributes;
        Snippets = original.Snippets;
        SnippetBasePaths = original.SnippetBasePaths;
        SnippetCheckPaths = original.SnippetCheckPaths;
        MarkdownInHtml = original.MarkdownInHtml;
        Blocks = original.Blocks;
        Permalinks = original.Permalinks;
        VerbatimPatterns = original.VerbatimPatterns;
        Shortcodes = original.Shortcodes;
    }

    public static MarkdownDialect Default { get; } = new();

    /// <summary><c>admonition</c>: <c>!!! type "Title"</c>.</summary>
    public bool Admonitions { get; init; } = true;

    /// <summary><c>pymdownx.details</c>: <c>??? type "Summary"</c>.</summary>
    public bool Details { get; init; } = true;

    /// <summary><c>pymdownx.tabbed</c>: <c>=== "Title"</c>.</summary>
    public bool ContentTabs { get; init; } = true;

    /// <summary><c>footnotes</c>.</summary>
    public bool Footnotes { get; init; } = true;

    /// <summary><c>abbr</c>: <c>*[HTML]: …</c> definitions.</summary>
    public bool Abbreviations { get; init; } = true;

    /// <summary><c>attr_list</c>: <c>{ #id .class }</c>.</summary>
    public bool Attributes { get; init; } = true;

    /// <summary><c>pymdownx.snippets</c>: <c>--8&lt;--</c> includes.</summary>
    public bool Snippets { get; init; } = true;

    /// <summary><c>pymdownx.snippets</c> <c>base_path</c> entries, as configured (empty: the site's default).</summary>
    public IReadOnlyList<string> SnippetBasePaths { get; init; } = [];

    /// <summary><c>pymdownx.snippets</c> <c>check_paths</c>: a missing snippet fails the site's build.</summary>
    public bool SnippetCheckPaths { get; init; }

    /// <summary><c>md_in_html</c>: Markdown inside <c>&lt;div markdown&gt;</c>.</summary>
    public bool MarkdownInHtml { get; init; } = true;

    /// <summary>pymdownx.blocks extensions and their types; null when none is on.</summary>
    public BlocksSettings? Blocks { get; init; } = BlocksSettings.Default;

    /// <summary><c>toc</c> <c>permalink</c> is set.</summary>
    public bool Permalinks { get; init; }

    /// <summary>
    /// The site's own markup that is never translated (<c>verbatim_patterns:</c> of l10n.yml: code includes,
    /// macros): each match is one invariant, never text left in English.
    /// </summary>
    public IReadOnlyList<System.Text.RegularExpressions.Regex> VerbatimPatterns { get; init; } = [];

    /// <summary>Hugo shortcodes and which of their parameters are translated (<c>shortcodes:</c> of l10n.yml).</summary>
    public Extensions.Shortcodes.ShortcodeSettings Shortcodes { get; init; } = Extensions.Shortcodes.ShortcodeSettings.Default;

    /// <summary>The pipeline that reads pages of this dialect (thread-safe, built once).</summary>
    public MarkdownPipeline Pipeline => _pipeline.Value;

    public bool Equals(MarkdownDialect? other) => ReferenceEquals(this, other);

    public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(this);
}
