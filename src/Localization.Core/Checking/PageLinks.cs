using Localization.Core.Analysis;

namespace Localization.Core.Checking;

/// <summary>A relative link of a translated page, kept for the project-wide link pass.</summary>
/// <param name="Url">The destination as written.</param>
/// <param name="Start">Offset in the translated page.</param>
/// <param name="End">Offset after it.</param>
/// <param name="SourceUnitId">Stable id of the English unit it belongs to, when aligned.</param>
public sealed record LocalLink(string Url, int Start, int End, string? SourceUnitId);

/// <summary>A translated heading and where to put an explicit id on it.</summary>
/// <param name="Line">1-based line of the heading.</param>
/// <param name="Text">The heading as written (one line).</param>
/// <param name="HasExplicitId">True when it already has '{ #… }'.</param>
public sealed record TranslatedHeading(int Line, string Text, bool HasExplicitId);

/// <summary>What the project-wide link pass needs of one checked pair.</summary>
/// <param name="SourceAnchors">Ids of the English page.</param>
/// <param name="TargetAnchors">Ids of the translated page.</param>
/// <param name="Links">Relative links (and #fragments) of the translated page.</param>
/// <param name="HeadingsBySourceId">The translated heading aligned with each English heading id.</param>
/// <param name="Lines">Line map of the translated page, for positions.</param>
public sealed record PageLinks(PageAnchors SourceAnchors, PageAnchors TargetAnchors, IReadOnlyList<LocalLink> Links, IReadOnlyDictionary<string, TranslatedHeading> HeadingsBySourceId, Markdown.LineMap Lines);
