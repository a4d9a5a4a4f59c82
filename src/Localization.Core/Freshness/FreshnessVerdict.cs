namespace Localization.Core.Freshness;

/// <summary>How far a translated page lags its English, stalest last (so the order is the staleness).</summary>
public enum FreshnessVerdict
{
    /// <summary>Nothing of the English is missing from the translation (cosmetic differences are fine).</summary>
    UpToDate = 0,

    /// <summary>Only headings or markup differ: the text is all there, its form lags.</summary>
    OutdatedMinor = 1,

    /// <summary>The translation lacks English content: blocks, code, links, sentences or text.</summary>
    Outdated = 2,
}

/// <summary>The verdicts as reports spell them.</summary>
public static class FreshnessVerdicts
{
    public static string Name(this FreshnessVerdict verdict) => verdict switch
    {
        FreshnessVerdict.Outdated => "outdated",
        FreshnessVerdict.OutdatedMinor => "outdated-minor",
        _ => "up-to-date",
    };
}
