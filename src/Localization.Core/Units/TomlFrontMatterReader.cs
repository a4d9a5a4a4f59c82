using Tomlyn.Parsing;
using Tomlyn.Syntax;

namespace Localization.Core.Units;

/// <summary>
/// Reads the entries of Hugo's TOML front matter (<c>+++</c>) into the same entries as YAML front matter, with
/// offsets relative to the TOML text: top-level keys with string values are scalars (translatable when their key
/// is); tables, arrays and other values are compared in a canonical form.
/// </summary>
public static class TomlFrontMatterReader
{
    /// <summary>Deepest nesting of arrays and inline tables read: Tomlyn's parser recurses, and a stack overflow cannot be caught.</summary>
    public const int MaxDepth = 64;

    public static FrontMatterReader.Result Read(string toml)
    {
        if (TooDeepAt(toml) is { } deep)
        {
            return new FrontMatterReader.Result([], new FrontMatterReader.YamlError($"front matter nests deeper than {MaxDepth} levels", deep));
        }

        DocumentSyntax document;
        try
        {
            document = SyntaxParser.Parse(toml, "front matter", false);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException or IndexOutOfRangeException)
        {
            return new FrontMatterReader.Result([], new FrontMatterReader.YamlError($"invalid TOML ({e.Message})", 0));
        }

        if (document.HasErrors)
        {
            var first = document.Diagnostics.First(d => d.Kind == DiagnosticMessageKind.Error);
            return new FrontMatterReader.Result([], new FrontMatterReader.YamlError(first.Message, Math.Clamp(first.Span.Start.Offset, 0, toml.Length)));
        }

        var entries = new List<FrontMatterEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pair in document.KeyValues)
        {
            if (pair.Key is null || pair.Value is null)
            {
                continue;
            }

            var key = KeyText(pair.Key);
            if (!seen.Add(key))
            {
                return new FrontMatterReader.Result(entries, new FrontMatterReader.YamlError($"duplicate key '{key}'", pair.Key.Span.Start.Offset));
            }

            entries.Add(Entry(toml, key, pair.Key.Span.Start.Offset, pair.Value));
        }

        foreach (var table in document.Tables)
        {
            // [params] or [[cascade]]: compared as a whole, in its canonical form.
            var name = table.Name is null ? "" : KeyText(table.Name);
            var start = table.Span.Start.Offset;
            var end = Math.Clamp(table.Span.End.Offset + 1, start, toml.Length);
            var text = toml[start..end];
            entries.Add(new FrontMatterEntry(table.Kind == SyntaxKind.TableArray ? $"[[{name}]]" : $"[{name}]", TextExcerpt.Collapse(text, int.MaxValue), start, start, false, Canonical(text)));
        }

        return new FrontMatterReader.Result(entries, null);
    }

    private static FrontMatterEntry Entry(string toml, string key, int keyStart, ValueSyntax value)
    {
        var start = value.Span.Start.Offset;
        var end = Math.Clamp(value.Span.End.Offset + 1, start, toml.Length);
        if (value is StringValueSyntax text)
        {
            var raw = toml[start..end];
            // A basic or literal string on one line: the value sits after its quote.
            var quote = raw.StartsWith("\"\"\"", StringComparison.Ordinal) || raw.StartsWith("'''", StringComparison.Ordinal) ? 3 : raw.Length > 0 && raw[0] is '"' or '\'' ? 1 : 0;
            return new FrontMatterEntry(key, text.Value ?? "", start + quote, keyStart, true, FrontMatterEntry.Quote(text.Value ?? ""));
        }

        var source = toml[start..end];
        return new FrontMatterEntry(key, TextExcerpt.Collapse(source, int.MaxValue), start, keyStart, false, Canonical(source));
    }

    /// <summary>The offset where brackets and braces outside strings first nest deeper than <see cref="MaxDepth"/>, or null.</summary>
    internal static int? TooDeepAt(string toml)
    {
        var depth = 0;
        char quote = default;
        for (var i = 0; i < toml.Length; i++)
        {
            var c = toml[i];
            if (quote != default)
            {
                if (c == '\\' && quote == '"')
                {
                    i++;
                }
                else if (c == quote || c == '\n')
                {
                    quote = default;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '[' or '{' && ++depth > MaxDepth)
            {
                return i;
            }
            else if (c is ']' or '}')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (c == '#')
            {
                while (i + 1 < toml.Length && toml[i + 1] != '\n')
                {
                    i++;
                }
            }
        }

        return null;
    }

    private static string KeyText(KeySyntax key) => key.ToString().Trim();

    /// <summary>The text without whitespace outside strings and without comments, so re-indenting or re-spacing a table is no change.</summary>
    private static string Canonical(string text)
    {
        var canonical = new System.Text.StringBuilder(text.Length);
        char quote = default;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != default)
            {
                canonical.Append(c);
                if (c == '\\' && quote == '"' && i + 1 < text.Length)
                {
                    canonical.Append(text[++i]);
                }
                else if (c == quote)
                {
                    quote = default;
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
                canonical.Append(c);
            }
            else if (c == '#')
            {
                while (i + 1 < text.Length && text[i + 1] != '\n')
                {
                    i++;
                }
            }
            else if (!char.IsWhiteSpace(c))
            {
                canonical.Append(c);
            }
        }

        return canonical.ToString();
    }
}
