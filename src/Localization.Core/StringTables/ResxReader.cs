using System.Xml;
using Localization.Core.Markdown;
using Localization.Core.Units;

namespace Localization.Core.StringTables;

/// <summary>
/// Reads the strings of a .NET ResX file (<c>Messages.resx</c>, <c>Messages.ko.resx</c>) directly from its XML,
/// as data only: no DTD (an entity bomb is refused, never expanded), no resolver (nothing outside the file is
/// ever opened), and only <c>&lt;data&gt;</c> entries without <c>type</c> or <c>mimetype</c> are read, as plain
/// strings. Typed and binary entries and file references (BinaryFormatter payloads, ResXFileRef) are
/// listed as skipped and never decoded, deserialised or followed.
/// </summary>
public static class ResxReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersFromEntities = 0,
        CloseInput = true,
    };

    /// <exception cref="StringTableFormatException">The file is not well-formed XML or not a ResX file.</exception>
    public static StringTable Read(string text, LineMap lines)
    {
        var entries = new List<StringEntry>();
        var duplicates = new List<StringEntry>();
        var skipped = new List<SkippedEntry>();
        var problems = new List<PageProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unread = new HashSet<string>(StringComparer.Ordinal);
        using var reader = XmlReader.Create(new StringReader(text.StartsWith('\uFEFF') ? text[1..] : text), Settings);
        var info = (IXmlLineInfo)reader;
        try
        {
            int Offset() => ElementOffset(lines, info, text.StartsWith('\uFEFF') ? 1 : 0);
            if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "root")
            {
                throw new StringTableFormatException($"not a ResX file: the root element is <{reader.Name}>, not <root>", info.LineNumber);
            }

            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.Depth != 1 || reader.LocalName != "data")
                {
                    continue;
                }

                var start = Offset();
                var name = reader.GetAttribute("name");
                var type = reader.GetAttribute("type");
                var mimetype = reader.GetAttribute("mimetype");
                if (string.IsNullOrEmpty(name))
                {
                    problems.Add(new PageProblem($"<data> element at line {info.LineNumber} has no name attribute", start));
                    reader.Skip();
                    continue;
                }

                if (mimetype is not null || type is not null && !IsStringType(type))
                {
                    skipped.Add(new SkippedEntry(name, start, Describe(type, mimetype)));
                    continue; // its content is never read: the next Read skips over it as plain XML
                }

                var value = "";
                var end = start;
                (string Name, int Line, int Offset)? child = null;
                if (!reader.IsEmptyElement)
                {
                    while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == 1))
                    {
                        if (reader.NodeType == XmlNodeType.Element && reader.Depth == 2 && reader.LocalName == "value" && !reader.IsEmptyElement)
                        {
                            // Its text and CDATA (comments are ignored). An element inside is not text: a program reads
                            // the value with it cut or dropped, so it is refused by name rather than guessed at.
                            var content = new System.Text.StringBuilder();
                            while (reader.Read() && reader.Depth > 2)
                            {
                                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                                {
                                    content.Append(reader.Value);
                                }
                                else if (reader.NodeType == XmlNodeType.Element && child is null)
                                {
                                    child = (reader.Name, info.LineNumber, Offset());
                                }
                            }

                            value = content.ToString();
                        }
                    }

                    end = Offset() - 1 + "</data>".Length; // XmlReader points after "</"
                }
                else
                {
                    end = start + "<data".Length;
                }

                if (child is { } element)
                {
                    problems.Add(new PageProblem($"value of '{name}' holds an element <{element.Name}> at line {element.Line}; l10n reads text values (markup in a value is written escaped: &lt;{element.Name}&gt;)", element.Offset));
                    unread.Add(name);
                    continue;
                }

                var entry = new StringEntry(name, value, start, Math.Max(start + 1, end), false);
                (seen.Add(name) ? entries : duplicates).Add(entry);
            }
        }
        catch (XmlException e)
        {
            // A prohibited DOCTYPE is refused before the reader has a position: it is reported where it is written.
            var doctype = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
            if (e.LineNumber == 0 && doctype >= 0)
            {
                throw new StringTableFormatException("a DOCTYPE (DTD) is not allowed in a ResX file; l10n never expands its entities or opens what they name", lines.Position(doctype).Line);
            }

            throw new StringTableFormatException($"not well-formed XML: {WithoutPosition(e.Message)}", e.LineNumber > 0 ? e.LineNumber : info.LineNumber);
        }

        return new StringTable(entries, duplicates, skipped, problems) { Unread = unread };
    }

    /// <summary><c>type="System.String, mscorlib"</c> spells out what an untyped entry is: a string.</summary>
    private static bool IsStringType(string type) =>
        type.Trim() == "System.String" || type.StartsWith("System.String,", StringComparison.Ordinal);

    private static string Describe(string? type, string? mimetype) =>
        type is not null && type.StartsWith("System.Resources.ResXFileRef", StringComparison.Ordinal) ? "a file reference (ResXFileRef); the file it names is not read"
        : mimetype is not null ? $"a serialised object ({mimetype}); it is not deserialised"
        : $"a typed resource ({type}); only strings are checked";

    /// <summary>Offset of the '&lt;' of the element the reader is on (XmlReader points at its name).</summary>
    private static int ElementOffset(LineMap lines, IXmlLineInfo info, int bom) =>
        Math.Max(0, lines.LineStart(info.LineNumber) + info.LinePosition - 2 + (info.LineNumber == 1 ? bom : 0));

    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return at > 0 ? message[..at] : message;
    }
}

/// <summary>A string table file that cannot be read at all (not well-formed, not of its format).</summary>
public sealed class StringTableFormatException(string message, int line) : FormatException(message)
{
    /// <summary>1-based line of the problem, 0 when unknown.</summary>
    public int Line { get; } = line;
}
