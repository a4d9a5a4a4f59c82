using System.Text;
using System.Text.RegularExpressions;

namespace Localization.Core.Crowdin;

/// <summary>
/// Builds a translation path the way the Crowdin CLI does: language placeholders, then file
/// placeholders and <c>**</c> (TranslationsUtils.replaceDoubleAsterisk), then each
/// <c>translation_replace</c> pair as a plain replacement over the whole path, in document order
/// (PropertiesBeanUtils.useTranslationReplace), collapsing repeated '/'.
/// </summary>
internal static partial class TranslationPathBuilder
{
    /// <summary>
    /// The translation path for <paramref name="source"/>, relative to the base path, or null when the
    /// result is unusable (empty, or escaping the base path through a <c>translation_replace</c> value).
    /// </summary>
    public static string? Build(CrowdinFileGroup group, GlobMatch source, LanguageTarget language) => Build(group, source, ForLanguage(group, language));

    /// <summary>
    /// <see cref="Build(CrowdinFileGroup, GlobMatch, LanguageTarget)"/> from the group's pattern already filled in for
    /// the language (<see cref="ForLanguage"/>): the language's part is the same for every source file of the group,
    /// and filling it in again for each of a site's 3,900 translations was a tenth of planning a 31-language run.
    /// </summary>
    public static string? Build(CrowdinFileGroup group, GlobMatch source, string languagePattern)
    {
        var text = Finish(group, PlaceholderExpander.ExpandFile(languagePattern, source.RelativePath, source.DoubleStarPath));
        return PathGuard.IsSafeRelative(text) ? text : null;
    }

    /// <summary>The group's translation pattern with <paramref name="language"/>'s placeholders filled in, file placeholders left.</summary>
    public static string ForLanguage(CrowdinFileGroup group, LanguageTarget language) =>
        PlaceholderExpander.ExpandLanguage(group.Translation.Replace('\\', '/'), language, group.LanguagesMapping);

    /// <summary>
    /// The translation path with each language placeholder left as a marker, so discovery can list the
    /// directories that could hold it. Markers are private-use characters that cannot occur in paths
    /// written by users; <see cref="MarkerPlaceholder"/> maps them back.
    /// </summary>
    public static string Template(CrowdinFileGroup group, GlobMatch source)
    {
        var text = PlaceholderExpander.Substitute(
            group.Translation.Replace('\\', '/'),
            name => IndexOfPlaceholder(name) is var index and >= 0 ? Marker(index).ToString() : null,
            doubleStar: null);
        return Finish(group, PlaceholderExpander.ExpandFile(text, source.RelativePath, source.DoubleStarPath));
    }

    /// <summary>True if a template segment still depends on the language.</summary>
    public static bool HasMarker(string segment) => segment.Any(IsMarker);

    /// <summary>The placeholder name for a marker character.</summary>
    public static string MarkerPlaceholder(char marker) => PlaceholderExpander.LanguagePlaceholders[marker - FirstMarker];

    /// <summary>
    /// A regex for one template segment: literal text matched exactly, each marker captured (group
    /// named <c>p{index}_{n}</c>) as one or more characters.
    /// </summary>
    public static Regex SegmentRegex(string segment)
    {
        var sb = new StringBuilder("^");
        var literal = new StringBuilder();
        var n = 0;
        foreach (var c in segment)
        {
            if (IsMarker(c))
            {
                sb.Append(Regex.Escape(literal.ToString()));
                literal.Clear();
                sb.Append("(?<p").Append(c - FirstMarker).Append('_').Append(n++).Append(">.+?)");
            }
            else
            {
                literal.Append(c);
            }
        }

        sb.Append(Regex.Escape(literal.ToString())).Append('$');
        return new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, TimeSpan.FromSeconds(1));
    }

    /// <summary>Placeholder name and value for every capture of a successful <see cref="SegmentRegex"/> match.</summary>
    public static IEnumerable<(string Placeholder, string Value)> Captures(Regex regex, Match match)
    {
        foreach (var name in regex.GetGroupNames())
        {
            if (name.StartsWith('p') && match.Groups[name] is { Success: true } group)
            {
                var index = int.Parse(name.AsSpan(1, name.IndexOf('_', StringComparison.Ordinal) - 1), System.Globalization.CultureInfo.InvariantCulture);
                yield return (PlaceholderExpander.LanguagePlaceholders[index], group.Value);
            }
        }
    }

    private const char FirstMarker = '\uE000';

    private static int IndexOfPlaceholder(string name)
    {
        for (var i = 0; i < PlaceholderExpander.LanguagePlaceholders.Count; i++)
        {
            if (PlaceholderExpander.LanguagePlaceholders[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    private static char Marker(int index) => (char)(FirstMarker + index);

    private static bool IsMarker(char c) => c >= FirstMarker && c < FirstMarker + PlaceholderExpander.LanguagePlaceholders.Count;

    private static string Finish(CrowdinFileGroup group, string text)
    {
        text = Slashes().Replace(text, "/");
        foreach (var (from, to) in group.TranslationReplace)
        {
            if (from.Length > 0)
            {
                text = text.Replace(from, to, StringComparison.Ordinal);
            }
        }

        return Slashes().Replace(text, "/").Trim('/');
    }

    [GeneratedRegex("/{2,}")]
    private static partial Regex Slashes();
}
