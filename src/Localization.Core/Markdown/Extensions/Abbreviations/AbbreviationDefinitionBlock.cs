using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.Abbreviations;

/// <summary>A Python-Markdown abbreviation definition <c>*[HTML]: Hyper Text Markup Language</c>.</summary>
public sealed class AbbreviationDefinitionBlock(BlockParser parser) : LeafBlock(parser)
{
    /// <summary>The abbreviation, which is never translated.</summary>
    public string Label { get; set; } = "";

    /// <summary>Its expansion, which is translated.</summary>
    public string Title { get; set; } = "";

    /// <summary>Source offset of the first character of <see cref="Title"/>.</summary>
    public int TitleStart { get; set; }

    /// <summary>
    /// Set when the line only looks like a definition (a non-breaking space before the colon, as French
    /// typography writes it): Python-Markdown shows such a line as text.
    /// </summary>
    public string? Malformed { get; set; }
}
