using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.Admonitions;

/// <summary>
/// A Python-Markdown admonition (<c>!!! type "Title"</c>) or a pymdownx details block
/// (<c>??? type</c>, <c>???+ type</c>) whose 4-space indented body is parsed as Markdown.
/// </summary>
public sealed class AdmonitionBlock(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary><c>!!!</c>, <c>???</c> or <c>???+</c>.</summary>
    public string Marker { get; set; } = "!!!";

    /// <summary>The first qualifier, lower-cased (<c>warning</c>); empty when a details block has only a title.</summary>
    public string Kind { get; set; } = "";

    /// <summary>Extra qualifiers such as <c>inline end</c>.</summary>
    public IReadOnlyList<string> Modifiers { get; set; } = [];

    /// <summary>The quoted title: null when none was written, empty for <c>""</c>.</summary>
    public string? Title { get; set; }

    /// <summary>Source offset of the first character inside the title quotes (or of the malformed title).</summary>
    public int TitleStart { get; set; } = -1;

    /// <summary>
    /// Set when the header line is not valid pymdownx syntax (a title in 「」 or « » instead of straight
    /// double quotes, …): MkDocs renders such a line as a plain paragraph, so the block is kept only to
    /// report that precisely instead of letting its body turn into a code block.
    /// </summary>
    public string? MalformedTitle { get; set; }

    /// <summary>True for <c>???</c> and <c>???+</c> (collapsible details).</summary>
    public bool IsCollapsible => Marker.StartsWith('?');
}
