using Localization.Core.Checking;
using Localization.Core.Findings;

namespace Localization.Core.Freshness;

/// <summary>
/// The freshness of one checked page pair, from its findings: <see cref="FreshnessVerdict.Outdated"/> when the
/// translation lacks English content, <see cref="FreshnessVerdict.OutdatedMinor"/> when only headings or markup
/// differ. <see cref="Evidence"/> counts the findings that made it outdated, so equally outdated pages can be
/// ordered stalest first.
/// </summary>
public sealed record PageFreshness(FreshnessVerdict Verdict, int Evidence)
{
    public static PageFreshness UpToDate { get; } = new(FreshnessVerdict.UpToDate, 0);

    /// <summary>Rules whose findings (warning or error) mean English content is missing from the translation.</summary>
    private static readonly HashSet<string> ContentRules = new(StringComparer.Ordinal)
    {
        "missing-file", "invalid-file", "missing-block", "code-mismatch", "link-mismatch", "image-mismatch",
        "footnote-mismatch", "snippet-mismatch", "removed-block", "shortcode-mismatch",
    };

    /// <summary>Content drift: counted at any severity, since they are deliberately quiet (info) to stay readable.</summary>
    private static readonly HashSet<string> DriftRules = new(StringComparer.Ordinal)
    {
        "sentence-count-mismatch", "length-mismatch",
    };

    /// <summary>Rules about form only: the text is all there.</summary>
    private static readonly HashSet<string> FormRules = new(StringComparer.Ordinal)
    {
        "heading-mismatch", "markup-mismatch", "admonition-mismatch", "front-matter-mismatch", "extra-block",
    };

    /// <summary>
    /// The verdict of a page from its own findings. Info findings of the other rules are cosmetic by
    /// construction (a localised link, a code comment translated) and never make a page outdated; untranslated
    /// text is coverage, not staleness (the English is there, only not yet translated).
    /// </summary>
    public static PageFreshness Of(IEnumerable<Finding> findings)
    {
        int content = 0, form = 0;
        // A page's findings are mostly of a few rules, each name one string object: the sets are asked once per run of
        // one rule, not three times per finding (hashing the name each time was 26 of 2,244 samples of the
        // all-English site's Native AOT check, for its 230,000 findings).
        string? rule = null;
        var kind = RuleKind.Other;
        foreach (var f in findings)
        {
            if (!ReferenceEquals(f.Rule, rule))
            {
                rule = f.Rule;
                kind = KindOf(rule);
            }

            if (kind == RuleKind.Drift || (kind == RuleKind.Content && f.Severity >= Severity.Warning))
            {
                content++;
            }
            else if (kind == RuleKind.Form && f.Severity >= Severity.Warning)
            {
                form++;
            }
        }

        return content > 0 ? new PageFreshness(FreshnessVerdict.Outdated, content)
            : form > 0 ? new PageFreshness(FreshnessVerdict.OutdatedMinor, form)
            : UpToDate;
    }

    private enum RuleKind
    {
        Other,
        Drift,
        Content,
        Form,
    }

    private static RuleKind KindOf(string rule) =>
        DriftRules.Contains(rule) ? RuleKind.Drift
        : ContentRules.Contains(rule) ? RuleKind.Content
        : FormRules.Contains(rule) ? RuleKind.Form
        : RuleKind.Other;

    public static PageFreshness Of(FileResult file) => Of(file.Findings);

    /// <summary>Stalest first: outdated before minor before up to date, then more evidence first.</summary>
    public static int CompareStalestFirst(PageFreshness a, PageFreshness b)
    {
        var c = b.Verdict.CompareTo(a.Verdict);
        return c != 0 ? c : b.Evidence.CompareTo(a.Evidence);
    }
}
