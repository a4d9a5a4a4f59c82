using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.TomlFrontMatter;

/// <summary>Hugo's TOML front matter between <c>+++</c> lines; its lines are the TOML text.</summary>
public sealed class TomlFrontMatterBlock(BlockParser parser) : CodeBlock(parser)
{
}
