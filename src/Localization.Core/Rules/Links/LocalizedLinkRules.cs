using System.Text.RegularExpressions;

namespace Localization.Core.Rules.Links;

/// <summary>
/// One way a link may change in a translation (<c>localized_links:</c> in l10n.yml): an English destination
/// matching <see cref="From"/> may become <see cref="To"/> with the translation's language filled in.
/// <c>*</c> in <see cref="From"/> matches any text, which <c>*</c> in <see cref="To"/> repeats; without
/// <c>*</c>, <see cref="From"/> is a prefix and the rest of the destination follows <see cref="To"/>.
/// <c>{lang}</c> in <see cref="To"/> is the language's marker (its code as checked, unless
/// <see cref="Markers"/> maps it: ko → ko-kr), <c>{name}</c> the language's own name (Français, 한국어).
/// </summary>
/// <param name="From">The English destination pattern (<c>https://www.privacyguides.org/en/</c>, <c>/docs/</c>).</param>
/// <param name="To">The translated destination pattern (<c>https://www.privacyguides.org/{lang}/</c>, <c>/{lang}/docs/</c>).</param>
/// <param name="Markers">Language code → the marker the site uses for it (<c>ko: ko-kr</c>); other languages use their code.</param>
/// <param name="Where">Where the rule is written (<c>l10n.yml:12:5</c>), for messages.</param>
public sealed record LocalizedLinkRule(string From, string To, IReadOnlyDictionary<string, string> Markers, string Where)
{
    /// <summary>The destination <paramref name="source"/> becomes in <paramref name="language"/>, or null when the rule does not apply to it.</summary>
    public string? Localize(string source, string language)
    {
        var star = From.IndexOf('*', StringComparison.Ordinal);
        string rest;
        if (star < 0)
        {
            if (!source.StartsWith(From, StringComparison.Ordinal))
            {
                return null;
            }

            rest = source[From.Length..];
        }
        else
        {
            var (head, tail) = (From[..star], From[(star + 1)..]);
            if (source.Length < head.Length + tail.Length || !source.StartsWith(head, StringComparison.Ordinal) || !source.EndsWith(tail, StringComparison.Ordinal))
            {
                return null;
            }

            rest = source[head.Length..^tail.Length];
        }

        var to = To.Replace("{lang}", Markers.GetValueOrDefault(language) ?? language, StringComparison.Ordinal)
            .Replace("{name}", LanguageNames.NativeName(language) ?? language, StringComparison.Ordinal);
        return to.Contains('*', StringComparison.Ordinal) ? to.Replace("*", rest, StringComparison.Ordinal) : to + rest;
    }
}

/// <summary>
/// The project's localised-link rules: the one place that says how a link may legitimately change per
/// language. link-mismatch accepts what they allow; later views (freshness, Hugo's <c>/ko/docs/</c>) ask
/// <see cref="Localize"/> for the translated destination of an English one.
/// </summary>
public sealed record LocalizedLinkRules(IReadOnlyList<LocalizedLinkRule> Rules)
{
    public static LocalizedLinkRules None { get; } = new([]);

    /// <summary>Every destination the rules allow for <paramref name="source"/> in <paramref name="language"/>.</summary>
    public IEnumerable<string> Localize(string source, string language) =>
        Rules.Select(r => r.Localize(source, language)).OfType<string>();

    /// <summary>True when a rule allows <paramref name="source"/> to become <paramref name="target"/> in <paramref name="language"/>.</summary>
    public bool Accepts(string source, string target, string language)
    {
        if (Rules.Count == 0)
        {
            return false;
        }

        var wanted = Comparable(target);
        return Localize(LinkMismatchRule.NormalizeUrl(source), language).Any(l => Comparable(LinkMismatchRule.NormalizeUrl(l)) == wanted)
            || Localize(source, language).Any(l => Comparable(l) == wanted);
    }

    /// <summary>Percent-encoding and case do not make another destination (<c>Fran%C3%A7ais</c> = <c>Français</c>).</summary>
    private static string Comparable(string url)
    {
        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(LinkMismatchRule.NormalizeUrl(url));
        }
        catch (UriFormatException)
        {
            decoded = url;
        }

