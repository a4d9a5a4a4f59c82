using Markdig.Parsers;
using Markdig.Syntax;

namespace Localization.Core.Markdown.Extensions.DamagedFrontMatter;

/// <summary>
/// Opens on a first line that is a YAML front-matter fence a translation tool damaged: <c>- - -</c> (spaced
/// dashes; Crowdin writes the <c>---</c> of a translated page so) or dashes made typographic (<c>—</c>,
/// <c>–-</c>), when a fence (damaged or not) closes it later and every line between reads as YAML front matter
/// (<c>key: value</c> lines, the first right under the fence, and their indented or listed continuations; no blank
/// line). Markdown would read such a page as a
/// thematic break, a paragraph of "key: value" text and another thematic break: MkDocs shows a horizontal rule and
/// the raw text, and the page loses its title and description. Read as the front matter it was meant to be, the
/// damage is reported once (see PageReader) instead of as the keys' blocks missing and three blocks extra.
/// </summary>
public sealed class DamagedFrontMatterParser : FencedFrontMatterParser
{
    private static readonly System.Buffers.SearchValues<char> KeyCharacters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");

    public DamagedFrontMatterParser() => OpeningCharacters = ['-', '—', '–'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.LineIndex != 0 || processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var first = processor.Line.ToString();
        if (!IsDamagedFence(first) || ClosingLine(processor) is not { } closing)
        {
            return BlockState.None;
        }

        processor.NewBlocks.Push(new DamagedFrontMatterBlock(this)
        {
            Span = new SourceSpan(processor.Line.Start, processor.Line.End),
            Line = processor.LineIndex,
            Column = processor.Column,
            OpeningFence = first.Trim(),
            ClosingFence = closing,
        });
        return BlockState.ContinueDiscard;
    }

    protected override bool IsClosingFence(string line) => IsFence(line);

    /// <summary>A fence a tool damaged: dashes only (ASCII, en or em), not the plain <c>---</c>, with spaces between ASCII ones or a typographic one.</summary>
    internal static bool IsDamagedFence(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed == "---" || trimmed.AsSpan().ContainsAnyExcept("-—– "))
        {
            return false;
        }

        var compact = trimmed.Replace(" ", "", StringComparison.Ordinal);
        return compact == "---" || (compact.Length is >= 1 and <= 3 && compact.AsSpan().ContainsAny("—–"));
    }

    private static bool IsFence(string line) => line.TrimEnd() is "---" or "..." || IsDamagedFence(line);

    /// <summary>
    /// The closing fence as written, when one follows with only front-matter lines between (at least one
    /// <c>key: value</c> line); null otherwise.
    /// </summary>
    private static string? ClosingLine(BlockProcessor processor)
    {
        var keys = 0;
        foreach (var line in LinesAfterOpening(processor))
        {
            if (IsFence(line))
            {
                return keys > 0 ? line.Trim() : null;
            }

            if (IsKeyLine(line))
            {
                keys++;
            }
            else if (keys == 0 || line.Trim().Length == 0 || !(line[0] is ' ' or '\t' || line.StartsWith("- ", StringComparison.Ordinal)))
            {
                // A blank line, or a line of prose: a thematic break and paragraphs after all ("- - -", a blank
                // line, "Note: …"). Damaged front matter keeps the front matter's shape: keys right under the fence.
                return null;
            }
        }

        return null;
    }

    /// <summary><c>key: value</c> or <c>key:</c> at the start of a line (spaces allowed before the colon), the key a YAML plain word.</summary>
    private static bool IsKeyLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || (colon + 1 < line.Length && line[colon + 1] is not (' ' or '\t')))
        {
            return false;
        }

        // "description : …": French typography puts a space before the colon, and YAML reads the same key.
        var key = line.AsSpan(0, colon).TrimEnd(' ');
        return key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && !key.ContainsAnyExcept(KeyCharacters);
    }
}
