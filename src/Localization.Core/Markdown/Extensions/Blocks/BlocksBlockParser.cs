using System.Text.RegularExpressions;
using Localization.Core.Markdown.Extensions.Admonitions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.Blocks;

/// <summary>
/// Parses pymdownx.blocks headers with pymdownx's own expressions, reads the indented options header, and keeps
/// the block open until a line of exactly as many slashes (so an inner <c>///</c> nests in an outer <c>////</c>).
/// </summary>
public sealed partial class BlocksBlockParser : BlockParser
{
    private readonly BlocksSettings _settings;

    public BlocksBlockParser(BlocksSettings settings)
    {
        _settings = settings;
        OpeningCharacters = ['/'];
    }

    // pymdownx/blocks/__init__.py RE_START, on one line.
    [GeneratedRegex(@"^(?<fence>/{3,}) *(?<name>[\w-]+) *(?:\| *(?<arg>.*?) *)?$")]
    private static partial Regex Header();

    // What translators write instead: the '|' left out or replaced ('｜', ':', '：').
    [GeneratedRegex(@"^(?<fence>/{3,}) *(?<name>[\w-]+) *(?<sep>[｜:：¦]?) *(?<arg>\S.*?) *$")]
    private static partial Regex LenientHeader();

    [GeneratedRegex(@"^(?<key>[\w-]+) *: *(?<value>.*?) *$")]
    private static partial Regex Option();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var start = line.Start;
        var text = line.ToString();
        if (text.Length < 4 || !text.StartsWith("///", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var block = new BlocksBlock(this)
        {
            Span = new SourceSpan(start, line.End),
            Line = processor.LineIndex,
            Column = processor.Column,
        };

        var match = Header().Match(text);
        if (match.Success)
        {
            var argument = match.Groups["arg"];
            if (argument.Success && argument.Value.Length > 0)
            {
                block.Argument = argument.Value;
                block.ArgumentStart = start + argument.Index;
                var t = argument.Value;
                if (t.Length >= 2 && t[0] is not ('"' or '\'') && AdmonitionBlockParser.QuotePairs.Contains((t[0], t[^1])))
                {
                    block.MalformedTitle = t;
                    block.MalformedReason = $"is written in {t[0]}{t[^1]}, which MkDocs shows as part of the title (a blocks title needs no quotes)";
                }
            }
        }
        else
        {
            match = LenientHeader().Match(text);
            if (!match.Success)
            {
                return BlockState.None;
            }

            var argument = match.Groups["arg"];
            var separator = match.Groups["sep"].Value;
            block.Argument = argument.Value;
            block.ArgumentStart = start + argument.Index;
            block.MalformedTitle = argument.Value;
            block.MalformedReason = separator.Length == 0
                ? "is not after a '|', so MkDocs does not recognise the header and shows the block as text"
                : $"is after '{separator}' instead of '|', so MkDocs does not recognise the header and shows the block as text";
        }

        block.FenceLength = match.Groups["fence"].Length;
        block.Name = match.Groups["name"].Value.ToLowerInvariant();
        block.Category = _settings.CategoryOf(block.Name);
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var blocks = (BlocksBlock)block;
        var line = processor.Line;
        if (!processor.IsCodeIndent && IsFence(line.ToString(), blocks.FenceLength) && !InsideOpenCode(blocks) && !HasOpenInner(blocks))
        {
            blocks.IsClosed = true;
            blocks.UpdateSpanEnd(line.End);
            return BlockState.BreakDiscard;
        }

        if (blocks.ReadingOptions)
        {
            if (processor.IsBlankLine || processor.Indent < 4 || blocks.Count > 0)
            {
                blocks.ReadingOptions = false;
            }
            else
            {
                var option = Option().Match(line.ToString().Trim());
                if (option.Success)
                {
                    blocks.Options[option.Groups["key"].Value] = option.Groups["value"].Value;
                }

                blocks.UpdateSpanEnd(line.End);
                return BlockState.ContinueDiscard;
            }
        }

        blocks.UpdateSpanEnd(line.End);
        return BlockState.Continue;
    }

    private static bool IsFence(string text, int length)
    {
        var trimmed = text.Trim();
        return trimmed.Length == length && trimmed.All(c => c == '/');
    }

    /// <summary>
    /// As pymdownx's, a fence closes the innermost open block of its length, not an outer one. (Markdig marks every
    /// block of the stack as not open while it asks them to continue, so <see cref="BlocksBlock.Ended"/> says it.)
    /// </summary>
    private static bool HasOpenInner(BlocksBlock block)
    {
        var last = block.LastChild;
        while (last is ContainerBlock inner)
        {
            if (inner is BlocksBlock nested && !nested.Ended && nested.FenceLength == block.FenceLength)
            {
                return true;
            }

            last = inner.LastChild;
        }

        return false;
    }

    /// <summary>
    /// A fence line inside a fenced code block still waiting for its closing fence is code, not the end of the
    /// block: a fenced code block that ended has its closing fence, unless its container ended first.
    /// </summary>
    private static bool InsideOpenCode(ContainerBlock container)
    {
        var last = container.LastChild;
        while (last is ContainerBlock inner and not BlocksBlock { Ended: true })
        {
            last = inner.LastChild;
        }

        return last is FencedCodeBlock { ClosingFencedCharCount: 0 };
    }

    public override bool Close(BlockProcessor processor, Block block)
    {
        ((BlocksBlock)block).Ended = true;
        return true;
    }
}
