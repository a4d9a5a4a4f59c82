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

    public static PageAnchors Of(PageModel page, SlugStyle style)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var headingIds = new Dictionary<int, string>();
        foreach (var unit in page.Units)
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

            if (unit.Kind == UnitKind.Heading && unit.ExplicitId is { } explicitId)
            {
                headingIds[unit.Index] = explicitId;
            }
        }

        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unit in page.Units)
        {
            if (unit.Kind == UnitKind.Heading && unit.ExplicitId is null)
            {
                headingIds[unit.Index] = Slugifier.Unique(Slugifier.Slugify(unit.HeadingText ?? "", style), ids, style, resolved);
            }
        }

        return new PageAnchors(ids, headingIds);
    }
}
