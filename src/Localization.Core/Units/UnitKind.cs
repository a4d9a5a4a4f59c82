namespace Localization.Core.Units;

/// <summary>What a unit of the page is. Names are lower-case in reports (<c>list-item</c>).</summary>
public enum UnitKind
{
    FrontMatter,
    Heading,
    Paragraph,
    ListItem,
    TableCell,
    AdmonitionTitle,
    TabTitle,
    SummaryTitle,
    Abbreviation,

    /// <summary>A value of a key/value string table (a .env file of UI strings).</summary>
    StringEntry,
    CodeBlock,
    Snippet,
    Html,
    ThematicBreak,
}

/// <summary>Display names and groupings of <see cref="UnitKind"/>.</summary>
public static class UnitKindExtensions
{
    public static string DisplayName(this UnitKind kind) => kind switch
    {
        UnitKind.FrontMatter => "front-matter value",
        UnitKind.Heading => "heading",
        UnitKind.Paragraph => "paragraph",
        UnitKind.ListItem => "list item",
        UnitKind.TableCell => "table cell",
        UnitKind.AdmonitionTitle => "admonition title",
        UnitKind.TabTitle => "tab title",
        UnitKind.SummaryTitle => "details summary",
        UnitKind.Abbreviation => "abbreviation",
        UnitKind.StringEntry => "string",
        UnitKind.CodeBlock => "code block",
        UnitKind.Snippet => "snippet include",
        UnitKind.Html => "HTML block",
        UnitKind.ThematicBreak => "thematic break",
        _ => kind.ToString(),
    };

    /// <summary>Kinds that carry text for translators (the others are structure kept verbatim).</summary>
    public static bool IsTranslatable(this UnitKind kind) => kind is not (UnitKind.CodeBlock or UnitKind.Snippet or UnitKind.Html or UnitKind.ThematicBreak);

    /// <summary>
    /// Kinds that can stand for each other when aligning: a translation may turn a one-paragraph list
    /// item into another shape only rarely, so kinds must match except for these close pairs.
    /// </summary>
    public static int AlignmentClass(this UnitKind kind) => kind switch
    {
        UnitKind.AdmonitionTitle or UnitKind.SummaryTitle => 10,
        _ => (int)kind,
    };
}
