using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;

namespace Localization.Core.Export;

/// <summary>What the XML formats share: writer settings and text XML 1.0 can carry.</summary>
internal static partial class XmlSafe
{
    /// <summary>
    /// Fragment writers that check every character: the file is built page by page, and indentation is
    /// written by hand, since an indenting writer would add whitespace inside mixed content.
    /// </summary>
    public static XmlWriterSettings Settings { get; } = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        OmitXmlDeclaration = true,
        CheckCharacters = true,
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>
    /// A language as the XLIFF language attributes (<c>xs:language</c>) take it: the translation path's spelling
    /// with '_' as '-' (<c>pt_BR</c>, Crowdin's <c>%locale_with_underscore%</c>, is <c>pt-BR</c>), or <c>und</c>
    /// (undetermined) when it is still no language tag (a part longer than 8 characters: <c>portuguese</c>).
    /// </summary>
    public static string LanguageTag(string language)
    {
        var tag = language.Replace('_', '-');
        return LanguagePattern().IsMatch(tag) ? tag : "und";
    }

    /// <summary>The pattern of <c>xs:language</c>.</summary>
    [GeneratedRegex("^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")]
    private static partial Regex LanguagePattern();

    /// <summary>Text for notes, contexts and attributes: characters XML forbids shown as <c>\u0007</c>.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        StringBuilder? sb = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (InlineSegmenter.IsUnwritable(text, i))
            {
                sb ??= new StringBuilder(text, 0, i, text.Length + 8);
                sb.Append("\\u").Append(((int)text[i]).ToString("x4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb?.Append(text[i]);
            }
        }

        return sb?.ToString() ?? text;
    }
}
