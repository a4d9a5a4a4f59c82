using System.Globalization;
using System.Text;
using System.Xml;

namespace Localization.Core.Export;

/// <summary>
/// XLIFF 2.0 (OASIS core), as Crowdin's offline upload accepts it: one <c>&lt;file&gt;</c> per page, one
/// <c>&lt;unit&gt;</c> per work item (its identifier in <c>name</c>, since unit ids must be NMTOKENs), the
/// segment state <c>initial</c> or <c>translated</c>, notes for the reason, context and findings, and markup
/// as <c>&lt;ph dataRef&gt;</c> whose original Markdown is in <c>&lt;originalData&gt;</c>; a character XML
/// cannot carry is <c>&lt;cp hex&gt;</c>.
/// </summary>
public sealed class Xliff2Writer : IExportWriter
{
    public const string Namespace = "urn:oasis:names:tc:xliff:document:2.0";

    public string Name => "xliff2";

    public string Extension => ".xliff";

    public void Begin(TextWriter output, string language)
    {
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        output.Write($"<xliff xmlns=\"{Namespace}\" version=\"2.0\" srcLang=\"en\" trgLang=\"{XmlSafe.LanguageTag(language)}\">\n");
    }

    public void End(TextWriter output) => output.Write("</xliff>\n");

    /// <summary>The XLIFF 2.0 segment state of an item.</summary>
    public static string StateOf(WorkItemState state) => state is WorkItemState.Missing or WorkItemState.Untranslated ? "initial" : "translated";

    /// <summary>An NMTOKEN for an identifier: '/' becomes ':', other characters outside NMTOKEN <c>_xHHHH_</c>.</summary>
    public static string Token(string id)
    {
        var sb = new StringBuilder(id.Length);
        foreach (var c in id)
        {
            if (c == '/')
            {
                sb.Append(':');
            }
            else if (c != '_' && (char.IsAsciiLetterOrDigit(c) || c is '.' or '-' || (c > 0x7f && XmlConvert.IsNCNameChar(c))))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append("_x").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append('_');
            }
        }

        return sb.ToString();
    }

    public void WritePage(TextWriter output, ExportPage page)
    {
        using var xml = XmlWriter.Create(output, XmlSafe.Settings);
        xml.WriteWhitespace("  ");
        xml.WriteStartElement("file", Namespace);
        xml.WriteAttributeString("id", "f-" + Token(page.Key));
        xml.WriteAttributeString("original", XmlSafe.Clean(page.SourceFile));
        xml.WriteWhitespace("\n    ");
        xml.WriteStartElement("notes", Namespace);
        xml.WriteWhitespace("\n      ");
        xml.WriteStartElement("note", Namespace);
        xml.WriteAttributeString("category", "translation-file");
        xml.WriteString(XmlSafe.Clean(page.TargetFile));
        xml.WriteEndElement();
        xml.WriteWhitespace("\n    ");
        xml.WriteEndElement();
        foreach (var item in page.Items)
        {
            WriteUnit(xml, item, page);
        }

        xml.WriteWhitespace("\n  ");
        xml.WriteEndElement();
        xml.WriteWhitespace("\n");
    }

    private static void WriteUnit(XmlWriter xml, WorkItem item, ExportPage page)
    {
        xml.WriteWhitespace("\n    ");
        xml.WriteStartElement("unit", Namespace);
        xml.WriteAttributeString("id", Token(item.UnitId));
        xml.WriteAttributeString("name", XmlSafe.Clean(item.Id));
        xml.WriteWhitespace("\n      ");
        xml.WriteStartElement("notes", Namespace);
        Note(xml, "state", WorkItemText.Reason(item));
        Note(xml, "context", WorkItemText.Where(item));
        Note(xml, "location", WorkItemText.Lines(item, page));
        foreach (var f in item.Findings)
        {
            Note(xml, "finding", WorkItemText.Finding(f));
        }

        xml.WriteWhitespace("\n      ");
        xml.WriteEndElement();

        var codes = item.Source.Codes.Concat(item.Translation.Codes).Where(c => c.Kind != InlineCodeKind.Char).DistinctBy(c => c.Id).OrderBy(c => c.Id).ToList();
        if (codes.Count > 0)
        {
            xml.WriteWhitespace("\n      ");
            xml.WriteStartElement("originalData", Namespace);
            foreach (var code in codes)
            {
                xml.WriteWhitespace("\n        ");
                xml.WriteStartElement("data", Namespace);
                xml.WriteAttributeString("id", "d" + code.Id.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("xml", "space", null, "preserve");
                xml.WriteString(XmlSafe.Clean(code.Original));
                xml.WriteEndElement();
            }

            xml.WriteWhitespace("\n      ");
            xml.WriteEndElement();
        }

        xml.WriteWhitespace("\n      ");
        xml.WriteStartElement("segment", Namespace);
        xml.WriteAttributeString("state", StateOf(item.State));
        xml.WriteWhitespace("\n        ");
        xml.WriteStartElement("source", Namespace);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        WriteInline(xml, item.Source);
        xml.WriteEndElement();
        if (!item.Translation.IsEmpty)
        {
            xml.WriteWhitespace("\n        ");
            xml.WriteStartElement("target", Namespace);
            xml.WriteAttributeString("xml", "space", null, "preserve");
            WriteInline(xml, item.Translation);
            xml.WriteEndElement();
        }

        xml.WriteWhitespace("\n      ");
        xml.WriteEndElement();
        xml.WriteWhitespace("\n    ");
        xml.WriteEndElement();
    }

    private static void Note(XmlWriter xml, string category, string text)
    {
        xml.WriteWhitespace("\n        ");
        xml.WriteStartElement("note", Namespace);
        xml.WriteAttributeString("category", category);
        xml.WriteString(XmlSafe.Clean(text));
        xml.WriteEndElement();
    }

    private static void WriteInline(XmlWriter xml, InlineText text)
    {
        foreach (var s in text.Segments)
        {
            if (s.Code is not { } code)
            {
                xml.WriteString(s.Text);
            }
            else if (code.Kind == InlineCodeKind.Char)
            {
                xml.WriteStartElement("cp", Namespace);
                xml.WriteAttributeString("hex", ((int)code.Original[0]).ToString("X4", CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
            else
            {
                xml.WriteStartElement("ph", Namespace);
                xml.WriteAttributeString("id", code.Id.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("dataRef", "d" + code.Id.ToString(CultureInfo.InvariantCulture));
                xml.WriteEndElement();
            }
        }
    }
}
