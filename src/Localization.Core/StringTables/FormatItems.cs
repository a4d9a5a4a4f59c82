using System.Text.RegularExpressions;

namespace Localization.Core.StringTables;

/// <summary>
/// The placeholders of a composite format string as String.Format reads it: <c>{0}</c>, <c>{0:N2}</c>,
/// <c>{1,-10}</c>, and named ones (<c>{name}</c>, as in logging templates and interpolation libraries);
/// <c>{{</c> and <c>}}</c> are escaped braces, not placeholders.
/// </summary>
public static partial class FormatItems
{
    [GeneratedRegex(@"^\s*(?<name>\d+|[A-Za-z_@][A-Za-z0-9_.]*)\s*(?<align>,\s*-?\d+\s*)?(?<format>:[^{}]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Item();

    /// <summary>Parses <paramref name="text"/>; never throws.</summary>
    public static FormatParse Parse(string text)
    {
        var items = new List<FormatItem>();
        var escapes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is not ('{' or '}'))
            {
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == c)
            {
                escapes++;
                i++;
                continue;
            }

            if (c == '}')
            {
                return new FormatParse(items, escapes, i, "a '}' that closes no placeholder (write '}}' for a brace)");
            }

            var close = text.IndexOfAny(['{', '}'], i + 1);
            if (close < 0 || text[close] == '{')
            {
                return new FormatParse(items, escapes, i, "a '{' that opens no placeholder (write '{{' for a brace)");
            }

            var inner = text[(i + 1)..close];
            if (Item().Match(inner) is not { Success: true } m)
            {
                return new FormatParse(items, escapes, i, $"'{{{inner}}}' is not a placeholder");
            }

            items.Add(new FormatItem(m.Groups["name"].Value, text[i..(close + 1)], i));
            i = close;
        }

        return new FormatParse(items, escapes, -1, null);
    }
}

/// <summary>One placeholder: its index or name, its text as written, and where it starts in the value.</summary>
public sealed record FormatItem(string Name, string Text, int Index);

/// <summary>The placeholders of a value, and the first position where it is not a valid format string.</summary>
/// <param name="Items">The placeholders in order.</param>
/// <param name="EscapedBraces">How many '{{' and '}}' the value has.</param>
/// <param name="ErrorIndex">Index of the first malformed brace, -1 when the value is a valid format string.</param>
/// <param name="Error">What is wrong there.</param>
public sealed record FormatParse(IReadOnlyList<FormatItem> Items, int EscapedBraces, int ErrorIndex, string? Error)
{
    public bool IsValid => ErrorIndex < 0;

    /// <summary>True when the value is evidently a format string: it has placeholders or escaped braces, and no error.</summary>
    public bool IsFormatString => IsValid && (Items.Count > 0 || EscapedBraces > 0);
}
