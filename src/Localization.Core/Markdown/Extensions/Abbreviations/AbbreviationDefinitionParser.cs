using System.Text.RegularExpressions;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.Abbreviations;

/// <summary>
/// Parses abbreviation definitions with Python-Markdown's expression, which allows one space before the
/// colon (<c>*[DPI] : …</c>, as French typography writes it); Markdig's own parser does not, and would
/// turn such a line into a paragraph.
/// </summary>
public sealed partial class AbbreviationDefinitionParser : BlockParser
{
    public AbbreviationDefinitionParser() => OpeningCharacters = ['*'];

    // markdown/extensions/abbr.py: ^[*]\[(?P<abbr>[^\\]*?)\][ ]?:[ ]*\n?[ ]*(?P<title>.*)$
    [GeneratedRegex(@"^\*\[(?<abbr>[^\\]*?)\](?<gap>[ \u00A0\u202F\u2009]*)[:：](?<after>[ \u00A0\u202F]*)(?<title>.*?)\s*$")]
    private static partial Regex Definition();

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        if (line.Length < 4 || line.PeekChar() != '[')
        {
            return BlockState.None;
        }

        var text = line.ToString();
        var match = Definition().Match(text);
        if (!match.Success || match.Groups["abbr"].Length == 0)
        {
            return BlockState.None;
        }

        var gap = match.Groups["gap"].Value;
        var malformed = gap.Length > 1 || gap.Any(c => c != ' ') ? $"'{Describe(gap)}' before ':'"
            : match.Groups["after"].Value.Any(c => c != ' ') ? $"'{Describe(match.Groups["after"].Value)}' after ':'"
            : text.Contains('：', StringComparison.Ordinal) && !text.Contains(':', StringComparison.Ordinal) ? "a full-width '：' instead of ':'"
            : null;
        processor.NewBlocks.Push(new AbbreviationDefinitionBlock(this)
        {
            Malformed = malformed,
            Span = new SourceSpan(line.Start, line.End),
            Line = processor.LineIndex,
            Column = processor.Column,
            Label = match.Groups["abbr"].Value,
            Title = match.Groups["title"].Value,
            TitleStart = line.Start + match.Groups["title"].Index,
        });
        return BlockState.BreakDiscard;
    }

    private static string Describe(string spaces) => string.Join(" + ", spaces.Select(c => c switch
    {
        '\u00A0' => "no-break space U+00A0",
        '\u202F' => "narrow no-break space U+202F",
        '\u2009' => "thin space U+2009",
        _ => "space",
    }));
}
