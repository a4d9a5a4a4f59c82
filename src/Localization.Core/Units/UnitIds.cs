namespace Localization.Core.Units;

/// <summary>
/// The ids of a page's units, made when one is first asked for: a check needs the ids of the few units with
/// findings, and making every unit's id up front (its path key, a hash of its text, a dictionary of repeats) was
/// 57 MB and a tenth of reading the pages of a 31-language check. Made once for the whole page, because a
/// repeated id's number counts the repeats before it; a race makes the same ids twice.
/// </summary>
internal sealed class UnitIds(IReadOnlyList<TranslationUnit> units)
{
    private string[]? _ids;

    public string Of(int index) => (_ids ??= Make(units))[index];

    private static string[] Make(IReadOnlyList<TranslationUnit> units)
    {
        var ids = new string[units.Count];
        var seen = new Dictionary<string, int>(units.Count, StringComparer.Ordinal);
        for (var k = 0; k < units.Count; k++)
        {
            var u = units[k];
            var baseId = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{u.Path.Key}/{PageReader.KindCode(u.Kind)}-{u.TextHash:x8}");
            var n = seen.TryGetValue(baseId, out var count) ? count + 1 : 1;
            seen[baseId] = n;
            ids[k] = n == 1 ? baseId : $"{baseId}~{n}";
        }

        return ids;
    }
}
