using Localization.Core.Units;

namespace Localization.Core.Alignment;

/// <summary>
/// Which kinds of units and of invariants a page has at all: a rule about links, images, footnotes, code, Hugo
/// shortcodes, headings or string tables skips a page pair where neither side has any, instead of asking every
/// matched pair (a dozen rules walk every pair of every page of a site; most pages have no image, footnote, code or
/// shortcode). Made once per English page and once per translation.
/// </summary>
internal readonly record struct PageKinds(int Invariants, long Units)
{
    public static PageKinds Of(IReadOnlyList<TranslationUnit> units)
    {
        int invariants = 0;
        long kinds = 0;
        for (var k = 0; k < units.Count; k++)
        {
            invariants |= units[k].InvariantKinds;
            kinds |= 1L << (int)units[k].Kind;
        }

        return new PageKinds(invariants, kinds);
    }

    public bool Has(InvariantKind kind) => (Invariants & (1 << (int)kind)) != 0;

    public bool Has(UnitKind kind) => (Units & (1L << (int)kind)) != 0;
}
