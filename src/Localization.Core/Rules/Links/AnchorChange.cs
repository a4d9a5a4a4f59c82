namespace Localization.Core.Rules.Links;

/// <summary>
/// A link whose only change is its #fragment (<c>x.md#store-pod-fields</c> → <c>x.md#파드-필드-저장</c>): right
/// when the new fragment is the id of the translated heading aligned with the English one. Only the
/// project-wide link pass knows the linked page's headings, so link-mismatch leaves the verdict to it.
/// </summary>
/// <param name="Path">The page linked (empty for this page).</param>
/// <param name="SourceFragment">The English fragment, decoded.</param>
/// <param name="TargetFragment">The translation's fragment, decoded.</param>
/// <param name="SourceUrl">The English destination as written.</param>
/// <param name="TargetUrl">The translated destination as written.</param>
public sealed record AnchorChange(string Path, string SourceFragment, string TargetFragment, string SourceUrl, string TargetUrl)
{
    /// <summary>Offset of the translated destination in the page.</summary>
    public int Start { get; init; }

    public int End { get; init; }

    public string? SourceUnitId { get; init; }

    /// <summary>Line of the English link.</summary>
    public int SourceLine { get; init; }

    public string? SourceText { get; init; }

    /// <summary>The change when two destinations are one relative page with different fragments, else null.</summary>
    public static AnchorChange? Between(string source, string target)
    {
        var (sourcePath, sourceFragment) = Split(source);
        var (targetPath, targetFragment) = Split(target);
        if (sourceFragment is not { Length: > 0 } || targetFragment is not { Length: > 0 } || sourcePath != targetPath || sourcePath.Contains(':', StringComparison.Ordinal) || sourcePath.StartsWith('/'))
        {
            return null;
        }

        return sourceFragment == targetFragment ? null : new AnchorChange(sourcePath, sourceFragment, targetFragment, source, target);
    }

    private static (string Path, string? Fragment) Split(string url)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return (url, null);
        }

        var fragment = url[(hash + 1)..];
        try
        {
            fragment = Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            // Kept as written.
        }

        return (url[..hash], fragment);
    }
}
