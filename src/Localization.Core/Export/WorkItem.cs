using Localization.Core.Findings;

namespace Localization.Core.Export;

/// <summary>Why a unit needs work. Names are lower-case in exports (<c>untranslated</c>).</summary>
public enum WorkItemState
{
    /// <summary>The translation has no counterpart of the English unit.</summary>
    Missing,

    /// <summary>The counterpart is still entirely in English.</summary>
    Untranslated,

    /// <summary>Some sentences of the counterpart are still in English.</summary>
    Partial,

    /// <summary>Translated, but its links, footnotes, code, markup or structure differ from the English.</summary>
    Mismatched,
}

/// <summary>Where a unit sits, for the translator.</summary>
/// <param name="Kind">The unit kind as reports name it (<c>list item</c>).</param>
/// <param name="Container">The container path (<c>admonition(warning) &gt; list &gt; item 3</c>; <c>page</c> at the top).</param>
/// <param name="Headings">The English headings above the unit, outermost first.</param>
/// <param name="Key">A front-matter or string-table key; null otherwise.</param>
/// <param name="SourceLine">1-based line in the English file.</param>
/// <param name="TargetLine">1-based line in the translation; null when the unit is missing there.</param>
public sealed record WorkItemContext(string Kind, string Container, IReadOnlyList<string> Headings, string? Key, int SourceLine, int? TargetLine);

/// <summary>
/// One aligned unit that needs work: the English, the current translation, why, and where.
/// </summary>
/// <param name="Id">Stable identifier: English page path, then the unit's container path, kind and a hash of its
/// normalised English (<c>docs/x.md#admonition.warning/list/item3/li-5bd1c2e0</c>); unchanged from run to run and
/// when unrelated blocks move, the same for every language.</param>
/// <param name="UnitId">The unit's identity within its page (the part after <c>#</c>), as check reports give it.</param>
/// <param name="State">Why it needs work.</param>
/// <param name="Source">The English, with its markup as codes.</param>
/// <param name="Current">What the translation has now (English text when untranslated); null when missing.</param>
/// <param name="Context">Where it is.</param>
/// <param name="Findings">The page's findings on this unit, in page order.</param>
public sealed record WorkItem(string Id, string UnitId, WorkItemState State, InlineText Source, InlineText? Current, WorkItemContext Context, IReadOnlyList<Finding> Findings)
{
    /// <summary>The translation to hand over: empty when missing or untranslated (the English is no translation).</summary>
    public InlineText Translation => State is WorkItemState.Missing or WorkItemState.Untranslated || Current is null ? InlineText.Empty : Current;

    /// <summary>True when a warning or error besides untranslated text or a missing block concerns the unit.</summary>
    public bool IsMismatched => Findings.Any(WorkItemBuilder.IsMismatch);

    public string StateName => State.ToString().ToLowerInvariant();
}

/// <summary>The work items of one page pair, in English page order.</summary>
public sealed record ExportPage(string Language, string SourceFile, string TargetFile, IReadOnlyList<WorkItem> Items)
{
    /// <summary>The page's part of its item ids (before <c>#</c>) and of a file id: the English page path.</summary>
    public string Key { get; private init; } = SourceFile;

    /// <summary>
    /// The page with its translation path in its ids (<c>docs/a.md@other/ko/a.md#page/p-21779e9e</c>), for an
    /// English page the run translates twice into one language (two crowdin.yml <c>files</c> entries match it):
    /// both would otherwise give the same ids, which a single file cannot hold (msgfmt refuses the PO, XLIFF 2
    /// file ids must be unique). Only such pages are qualified, so the ids of every other page stay as they were.
    /// </summary>
    public ExportPage WithTargetInIds()
    {
        var key = $"{SourceFile}@{TargetFile}";
        return this with { Key = key, Items = [.. Items.Select(i => i with { Id = $"{key}#{i.UnitId}" })] };
    }
}
