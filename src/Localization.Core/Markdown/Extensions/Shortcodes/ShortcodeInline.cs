using Markdig.Syntax.Inlines;

namespace Localization.Core.Markdown.Extensions.Shortcodes;

/// <summary>A Hugo shortcode tag inside a paragraph or heading: markup, except its translatable parameters.</summary>
public sealed class ShortcodeInline : LeafInline
{
    public required ShortcodeTag Tag { get; init; }
}
