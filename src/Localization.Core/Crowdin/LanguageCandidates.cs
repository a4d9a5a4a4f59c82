namespace Localization.Core.Crowdin;

/// <summary>
/// Turns a value found where a language placeholder stands back into language codes to try. Values
/// mapped in <c>languages_mapping</c> give their Crowdin id keys only; otherwise the value itself
/// (or, for catalog-based placeholders, the catalog ids that produce it). Candidates are only
/// guesses: discovery confirms each one by building the path forward.
/// </summary>
internal static class LanguageCandidates
{
    public static IEnumerable<string> FromCaptures(
        IEnumerable<(string Placeholder, string Value)> captures,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> mapping)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (placeholder, value) in captures)
        {
            foreach (var candidate in FromValue(placeholder, value, mapping))
            {
                if (LanguageCatalog.IsValidCode(candidate))
                {
                    result.Add(candidate);
                }
            }
        }

        return result;
    }

    private static List<string> FromValue(
        string placeholder,
        string value,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> mapping)
    {
        var mapped = MappedKeys(mapping, placeholder, value, v => v).ToList();
        if (placeholder == "language")
        {
            mapped.AddRange(MappedKeys(mapping, "name", value, v => v));
        }

        if (placeholder == "locale_with_underscore")
        {
            mapped.AddRange(MappedKeys(mapping, "locale", value, v => v.Replace('-', '_')));
        }

        if (mapped.Count > 0)
        {
            return mapped;
        }

        // Catalog-based placeholders: prefer the catalog ids that produce the value, so a directory like
        // values-ko-rKR is reported as "ko", not also as the derived "ko-KR". A ko_KR directory is ko-KR alone:
        // ko_KR would give the same path, and its pages would be checked twice, as two languages.
        return placeholder switch
        {
            "locale_with_underscore" => [value.Replace('_', '-')],
            "three_letters_code" => CatalogOr(l => l.ThreeLetters == value, value),
            "android_code" => CatalogOr(l => l.AndroidCode == value, value.Replace("-r", "-", StringComparison.Ordinal)),
            "osx_code" => CatalogOr(
                l => l.OsxCode == value,
                value.EndsWith(".lproj", StringComparison.Ordinal) ? value[..^".lproj".Length] : value),
            "language" => CatalogOr(l => l.Name == value, value),
            _ => [value],
        };
    }

    private static IEnumerable<string> MappedKeys(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> mapping,
        string placeholder,
        string value,
        Func<string, string> project)
    {
        if (!mapping.TryGetValue(placeholder, out var byLanguage))
        {
            yield break;
        }

        foreach (var (id, code) in byLanguage)
        {
            if (string.Equals(project(code), value, StringComparison.Ordinal))
            {
                yield return id;
            }
        }
    }

    private static List<string> CatalogOr(Func<LanguageCodes, bool> predicate, string derived)
    {
        var known = LanguageCatalog.All.Where(predicate).Select(l => l.Id).ToList();
        return known.Count > 0 ? known : [derived];
    }
}
