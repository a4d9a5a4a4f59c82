using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Localization.Core.Markdown.Extensions.Cancellation;

/// <summary>
/// Lets a parse be given up: parsers that match nothing and only check the cancellation token of the
/// parse (put in its <see cref="MarkdownParserContext"/> by <see cref="ParseCancellation.Context"/>), tried
/// on every line and before every inline parser. A page abandoned after --file-timeout thus stops inside
/// Markdig's own loops instead of running on and taking the CPU from the pages still being checked.
/// </summary>
public sealed class CancellationExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<CancellationBlockParser>())
        {
            pipeline.BlockParsers.Insert(0, new CancellationBlockParser());
        }

        if (!pipeline.InlineParsers.Contains<CancellationInlineParser>())
        {
            // One instance before every character-specific parser (each '[' of '['×N is a link attempt) and one
            // among the parsers of plain text.
            var characters = pipeline.InlineParsers.Where(p => p.OpeningCharacters is not null).SelectMany(p => p.OpeningCharacters!).Distinct().ToArray();
            pipeline.InlineParsers.Insert(0, new CancellationInlineParser(characters));
            pipeline.InlineParsers.Insert(0, new CancellationInlineParser(null));
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

/// <summary>The cancellation of one parse, carried by Markdig's parser context.</summary>
public static class ParseCancellation
{
    /// <summary>A parser context carrying <paramref name="cancellation"/>; null when it can never be cancelled.</summary>
    public static MarkdownParserContext? Context(CancellationToken cancellation) =>
        cancellation.CanBeCanceled ? new CancellableParserContext(cancellation) : null;

    // Called on every line and before every inline parser: a type test instead of a lookup in the context's
    // Properties dictionary, which was 3.5% of Markdig's parse in a 31-language check (AOT perf profile).
    internal static void ThrowIfCancelled(MarkdownParserContext? context)
    {
        if (context is CancellableParserContext cancellable)
        {
            cancellable.Token.ThrowIfCancellationRequested();
        }
    }

    /// <summary>The context of a parse that can be given up; other extensions may add their properties to it.</summary>
    private sealed class CancellableParserContext(CancellationToken token) : MarkdownParserContext
    {
        public CancellationToken Token { get; } = token;
    }
}

/// <summary>Tried on every line; opens nothing.</summary>
internal sealed class CancellationBlockParser : BlockParser
{
    public override BlockState TryOpen(BlockProcessor processor)
    {
        ParseCancellation.ThrowIfCancelled(processor.Context);
        return BlockState.None;
    }
}

/// <summary>Tried first at every inline position it is registered for; matches nothing.</summary>
internal sealed class CancellationInlineParser : InlineParser
{
    public CancellationInlineParser(char[]? characters)
    {
        OpeningCharacters = characters;
    }

    public override bool Match(InlineProcessor processor, ref Markdig.Helpers.StringSlice slice)
    {
        ParseCancellation.ThrowIfCancelled(processor.Context);
        return false;
    }
}
