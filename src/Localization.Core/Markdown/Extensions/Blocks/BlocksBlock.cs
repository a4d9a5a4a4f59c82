using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.Blocks;

/// <summary>What a pymdownx.blocks block is, by its name and the site's configuration.</summary>
public enum BlocksCategory
{
    /// <summary><c>/// note | Title</c>, <c>/// admonition | Title</c> with <c>type:</c>, or a custom type.</summary>
    Admonition,

    /// <summary><c>/// details | Summary</c>, with <c>open:</c> and <c>type:</c> options.</summary>
    Details,

    /// <summary><c>/// tab | Title</c>.</summary>
    Tab,

    /// <summary><c>/// html | div.class</c>: the argument is a selector, not text.</summary>
    Html,

    /// <summary>Any other name (<c>caption</c>, a name the site does not configure, a translated name).</summary>
    Other,
}

/// <summary>
/// A pymdownx.blocks container: <c>/// name | argument</c>, an optional options header indented by four
/// spaces, Markdown content, and a closing line of exactly as many slashes.
/// </summary>
public sealed class BlocksBlock(BlockParser parser) : ContainerBlock(parser)
{
    /// <summary>Number of slashes of the fence (3 or more; outer blocks use more).</summary>
    public int FenceLength { get; set; }

    /// <summary>The block name as written, lower-cased (<c>tip</c>, <c>details</c>, <c>tab</c>).</summary>
    public string Name { get; set; } = "";

    public BlocksCategory Category { get; set; }

    /// <summary>The text after <c>|</c> (title, summary or selector); null when none was written.</summary>
    public string? Argument { get; set; }

    /// <summary>Source offset of <see cref="Argument"/> (or of the malformed title), -1 when none.</summary>
    public int ArgumentStart { get; set; } = -1;

    /// <summary>The options header (<c>type: warning</c>, <c>open: True</c>), keys as written.</summary>
    public Dictionary<string, string> Options { get; } = new(StringComparer.Ordinal);

    /// <summary>True while the lines after the header may still be options.</summary>
    internal bool ReadingOptions { get; set; } = true;

    /// <summary>True once Markdig has closed the block (by its fence, or with its container, or at the end of the page).</summary>
    internal bool Ended { get; set; }

    /// <summary>False when the page ends before the closing fence.</summary>
    public bool IsClosed { get; set; }

    /// <summary>The header's title as written when the header is not valid syntax, else null.</summary>
    public string? MalformedTitle { get; set; }

    /// <summary>Why the header is not valid syntax.</summary>
    public string? MalformedReason { get; set; }

    /// <summary>The admonition or details type: the <c>type:</c> option, else the name for admonitions.</summary>
    public string Type => Options.TryGetValue("type", out var type) ? type.Trim().Trim('"', '\'').ToLowerInvariant()
        : Category == BlocksCategory.Admonition && Name != "admonition" ? Name
        : Category == BlocksCategory.Admonition ? "note"
        : "";
}
