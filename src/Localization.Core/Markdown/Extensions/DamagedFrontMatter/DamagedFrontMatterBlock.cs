using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.DamagedFrontMatter;

/// <summary>YAML front matter whose fences were damaged (<c>- - -</c>, <c>—</c>); its lines are the YAML text.</summary>
public sealed class DamagedFrontMatterBlock(BlockParser parser) : CodeBlock(parser)
{
    /// <summary>The opening fence as written.</summary>
    public string OpeningFence { get; init; } = "";

    /// <summary>The closing fence as written.</summary>
    public string ClosingFence { get; init; } = "";
}
