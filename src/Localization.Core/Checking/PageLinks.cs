using Localization.Core.Analysis;

namespace Localization.Core.Checking;

/// <summary>A relative link of a translated page, kept for the project-wide link pass.</summary>
/// <param name="Url">The destination as written.</param>
/// <param name="Line">1-based line in the translated page.</param>
/// <param name="Column">1-based column.</param>
/// <param name="EndLine">Line of its end.</param>
/// <param name="EndColumn">Column after its end.</param>
/// <param name="SourceUnitId">Stable id of the English unit it belongs to, when aligned.</param>
public sealed record LocalLink(string Url, int Line, int Column, int EndLine, int EndColumn, string? SourceUnitId);

/// <summary>A translated heading and where to put an explicit id on it.</summary>
/// <param name="Line">1-based line of the heading.</param>
/// <param name="Text">The heading as written (one line).</param>
/// <param name="HasExplicitId">True when it already has '{ #… }'.</param>
/// <param name="Id">Its id in the translated page.</param>
public sealed record TranslatedHeading(int Line, string Text, bool HasExplicitId, string? Id = null);

/// <summary>A link of the page whose #fragment changed, with its place (see <see cref="Rules.Links.AnchorChange"/>).</summary>
public sealed record PlacedAnchorChange(Rules.Links.AnchorChange Change, LocalLink Link);

/// <summary>What the project-wide link pass needs of one checked pair.</summary>
/// <param name="SourceAnchors">Ids of the English page.</param>
/// <param name="TargetAnchors">Ids of the translated page.</param>
/// <param name="Links">Relative links (and #fragments) of the translated page.</param>
/// <param name="HeadingsBySourceId">The translated heading aligned with each English heading id.</param>
public sealed record PageLinks(PageAnchors SourceAnchors, PageAnchors TargetAnchors, IReadOnlyList<LocalLink> Links, IReadOnlyDictionary<string, TranslatedHeading> HeadingsBySourceId)
{
    /// <summary>Links whose only change is their #fragment: accepted when it names the translated heading.</summary>
    public IReadOnlyList<PlacedAnchorChange> AnchorChanges { get; init; } = [];

    /// <summary>The English heading of each English heading id (line and text), named by anchor-broken findings.</summary>
    public IReadOnlyDictionary<string, TranslatedHeading> SourceHeadingsById { get; init; } = new Dictionary<string, TranslatedHeading>();
}