        return decoded.ToLowerInvariant();
    }
}

/// <summary>Names and URL markers of a language, as sites put them in localised URLs.</summary>
public static partial class LanguageNames
{
    /// <summary>The language's own name (Français, 한국어), capitalised, or null when the runtime has no data for it.</summary>
    public static string? NativeName(string language) => Culture(language) is { } c ? NativeName(c) : null;

    private static string NativeName(System.Globalization.CultureInfo culture) => Capitalize(culture.NativeName);

    /// <summary>Its English name (French, Korean), or null.</summary>
    public static string? EnglishName(string language) => Culture(language)?.EnglishName;

    private static System.Globalization.CultureInfo? Culture(string language)
    {
        var code = language.Split('-', '_')[0];
        try
        {
            var culture = System.Globalization.CultureInfo.GetCultureInfo(code, predefinedOnly: true);
            return culture.IsNeutralCulture && !string.IsNullOrEmpty(culture.NativeName) && culture.Name.Length > 0 ? culture : null;
        }
        catch (System.Globalization.CultureNotFoundException)
        {
            return null;
        }
    }

    private static string Capitalize(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;

    /// <summary>
    /// The markers of <paramref name="language"/> in a URL removed: its code alone or with a region
    /// (<c>/ko/</c>, <c>/ko-kr/</c>, <c>.fr.</c>, <c>hl=ko</c>) and its names in parentheses (<c>_(Français)</c>,
    /// <c>(Korean)</c>), as sites write them in the address of one language's page.
    /// </summary>
    public static string WithoutMarkers(string url, string language)
    {
        if (!MayHaveMarker(url, language))
        {
            return url;
        }

        var code = Regex.Escape(language.Split('-', '_')[0]);
        // One culture lookup for both names: each asks ICU whether the culture is predefined.
        var culture = Culture(language);
        var names = culture is null ? [] : new[] { Regex.Escape(NativeName(culture)), Regex.Escape(culture.EnglishName) };
        var named = names.Length > 0 ? $@"|_?\((?:{string.Join("|", names)})\)" : "";
        // Static Regex methods cache the few patterns a run builds (one per language).
        return Regex.Replace(url, $@"(?<=^|[/._=]){code}(?:[-_][a-z]{{2,4}})?(?=$|[/._&#?]){named}", "", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>
    /// False when <see cref="WithoutMarkers"/> can find nothing to remove: an ASCII address without a '(' (where a name
    /// would be) and without the language's code between the separators a marker needs. Most changed links of a site
    /// have none, and each call built its pattern and looked the culture up, the run's 32 patterns (a language's
    /// and English's) more than the regex cache's 15: 27 samples for 1,600 calls in the AOT profile of a 31-language
    /// site. Held to the regex by <c>LocalizedLinkTests</c>.
    /// </summary>
    private static bool MayHaveMarker(string url, string language)
    {
        var dash = language.AsSpan().IndexOfAny('-', '_');
        var code = dash < 0 ? language.AsSpan() : language.AsSpan(0, dash);
        if (code.Length == 0 || !System.Text.Ascii.IsValid(url) || url.Contains('(', StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var c in code)
        {
            if (!char.IsAsciiLetter(c))
            {
                return true; // only ASCII letters match nothing but their own two cases in an ASCII address
            }
        }

        for (var at = url.AsSpan().IndexOf(code, StringComparison.OrdinalIgnoreCase); at >= 0;)
        {
            var end = at + code.Length;
            // '\n' too: the regex's '$' (without Multiline) also matches before a final line feed.
            if ((at == 0 || url[at - 1] is '/' or '.' or '_' or '=') && (end == url.Length || url[end] is '/' or '.' or '_' or '&' or '#' or '?' or '-' or '\n'))
            {
                return true;
            }

            var next = url.AsSpan(at + 1).IndexOf(code, StringComparison.OrdinalIgnoreCase);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
