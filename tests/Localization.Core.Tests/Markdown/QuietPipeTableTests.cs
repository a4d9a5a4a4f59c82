using Localization.Core.Markdown;
using Localization.Core.Markdown.Extensions.Tables;
using Markdig;
using Markdig.Extensions.Tables;

namespace Localization.Core.Tests.Markdown;

/// <summary>
/// The pipe table parser whose post-processing is skipped for blocks without a table state parses every page as
/// Markdig's own: tables, stray pipes, multi-line paragraphs, links and images around pipes.
/// </summary>
public sealed class QuietPipeTableTests
{
    private static readonly MarkdownPipeline Plain = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Build();
    private static readonly MarkdownPipeline Quiet = new MarkdownPipelineBuilder().UsePreciseSourceLocation().UsePipeTables().Use<QuietPipeTableExtension>().Build();

    [Theory]
    [InlineData("| a | b |\n| - | - |\n| x | y |\n")]
    [InlineData("a | b\n- | -\nx | y\n")]
    [InlineData("One line, no pipe.\n")]
    [InlineData("A paragraph\nover two lines | with one pipe.\n")]
    [InlineData("# Heading | with a pipe\n\nText with [a link | label](x.md) and ![an image|alt](y.png).\n")]
    [InlineData("| a | [b](x.md \"t|u\") |\n| :- | -: |\n| `c|d` | e |\nAfter the table.\n")]
    [InlineData("- item | one\n- item\n  two | three\n\n> quote | x\n> y\n")]
    [InlineData("| only a header |\n")]
    public void Pages_parse_as_with_markdigs_parser(string markdown) =>
        Assert.Equal(Markdig.Markdown.ToHtml(markdown, Plain), Markdig.Markdown.ToHtml(markdown, Quiet));

    [Fact]
    public void The_projects_pipeline_puts_the_quiet_parser_in_place_of_markdigs()
    {
        Assert.Contains(MarkdownPipelineFactory.Create().Extensions, e => e is QuietPipeTableExtension);
        var builder = new MarkdownPipelineBuilder();
        new PipeTableExtension().Setup(builder); // what Build does with UsePipeTables' extension, before the quiet one's
        var position = builder.InlineParsers.FindIndex(p => p.GetType() == typeof(PipeTableParser));
        new QuietPipeTableExtension().Setup(builder);
        Assert.IsType<QuietPipeTableParser>(builder.InlineParsers[position]);
        Assert.DoesNotContain(builder.InlineParsers, p => p.GetType() == typeof(PipeTableParser));
    }
}
