using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.TomlFrontMatter;

/// <summary>
/// Opens on a <c>+++</c> first line of the page and closes on the next <c>+++</c> line, as Hugo reads TOML front
/// matter. An unclosed one is not front matter (Hugo then fails the page; here it stays text).
/// </summary>
public sealed class TomlFrontMatterParser : FencedFrontMatterParser
{
    public TomlFrontMatterParser() => OpeningCharacters = ['+'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.LineIndex != 0 || processor.IsCodeIndent || !IsFence(processor.Line.ToString()) || !ClosesLater(processor))
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new TomlFrontMatterBlock(this)
        {
            Span = new SourceSpan(processor.Line.Start, processor.Line.End),
            Line = processor.LineIndex,
            Column = processor.Column,
        });
        return BlockState.ContinueDiscard;
    }

    protected override bool IsClosingFence(string line) => IsFence(line);

    private static bool IsFence(string line) => line.TrimEnd() == "+++";

    /// <summary>A closing fence must follow on a line of its own.</summary>
    private static bool ClosesLater(BlockProcessor processor) => LinesAfterOpening(processor).Any(IsFence);
}
