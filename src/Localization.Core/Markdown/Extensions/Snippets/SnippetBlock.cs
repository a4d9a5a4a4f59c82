using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.Snippets;

/// <summary>
/// A pymdownx.snippets include: <c>--8&lt;-- "file"</c> on one line, or a <c>--8&lt;--</c> block listing files.
/// pymdownx expands it before Markdown parsing, so translators must keep the line byte for byte.
/// </summary>
public sealed class SnippetBlock(BlockParser parser) : LeafBlock(parser)
{
    /// <summary>The included paths (with any <c>:start:end</c> or <c>:section</c> suffix), in order.</summary>
    public List<string> Paths { get; } = [];

    /// <summary>The marker line as written, trimmed (for messages).</summary>
    public string Marker { get; set; } = "";

    /// <summary>Escaped with pymdownx's own <c>;</c> escape: shown literally on purpose.</summary>
    public bool IsEscaped { get; set; }

    /// <summary>
    /// Escaped with a backslash (<c>\--8&lt;--</c>), as Crowdin re-serialises it: pymdownx no longer includes
    /// the file and the page shows the marker text instead.
    /// </summary>
    public bool IsBackslashEscaped { get; set; }

    /// <summary>True for the multi-line block form.</summary>
    public bool IsBlockForm { get; set; }
}
