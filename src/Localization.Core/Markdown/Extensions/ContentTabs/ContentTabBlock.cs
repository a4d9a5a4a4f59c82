using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.ContentTabs;

/// <summary>A pymdownx.tabbed content tab (<c>=== "Title"</c>) with a 4-space indented body.</summary>
public sealed class ContentTabBlock(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>The tab title between the straight double quotes (translatable).</summary>
    public string Title { get; set; } = "";

    /// <summary>Source offset of the first character of the title.</summary>
    public int TitleStart { get; set; } = -1;

    /// <summary>Flags after <c>===</c>: <c>+</c> selected, <c>!</c> starts a new tab set.</summary>
    public string Flags { get; set; } = "";

    /// <summary>Set when the title is not in straight double quotes, which MkDocs does not render as a tab.</summary>
    public string? MalformedTitle { get; set; }
}
