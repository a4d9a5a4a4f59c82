namespace Localization.Core.History;

/// <summary>What happened to an English unit since the revision compared with.</summary>
public enum ChangeKind
{
    Added,
    Removed,
    Changed,

    /// <summary>Only the form changed (emphasis style, markup): nothing to translate again.</summary>
    Cosmetic,

    /// <summary>The same unit in another place of the page: nothing to translate again, its translation may follow.</summary>
    Moved,
}

/// <summary>
/// One English unit changed since a revision: its old and new text, the word diff between them
/// (<c>[-old-]{+new+}</c>, as <c>git diff --word-diff</c> writes it), and the translated unit the new English
/// aligns with (null when it has none).
/// </summary>
public sealed record UnitChange(ChangeKind Kind, int? OldLine, int? NewLine, string? OldText, string? NewText, string? WordDiff, int? TargetLine, string? TargetText);

/// <summary>The changes of one page since <see cref="Revision"/> (empty when the English did not change).</summary>
public sealed record PageChanges(string Language, string Source, string Target, string Revision, bool NewPage, IReadOnlyList<UnitChange> Changes);
