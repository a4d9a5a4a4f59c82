using System.Xml;

namespace Localization.Core.Export;

/// <summary>
/// XLIFF 1.2 (OASIS, valid against the strict schema): one <c>&lt;file&gt;</c> per page, one
/// <c>&lt;trans-unit&gt;</c> per work item with the English, the current translation and its state
/// (<c>needs-translation</c>, <c>needs-review-translation</c>, <c>needs-adaptation</c>), a context group
/// (lines, heading path, container) and the findings as notes. Markup is <c>&lt;ph&gt;</c> holding the
/// original Markdown, so it is protected and recoverable.
/// </summary>
public sealed class XliffWriter : IExportWriter
{
    public const string Namespace = "urn:oasis:names:tc:xliff:document:1.2";

    public string Name => "xliff";

    public string Extension => ".xlf";

    public void Begin(TextWriter output, string language)
    {
        output.Write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        output.Write($"<xliff version=\"1.2\" xmlns=\"{Namespace}\">\n");
    }

    public void End(TextWriter output) => output.Write("</xliff>\n");

    public void WritePage(TextWriter output, ExportPage page)
    {
        using (var xml = XmlWriter.Create(output, XmlSafe.Settings))
        {
            xml.WriteWhitespace("  ");
            xml.WriteStartElement("file", Namespace);
            xml.WriteAttributeString("original", XmlSafe.Clean(page.SourceFile));
            xml.WriteAttributeString("source-language", "en");
            xml.WriteAttributeString("target-language", XmlSafe.LanguageTag(page.Language));
            xml.WriteAttributeString("datatype", "x-markdown");
            xml.WriteAttributeString("tool-id", Reports.ToolInfo.Name);
            xml.WriteWhitespace("\n    ");
            xml.WriteStartElement("header", Namespace);
            xml.WriteWhitespace("\n      ");
            xml.WriteStartElement("tool", Namespace);
            xml.WriteAttributeString("tool-id", Reports.ToolInfo.Name);
            xml.WriteAttributeString("tool-name", Reports.ToolInfo.Name);
            xml.WriteAttributeString("tool-version", Reports.ToolInfo.Version);
            xml.WriteEndElement();
            xml.WriteWhitespace("\n      ");
            xml.WriteElementString("note", Namespace, XmlSafe.Clean($"translation file: {page.TargetFile}"));
            xml.WriteWhitespace("\n    ");
            xml.WriteEndElement();
            xml.WriteWhitespace("\n    ");
            xml.WriteStartElement("body", Namespace);
            foreach (var item in page.Items)
            {
                WriteUnit(xml, item, page);
            }

            xml.WriteWhitespace("\n    ");
            xml.WriteEndElement();
            xml.WriteWhitespace("\n  ");
            xml.WriteEndElement();
            xml.WriteWhitespace("\n");
        }
    }

    /// <summary>The XLIFF 1.2 state of an item's target.</summary>
    public static string StateOf(WorkItemState state) => state switch
    {
        WorkItemState.Missing or WorkItemState.Untranslated => "needs-translation",
        WorkItemState.Partial => "needs-review-translation",
        _ => "needs-adaptation",
    };

    private static void WriteUnit(XmlWriter xml, WorkItem item, ExportPage page)
    {
        xml.WriteWhitespace("\n      ");
        xml.WriteStartElement("trans-unit", Namespace);
        xml.WriteAttributeString("id", XmlSafe.Clean(item.Id));
        xml.WriteAttributeString("resname", XmlSafe.Clean(item.Id));
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteWhitespace("\n        ");
        xml.WriteStartElement("source", Namespace);
        WriteInline(xml, item.Source);
        xml.WriteEndElement();
        xml.WriteWhitespace("\n        ");
        xml.WriteStartElement("target", Namespace);
        xml.WriteAttributeString("state", StateOf(item.State));
        WriteInline(xml, item.Translation);
        xml.WriteEndElement();

        xml.WriteWhitespace("\n        ");
        xml.WriteStartElement("context-group", Namespace);
        xml.WriteAttributeString("purpose", "location");
        Context(xml, "sourcefile", page.SourceFile);
        Context(xml, "linenumber", item.Context.SourceLine.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Context(xml, "x-target-file", page.TargetFile);
        if (item.Context.TargetLine is { } line)
        {
            Context(xml, "x-target-line", line.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        Context(xml, "element", item.Context.Kind);
        Context(xml, "x-container", item.Context.Container);
        if (item.Context.Headings.Count > 0)
        {
            Context(xml, "x-headings", string.Join(" › ", item.Context.Headings));
        }

        if (item.Context.Key is { } key)
        {
            Context(xml, "x-key", key);
        }

        xml.WriteWhitespace("\n        ");
        xml.WriteEndElement();

        Note(xml, WorkItemText.Reason(item) + "; " + WorkItemText.Where(item));
        foreach (var f in item.Findings)
        {
            Note(xml, WorkItemText.Finding(f));
        }

        xml.WriteWhitespace("\n      ");
        xml.WriteEndElement();
    }

    private static void Context(XmlWriter xml, string type, string value)
    {
        xml.WriteWhitespace("\n          ");
        xml.WriteStartElement("context", Namespace);
        xml.WriteAttributeString("context-type", type);
        xml.WriteString(XmlSafe.Clean(value));
        xml.WriteEndElement();
    }

    private static void Note(XmlWriter xml, string text)
    {
        xml.WriteWhitespace("\n        ");
        xml.WriteStartElement("note", Namespace);
        xml.WriteAttributeString("from", Reports.ToolInfo.Name);
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
                continue;
            }

            xml.WriteStartElement("ph", Namespace);
            xml.WriteAttributeString("id", code.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteAttributeString("ctype", "x-" + code.KindName);
            xml.WriteString(XmlSafe.Clean(code.Shown));
            xml.WriteEndElement();
        }
    }
}
