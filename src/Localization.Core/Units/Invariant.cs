namespace Localization.Core.Units;

/// <summary>Kinds of text that a translation must carry over unchanged.</summary>
public enum InvariantKind
{
    Link,
    Image,
    FootnoteReference,
    Code,
    Icon,
    HtmlTag,
    Attributes,
    Shortcode,

    /// <summary>A Hugo shortcode tag (<c>{{&lt; name key="v" &gt;}}</c>): its name and untranslated parameters, canonical.</summary>
    HugoShortcode,

    /// <summary>A URL written as plain text (Python-Markdown does not turn it into a link).</summary>
    BareUrl,
    Number,

    /// <summary>A match of the project's <c>verbatim_patterns</c> (code includes, macros): copied unchanged.</summary>
    Verbatim,
}

/// <summary>One invariant occurrence: its normalised value and where it is in the page (offsets).</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The value compared across languages (URL, code text, footnote label, …).</param>
/// <param name="Start">Offset of its first character in the page text.</param>
/// <param name="Length">Its length in the page text.</param>
public readonly record struct Invariant(InvariantKind Kind, string Value, int Start, int Length);
