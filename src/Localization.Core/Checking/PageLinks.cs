using System.Collections.Frozen;

namespace Localization.Core.Checking;

/// <summary>A relative link of a translated page, kept for the project-wide link pass.</summary>
/// <param name="Url">The destination as written.</param>
/// <param name="Line">1-based line in the translated page.</param>
/// <param name="Column">1-based column.</param>
/// <param name="EndLine">Line of its end.</param>
/// <param name="EndColumn">Column after its end.</param>
/// <param name="SourceUnitId">Stable id of the English unit it belongs to, when aligned.</param>
// A struct in the page's array: every page's links live until the last page is checked, and a young collection
// traced and copied one object per link (see PageLinks).
public readonly record struct LocalLink(string Url, int Line, int Column, int EndLine, int EndColumn, string? SourceUnitId)
{
    /// <summary>The path of <paramref name="url"/> (before '?' and '#') and its #fragment decoded ("" when none).</summary>
    internal static (string Path, string Fragment) Split(string url)
    {
        var path = PathOf(url);
        return (path.Length == url.Length ? url : path.ToString(), FragmentOf(url));
    }

    /// <summary>The path of <paramref name="url"/> (before '?' and '#'), read in place.</summary>
    internal static ReadOnlySpan<char> PathOf(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash >= 0 ? url.AsSpan(0, hash) : url.AsSpan();
        var query = path.IndexOf('?');
        return query >= 0 ? path[..query] : path;
    }

    /// <summary>The #fragment of <paramref name="url"/> decoded ("" when none).</summary>
    internal static string FragmentOf(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : "";
    }

    /// <summary>Whether the link pass looks at a link with this path: another Markdown page of the project, by a relative path.</summary>
    internal static bool IsPagePath(ReadOnlySpan<char> path) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !path.StartsWith('/') && !path.Contains(':');
}

/// <summary>A translated heading and where to put an explicit id on it.</summary>
/// <param name="Line">1-based line of the heading.</param>
/// <param name="Text">The heading as written (one line).</param>
/// <param name="HasExplicitId">True when it already has '{ #… }'.</param>
/// <param name="Id">Its id in the translated page.</param>
// A struct held in its dictionary's entries: one object fewer per heading kept for the whole run.
public readonly record struct TranslatedHeading(int Line, string Text, bool HasExplicitId, string? Id = null);

/// <summary>A link of the page whose #fragment changed, with its place (see <see cref="Rules.Links.AnchorChange"/>).</summary>
public sealed record PlacedAnchorChange(Rules.Links.AnchorChange Change, LocalLink Link);

/// <summary>
/// What the project-wide link pass needs of one checked pair, and nothing more: every page's table lives until the
/// last page is checked, so each young collection of a run copied the tables made since the one before (13 MB of
/// a 31-language run's 84 MB held after its last page: both pages' anchors, every relative link, every heading).
/// </summary>
/// <param name="MissingIds">The English page's ids that the translated page lacks: a link to one of them is broken.</param>
/// <param name="Links">The links the pass checks, in page order: to another Markdown page of the project, or to one of <paramref name="MissingIds"/> of this page.</param>
/// <param name="HeadingsBySourceId">The translated heading aligned with each English heading id.</param>
public sealed record PageLinks(IReadOnlySet<string> MissingIds, IReadOnlyList<LocalLink> Links, IReadOnlyDictionary<string, TranslatedHeading> HeadingsBySourceId)
{
    internal static IReadOnlySet<string> NoIds { get; } = FrozenSet<string>.Empty;

    internal static IReadOnlyDictionary<string, TranslatedHeading> NoHeadings { get; } = FrozenDictionary<string, TranslatedHeading>.Empty;

    /// <summary>Links whose only change is their #fragment: accepted when it names the translated heading.</summary>
    public IReadOnlyList<PlacedAnchorChange> AnchorChanges { get; init; } = [];

    /// <summary>The English heading of each English heading id (line and text), named by anchor-broken findings.</summary>
    public IReadOnlyDictionary<string, TranslatedHeading> SourceHeadingsById { get; init; } = NoHeadings;

    /// <summary>
    /// False when <see cref="HeadingsBySourceId"/> holds only the headings of <see cref="MissingIds"/> (a page of the
    /// run): a changed #fragment that names another English id needs the page's table with every heading.
    /// </summary>
    public bool AllHeadings { get; init; } = true;

    /// <summary>The translated heading aligned with the English heading of <paramref name="sourceId"/>, if any.</summary>
    public TranslatedHeading? HeadingOf(string sourceId) => HeadingsBySourceId.TryGetValue(sourceId, out var heading) ? heading : null;

    /// <summary>The English heading of <paramref name="sourceId"/>, if any.</summary>
    public TranslatedHeading? SourceHeadingOf(string sourceId) => SourceHeadingsById.TryGetValue(sourceId, out var heading) ? heading : null;
}

/// <summary>What the link tables of every translation of one English page take from it, made once per English page.</summary>
/// <param name="Anchors">The English page's anchors.</param>
/// <param name="Parts">Its units' own anchor parts, for the translated units read from them.</param>
/// <param name="Headings">The English page's headings by id (named by anchor-broken findings).</param>
internal sealed record EnglishLinks(Analysis.PageAnchors Anchors, Analysis.PageAnchors.EnglishAnchorParts Parts, IReadOnlyDictionary<string, TranslatedHeading> Headings)
{
    /// <summary>The English page's ids in the order of <see cref="Analysis.PageAnchors.Ids"/>: walked for every language without an enumerator.</summary>
    public string[] Ids { get; } = [.. Anchors.Ids];

    public static EnglishLinks Of(Units.PageModel page, Text.SlugStyle style)
    {
        var anchors = Analysis.PageAnchors.Of(page, style);
        return new EnglishLinks(anchors, new Analysis.PageAnchors.EnglishAnchorParts(page, style), CheckEngine.EnglishHeadings(page, anchors));
    }
}
