using Markdig;
using Markdig.Renderers;

namespace Localization.Core.Markdown.Extensions.Shortcodes;

/// <summary>Hugo shortcodes (<c>{{&lt; name &gt;}}</c>, <c>{{% name %}}</c>) as inlines of their own.</summary>
public sealed class ShortcodeExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<ShortcodeInlineParser>())
        {
            // Before the attribute-list and emphasis parsers, which would otherwise read the '{' or the parameters.
            pipeline.InlineParsers.Insert(0, new ShortcodeInlineParser());
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
    }
}
