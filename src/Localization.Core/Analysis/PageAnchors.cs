using System.Text.RegularExpressions;
using Localization.Core.Text;
using Localization.Core.Units;

namespace Localization.Core.Analysis;

/// <summary>
/// The anchor ids a page has once MkDocs renders it, computed like Python-Markdown's toc: ids already in
/// the document (attribute lists, raw HTML) first, then one slug per heading without an explicit id,
/// made unique with toc's <c>_1</c>, <c>_2</c> suffixes.
/// </summary>
public sealed partial class PageAnchors
{
    private PageAnchors(HashSet<string> ids, Dictionary<int, string> headingIds)
    {
        Ids = ids;
        HeadingIds = headingIds;
    }

    /// <summary>Every id of the page.</summary>
    public IReadOnlySet<string> Ids { get; }

    /// <summary>The id of each heading unit, by unit index.</summary>
    public IReadOnlyDictionary<int, string> HeadingIds { get; }

    [GeneratedRegex(@"\bid\s*=\s*(?:""(?<id>[^""]+)""|'(?<id>[^']+)'|(?<id>[^\s>""']+))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HtmlId();

    public static PageAnchors Of(PageModel page, SlugStyle style) => Of(page, style, null);

    /// <summary>
    /// The anchors of a translated page of <paramref name="english"/>'s English page: a unit read from its English
    /// twin's Markdown (see <see cref="TranslationUnit.EnglishTwin"/>) has the twin's attribute and HTML ids and the
    /// twin's heading slug before it is made unique, taken from <paramref name="english"/> instead of being split,
    /// matched and slugged again for every language (the translated pages' anchors were half of the link tables' cost
    /// on a 31-language site).
    /// </summary>
    internal static PageAnchors Of(PageModel page, SlugStyle style, EnglishAnchorParts? english)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var headingIds = new Dictionary<int, string>();
        var units = page.Units;
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (english?.PartsOf(unit) is { } parts)
            {
                foreach (var id in parts.Ids)
                {
                    ids.Add(id);
                }
            }
            else
            {
                AddIds(page, unit, ids);
            }

            if (unit.Kind == UnitKind.Heading && unit.ExplicitId is { } explicitId)
            {
                headingIds[unit.Index] = explicitId;
            }
        }

        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var u = 0; u < units.Count; u++)
        {
            var unit = units[u];
            if (unit.Kind == UnitKind.Heading && unit.ExplicitId is null)
            {
                var slug = english?.PartsOf(unit)?.Slug ?? Slugifier.Slugify(unit.HeadingText ?? "", style);
                headingIds[unit.Index] = Slugifier.Unique(slug, ids, style, resolved);
            }
        }

        return new PageAnchors(ids, headingIds);
    }

    /// <summary>The attribute-list and HTML ids of one unit, in the order <see cref="Of(PageModel, SlugStyle)"/> adds them.</summary>
    private static void AddIds(PageModel page, TranslationUnit unit, ICollection<string> ids)
    {
        // Asked of each unit's kinds first: the invariants' boxed enumerators were 7 MB of a 31-language check.
        for (var k = 0; unit.Has(InvariantKind.Attributes) && k < unit.Invariants.Count; k++)
        {
            var invariant = unit.Invariants[k];
            if (invariant.Kind == InvariantKind.Attributes)
            {
                foreach (var part in invariant.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    if (part.StartsWith('#') && part.Length > 1)
                    {
                        ids.Add(part[1..]);
                    }
                }
            }
        }

        if (unit.Kind == UnitKind.Html || unit.Has(InvariantKind.HtmlTag))
        {
            foreach (Match m in HtmlId().Matches(page.Text[unit.Start..unit.End]))
            {
                ids.Add(m.Groups["id"].Value);
            }
        }
    }

    /// <summary>
    /// What each unit of an English page gives its page's anchors by itself (its ids, its heading's slug before it is
    /// made unique), made once per English page for its translations' units that are read from its units.
    /// </summary>
    internal sealed class EnglishAnchorParts
    {
        private readonly IReadOnlyList<TranslationUnit> _units;
        private readonly UnitParts?[] _parts;

        public EnglishAnchorParts(PageModel page, SlugStyle style)
        {
            _units = page.Units;
            _parts = new UnitParts?[_units.Count];
            var ids = new List<string>();
            for (var u = 0; u < _units.Count; u++)
            {
                var unit = _units[u];
                ids.Clear();
                AddIds(page, unit, ids);
                var slug = unit.Kind == UnitKind.Heading && unit.ExplicitId is null ? Slugifier.Slugify(unit.HeadingText ?? "", style) : null;
                _parts[u] = ids.Count == 0 && slug is null ? UnitParts.None : new UnitParts([.. ids], slug);
            }
        }

        /// <summary>
        /// The parts of the English twin <paramref name="unit"/> is read from, when it is one of this page's and of
        /// the same kind (the kind decides whether HTML ids are looked for); else null and the unit is read itself.
        /// </summary>
        public UnitParts? PartsOf(TranslationUnit unit) =>
            unit.ReadsTwin && unit.EnglishTwin is { } twin && (uint)twin.Index < (uint)_units.Count && ReferenceEquals(_units[twin.Index], twin) && twin.Kind == unit.Kind
                ? _parts[twin.Index]
                : null;
    }

    /// <param name="Ids">The unit's attribute-list and HTML ids in page order (duplicates kept: the set takes each once).</param>
    /// <param name="Slug">A heading's slug without an explicit id, before it is made unique; else null.</param>
    internal sealed record UnitParts(string[] Ids, string? Slug)
    {
        /// <summary>A unit without ids that is no heading to slug (most units): one instance for all.</summary>
        public static UnitParts None { get; } = new([], null);
    }
}
