using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace Localization.Core.Markdown.Extensions.Tables;

/// <summary>
/// Puts <see cref="QuietPipeTableParser"/> in the place of Markdig's <see cref="PipeTableParser"/>; used after
/// <c>UsePipeTables</c>, whose parser it finds and replaces (same options, same line break parser, same position).
/// </summary>
public sealed class QuietPipeTableExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var parsers = pipeline.InlineParsers;
        for (var k = 0; k < parsers.Count; k++)
        {
            if (parsers[k].GetType() == typeof(PipeTableParser))
            {
                var lineBreaks = parsers.FindExact<LineBreakInlineParser>()
                    ?? throw new InvalidOperationException("pipe tables need Markdig's line break parser");
                parsers[k] = new QuietPipeTableParser(lineBreaks, ((PipeTableParser)parsers[k]).Options);
            }
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}

/// <summary>
/// Markdig's pipe table parser, whose post-processing is skipped for a block it never started a table in.
/// </summary>
/// <remarks>
/// Markdig's <see cref="PipeTableParser.PostProcess"/> allocates a closure object on entry, before it looks whether
/// the block has a table state at all: once or twice for every paragraph and heading parsed (10 MB of a
/// 31-language check, the largest closure of the run). Without a state (no '|' and no line break was matched in the
/// block) it only returns true, so returning true here is the same parse.
/// </remarks>
public sealed class QuietPipeTableParser(LineBreakInlineParser lineBreakParser, PipeTableOptions options)
    : PipeTableParser(lineBreakParser, options), IPostInlineProcessor
{
    bool IPostInlineProcessor.PostProcess(InlineProcessor state, Inline? root, Inline? lastChild, int postInlineProcessorIndex, bool isFinalProcessing) =>
        state.ParserStates[Index] is null || PostProcess(state, root, lastChild, postInlineProcessorIndex, isFinalProcessing);
}
