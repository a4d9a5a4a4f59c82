using Markdig.Helpers;
using Markdig.Parsers;

namespace Localization.Core.Markdown.Extensions.Shortcodes;

/// <summary>
/// Reads <c>{{&lt; … &gt;}}</c> and <c>{{% … %}}</c> as one inline, before emphasis, links or attribute lists can
/// take its parameters apart (<c>text="*x*"</c>, <c>{{&lt; x &gt;}}</c> next to <c>{#id}</c>).
/// </summary>
public sealed class ShortcodeInlineParser : InlineParser
{
    public ShortcodeInlineParser() => OpeningCharacters = ['{'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '{' || slice.PeekChar(2) is not ('<' or '%'))
        {
            return false;
        }

        var available = slice.Text.AsSpan(slice.Start, Math.Min(slice.Length, ShortcodeTag.MaximumLength));
        if (ShortcodeTag.TryParse(available) is not { } tag)
        {
            return false;
        }

        var start = processor.GetSourcePosition(slice.Start, out var line, out var column);
        processor.Inline = new ShortcodeInline
        {
            Tag = tag,
            Span = new Markdig.Syntax.SourceSpan(start, start + tag.Length - 1),
            Line = line,
            Column = column,
        };
        slice.Start += tag.Length;
        return true;
    }
}
